import sys
def hook(t, v, tb):
    raise RuntimeError('hook failed')
sys.excepthook = hook
def f():
    raise KeyError('k')
f()
