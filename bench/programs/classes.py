# Instances, attribute reads and writes, method calls and inheritance.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def dot(self, other):
        return self.x * other.x + self.y * other.y
class Scaled(Vec):
    def dot(self, other):
        return 2 * super().dot(other)
acc = Vec(0, 0)
s = 0
for i in range(60000):
    v = Vec(i, i + 1)
    acc = acc.add(v)
    s += Scaled(1, 2).dot(v) % 11
print(acc.x, acc.y, s)
