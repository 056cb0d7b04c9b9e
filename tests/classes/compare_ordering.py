# needs: stdlib
from functools import total_ordering
@total_ordering
class Ver:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.t == o.t
    def __lt__(self, o):
        return self.t < o.t
    def __repr__(self):
        return ".".join(map(str, self.t))
vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.9")]
print(sorted(vs), max(vs), Ver("1.0") >= Ver("1.0"), Ver("2") > Ver("10"))
