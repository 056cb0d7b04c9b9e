# A sys.excepthook that fails is reported, then the original exception.
import sys
def hook(t, v, tb):
    raise KeyError("in hook")
sys.excepthook = hook
raise ValueError("bad")
