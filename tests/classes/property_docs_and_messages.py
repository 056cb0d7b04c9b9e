# property's __doc__ in subclasses and through getter/setter copies, and its messages.
class PropertySub(property):
    """This is a subclass of property"""


print(PropertySub(doc="explicit doc").__doc__)


class NoDoc:
    @property
    def __doc__(self):
        raise AttributeError


print(PropertySub(NoDoc()).__doc__)


def getter(self):
    """getter doc"""
    return 1


print(PropertySub(getter).__doc__, property(getter).__doc__)


class BaseClass:
    @property
    def spam(self):
        """BaseClass.getter"""
        return 1


class SubClass(BaseClass):
    @BaseClass.spam.getter
    def spam(self):
        """SubClass.getter"""
        return 2


class NewSetter(BaseClass):
    @BaseClass.spam.setter
    def spam(self, v):
        pass


print(SubClass.spam.__doc__, SubClass().spam, NewSetter.spam.__doc__)


class Outer:
    class Inner:
        x = property()


for op in (lambda: Outer.Inner().x, lambda: setattr(Outer.Inner(), 'x', 1), lambda: delattr(Outer.Inner(), 'x')):
    try:
        op()
    except AttributeError as e:
        print(e)
