class I(int): pass
class S(str): pass
class T(tuple): pass
class F(float): pass
print(I(5).__getnewargs__(), type(I(5).__getnewargs__()[0]), S('x').__getnewargs__(), T((1,)).__getnewargs__(), (1+2j).__getnewargs__(), F(1.5).__getnewargs__(), b'a'.__getnewargs__())
print(None.__bool__(), (1j).__complex__(), b'x'.__bytes__(), b'a\tb'.expandtabs(4), bytearray(b'\tx').expandtabs())
print(classmethod(len).__wrapped__, staticmethod(len).__wrapped__, {1: 2}.keys().mapping, type({}.items().mapping).__name__, enumerate[int])
e = ValueError('x'); e.__setstate__({'a': 1}); print(e.a)
