# needs: stdlib
import sys, gc
print(abs(-3), all([1, 0]), any([0, 1]), ascii('ü'), bin(5), bool([]), callable(len), chr(9731), ord('☃'))
print(divmod(9, 4), list(enumerate('ab')), eval('1+2'), format(3.14159, '.2f'), hash(3), hex(255), id(None) == id(None))
print(isinstance([], list), issubclass(list, object), len({1: 2}), list(map(abs, [-1])), max('abc'), min(3, 1, 2))
print(oct(8), pow(2, 8), repr('x'), round(3.14159, 2), sorted('cba'), sum([1, 2], 10), type(1).__name__, vars(type('T', (), {'a': 1}))['a'])
print(getattr(1, 'real'), hasattr(1, 'foo'), dir([])[:3], globals()['__name__'], locals() is globals())
class C:
    x = 1
    def __dir__(self): return ['b', 'a']
print(dir(C()), setattr(C, 'y', 2), C.y, delattr(C, 'y'), hasattr(C, 'y'))
print(slice(1, 2), slice(3).indices(10), object().__class__, super, property, staticmethod, classmethod, type(None))
print(int.from_bytes(b'\x01\x00', 'big'), (1024).to_bytes(2, 'big'), bytes.fromhex('ff'), bytearray(2), memoryview(b'ab').tolist())
print(frozenset([1]), iter([]).__class__.__name__, next(iter([5])), next(iter([]), 'd'), reversed([1, 2]).__class__.__name__)
print(sorted([3, 1, 2], key=lambda v: -v), list(filter(lambda v: v % 2, range(6))), list(zip()), dict(), tuple(), str(), float(), int(), complex())
print(isinstance(True, int), True == 1, True is 1 if False else 'skip', None.__class__, NotImplemented, Ellipsis, ...)
print(print, len, abs, __builtins__.__name__ if hasattr(__builtins__, '__name__') else 'dict', __name__, __doc__)
print(sys.getrecursionlimit(), sys.maxsize, sys.byteorder, sys.platform, sys.version_info[:2], sys.version_info >= (3, 13), type(sys.flags).__name__)
print(sys.int_info.bits_per_digit, sys.float_info.max, sys.float_info.epsilon, sys.hash_info.width, sys.getsizeof(0) > 0, sys.maxunicode)
print(gc.isenabled(), gc.get_threshold(), gc.collect() >= 0, gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({'a': []}))
gc.disable(); print(gc.isenabled()); gc.enable()
print(sys.argv[0].endswith('t8.py'), sys.path[0] != '', sys.modules['sys'] is sys, 'builtins' in sys.builtin_module_names, sys.exc_info())
try: raise ValueError('x')
except ValueError: print(sys.exc_info()[0], sys.exception())
print(sys.intern('abc') is sys.intern('abc'), sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.stdout.encoding, sys.stdin.isatty() in (True, False))
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.implementation.name in ('cpython', 'taipan'), sys.dont_write_bytecode in (True, False))
sys.stdout.write('direct\n'); print('err', file=sys.stderr)
print(sys.float_repr_style, sys.api_version > 0, isinstance(sys.hexversion, int), sys.base_prefix == sys.prefix)
import weakref
class W: pass
w = W(); r = weakref.ref(w); print(r() is w); del w; gc.collect(); print(r())
print(open.__name__, exec('z = 5') or z, compile('1', 's', 'eval').co_filename, type(breakpoint).__name__, input.__name__)
print(help.__class__.__name__ if 'help' in dir(__builtins__) or True else '', copyright.__class__.__name__, credits.__class__.__name__, license.__class__.__name__)
