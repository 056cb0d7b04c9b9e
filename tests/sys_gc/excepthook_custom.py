import sys
print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__, 'json' in sys.stdlib_module_names, type(sys.stdlib_module_names).__name__, sys.prefix == sys.base_prefix)
sys.displayhook(5); print(_)
sys.displayhook(None); print(_)
def hook(t, v, tb):
    print('custom hook:', t.__name__, v, tb.tb_lineno)
sys.excepthook = hook
raise ValueError('boom')
