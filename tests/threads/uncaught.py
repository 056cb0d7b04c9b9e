# An exception ending a thread started by _thread is reported on stderr and does not stop
# the program; SystemExit ends the thread quietly.
import _thread


def fails():
    raise ValueError("boom in thread")


def exits():
    raise SystemExit(5)


_thread.start_joinable_thread(exits).join()
print("after exit")
_thread.start_joinable_thread(fails).join()
print("after failure")
