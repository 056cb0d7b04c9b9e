# needs: stdlib
# int(), float() and complex() conversions through the number protocols, and the sequence
# protocol where iteration is expected.
import array
import warnings

warnings.simplefilter('error')


class JustTrunc:
    def __trunc__(self):
        return 42


class I(int):
    pass


class RetSub:
    def __int__(self):
        return I(5)


class RetStr:
    def __int__(self):
        return "x"


class Idx:
    def __index__(self):
        return 7


class BadIndex:
    def __index__(self):
        return True


class TruncF:
    def __trunc__(self):
        return 4.5


for x in [JustTrunc(), RetSub(), RetStr(), Idx(), BadIndex(), TruncF(), memoryview(b'123')[1:3],
          array.array('b', b'100'), b' 12 ', bytearray(b'7'), b'1x', memoryview(b'1x'), True,
          I(3), 2.7, '0x1', object()]:
    try:
        r = int(x)
        print(r, type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

warnings.simplefilter('ignore')
for x in [JustTrunc(), RetSub(), BadIndex()]:
    r = int(x)
    print(r, type(r).__name__)

for x in [memoryview(b'1.5'), array.array('b', b'15'), b'2.5', bytearray(b'3'), b'x']:
    try:
        print(float(x))
    except Exception as e:
        print(type(e).__name__, e)


class F(float):
    def __init__(self, value, newarg=None):
        self.newarg = newarg


print(F(2.5, newarg=3), F(2.5, newarg=3).newarg)
try:
    float(x=1)
except TypeError as e:
    print(e)

c = complex(1, 2)
print(complex(c) is c)


class S(str):
    pass


class S2(str):
    def __str__(self):
        return 'custom'


print(type(str(S('x'))).__name__, str(S2('x')), '%s' % S2('y'), f'{S2("z")!s}')

f = False
warnings.simplefilter('error')
try:
    ~f
except DeprecationWarning as e:
    print(str(e)[:40])


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


a, b, c = Seq()
print(a, b, c, [*Seq()], '-'.join(map(str, Seq())), bytes(Seq()), bytearray(Seq()))
print(dict([type('P', (), {'__getitem__': lambda s, i: (1, 2)[i]})()]))
