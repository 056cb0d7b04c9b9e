def outer(n):
    def inner(m):
        return n + m
    return inner
class C:
    x = 1
    def m(self):
        return self.x
print(outer(1)(2), C().m(), f"{C.x!r:>4}")
