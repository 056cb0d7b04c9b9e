# needs: stdlib
# _thread.interrupt_main follows the signal's handler: ignored, default, or a Python function.
import _thread, signal, time
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
signal.signal(signal.SIGINT, signal.SIG_DFL)
_thread.interrupt_main()
print('no error')
def handler(signum, frame):
    1/0
signal.signal(signal.SIGINT, handler)
try:
    _thread.interrupt_main()
    for i in range(100): pass
except ZeroDivisionError:
    print('ZeroDivisionError')
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    for i in range(100): pass
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGUSR1, lambda s, f: print('usr1', s))
_thread.interrupt_main(signal.SIGUSR1)
for i in range(100): pass
