# needs: stdlib
# Details of built-in types: bound static methods, generic exception groups, weakly
# referenceable deques and patterns, __builtins__ as exec records it.
import collections
import re
import types
import weakref
print(repr(str.maketrans).split(" at ")[0], str.maketrans.__qualname__, str.maketrans.__self__, str.maketrans('ab', 'cd'))
print(ExceptionGroup[ValueError], isinstance(ExceptionGroup[ValueError], types.GenericAlias))
d = collections.deque([1])
r = weakref.ref(d)
print(r() is d, weakref.proxy(d)[0])
p = re.compile('a')
print(weakref.ref(p)() is p)
g = {}
exec('x = 1', g)
print(type(g['__builtins__']).__name__, type(__builtins__).__name__)
