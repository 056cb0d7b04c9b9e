# Errors raised while isinstance and issubclass read __bases__ and __class__ are not masked.
class C:
    @property
    def __bases__(self):
        raise RuntimeError('bases')


class I:
    @property
    def __class__(self):
        raise RuntimeError('class')


for call in (lambda: isinstance(I(), C()), lambda: issubclass(C(), int), lambda: issubclass(int, C()),
             lambda: isinstance(1, 5), lambda: issubclass(5, int)):
    try:
        print(call())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)


class X:
    @property
    def __bases__(self):
        return self.__bases__


try:
    issubclass(X(), int)
except RecursionError:
    print('RecursionError')
