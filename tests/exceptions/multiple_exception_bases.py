# Exceptions without fields of their own combine as bases; those with fields (OSError,
# ImportError ...) conflict, as in CPython.
class A(ArithmeticError, TypeError): pass
class B(KeyError, IndexError): pass
class C(ValueError, LookupError, RuntimeError): pass
print([c.__name__ for c in A.__mro__], B('x'), repr(C(1, 2)))
try:
    raise A('boom')
except TypeError as e:
    print('caught as TypeError:', e, isinstance(e, ArithmeticError))
for bases in [(OSError, ImportError), (StopIteration, SystemExit), (SyntaxError, NameError), (OSError, ValueError), (UnicodeError, AttributeError)]:
    try:
        type('X', bases, {})
        print('ok', [b.__name__ for b in bases])
    except TypeError as e:
        print([b.__name__ for b in bases], e)
