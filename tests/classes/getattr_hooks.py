class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return name.upper()
class Guard:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
d = Dyn()
print(d.real, d.anything, getattr(d, "other"), hasattr(d, "x"))
g = Guard()
g.v = 5
print(g.v)
