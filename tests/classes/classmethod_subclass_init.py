# classmethod and staticmethod set their callable in __init__, so subclasses can extend it.
class A(classmethod):
    def __init__(self, f):
        super().__init__(f)
        self.extra = 'yes'


class S(staticmethod):
    def __init__(self, f):
        super().__init__(f)


class K:
    @A
    def m(cls):
        return cls.__name__

    @S
    def s():
        return 's'


print(K.m(), K.s(), K().s(), K.__dict__['m'].extra, repr(classmethod(len)), staticmethod(len)(['x']))
print(classmethod.__new__(classmethod), staticmethod.__new__(staticmethod))
for bad in (lambda: classmethod(), lambda: classmethod(len, x=1), lambda: staticmethod(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(e)
