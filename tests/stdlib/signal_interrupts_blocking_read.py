# needs: stdlib
# A signal handler runs while a read waits on a pipe, and its exception ends the read.
import os, signal, io
r, w = os.pipe()
def alarm_handler(sig, frame):
    os.write(w, b"bar")
signal.signal(signal.SIGALRM, alarm_handler)
rio = io.open(r, 'rb', closefd=False)
os.write(w, b"foo")
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(rio.read(6))
def raiser(sig, frame):
    raise ZeroDivisionError
signal.signal(signal.SIGALRM, raiser)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    rio.read(5)
except ZeroDivisionError:
    print('interrupted')
print(os.read(r, 0) if False else 'done')
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    os.read(r, 10)
except ZeroDivisionError:
    print('os.read interrupted')
