# needs: stdlib
class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('xyz')
m = M()
g = globals()
print(eval('a', g, m))
try: eval('b', g, m)
except NameError as e: print(e)
print(eval('dir()', g, m))
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def keys(self):
        return list('xyz')
d = D()
print(eval('a', g, d))
try: eval('b', g, d)
except NameError as e: print(e)
print(eval('dir()', g, d))
class X:
    @property
    def __dict__(self): return {'a': 2}
print(vars(X()))
class BadFormatResult:
    def __format__(self, spec): return 1.0
try: format(BadFormatResult(), '')
except TypeError as e: print(e)
import warnings
warnings.simplefilter('error')
try: bool(NotImplemented)
except DeprecationWarning as e: print(e)
