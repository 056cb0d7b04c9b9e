# needs: stdlib
import math as m, sys as s
from math import floor as fl, ceil
print(m.floor(2.5), fl(2.5), ceil(2.1), s.maxsize > 0)
from collections import OrderedDict, defaultdict
dd = defaultdict(int)
dd["x"] += 1
print(dict(dd), OrderedDict(a=1))
