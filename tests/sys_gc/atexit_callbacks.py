import atexit
def bye(name, punct='!'):
    print('bye', name + punct)
def boom():
    raise ValueError('in atexit')
atexit.register(bye, 'a')
atexit.register(bye, 'b', punct='?')
atexit.register(boom)
@atexit.register
def deco(): print('decorated')
atexit.register(print, 'unregistered')
atexit.unregister(print)
print(atexit._ncallbacks())
try: atexit.register(1)
except TypeError as e: print(e)
print('main done')
