# needs: stdlib
import signal, os, time
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), signal.SIGINT, signal.Signals(2))
got = []
def h(sig, frame):
    got.append((sig, frame.f_code.co_name))
old = signal.signal(signal.SIGUSR1, h)
print(old)
signal.raise_signal(signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.2)
print(got)
print(signal.strsignal(signal.SIGTERM), len(signal.valid_signals()), signal.signal(signal.SIGUSR1, signal.SIG_DFL) is h)
try: signal.signal(signal.SIGKILL, h)
except OSError as e: print(e)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt caught')
def loop():
    os.kill(os.getpid(), signal.SIGINT)
    n = 0
    while True:
        n += 1
try: loop()
except KeyboardInterrupt: print('interrupted loop')
signal.alarm(0)
print(signal.getitimer(signal.ITIMER_REAL))
