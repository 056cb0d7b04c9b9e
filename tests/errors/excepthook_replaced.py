# A replaced sys.excepthook reports the uncaught exception instead of the interpreter.
import sys
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is not None)
sys.excepthook = hook
print("start")
raise ValueError("bad")
