# The docstrings of slot wrappers.
g = (x for x in [])
print(g.__next__.__doc__, int.__add__.__doc__, (1).__radd__.__doc__, object.__init__.__doc__, int.__neg__.__doc__, list.__iadd__.__doc__, object.__repr__.__doc__, int.__index__.__doc__, type.__call__.__doc__, dict.__getitem__.__doc__, list.__len__.__doc__)
