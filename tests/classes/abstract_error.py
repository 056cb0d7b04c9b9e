class Base:
    def area(self):
        raise NotImplementedError("subclass must implement area")
class Sq(Base):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).area())
Base().area()
