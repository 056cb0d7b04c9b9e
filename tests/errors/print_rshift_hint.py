# Python 2's `print >> f` gets CPython's hint; other operands do not.
import sys
for f in (lambda: print >> sys.stderr, lambda: print >> 1, lambda: max >> 1):
    try:
        f()
    except TypeError as e:
        print(e)
print >> sys.stderr
