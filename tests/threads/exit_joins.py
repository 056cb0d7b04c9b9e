# When the main module ends (here by sys.exit), the non-daemon threads are joined first, as
# CPython does by calling threading._shutdown; a daemon thread blocked forever does not hold
# the exit up.
import _thread
import sys

threading = type(sys)("threading")
threading._shutdown = _thread._shutdown
sys.modules["threading"] = threading


def late():
    lk = _thread.allocate_lock()
    lk.acquire()
    lk.acquire(timeout=0.05)
    print("non-daemon thread finished")


def forever():
    lk = _thread.allocate_lock()
    lk.acquire()
    lk.acquire()


_thread.start_joinable_thread(late, daemon=False)
_thread.start_joinable_thread(forever)
print("main finished")
sys.exit(3)
