"""Module docstring."""
def f():
    """Function doc."""
class C:
    """Class doc."""
print(__doc__, f.__doc__, C.__doc__)
