class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2
class D(C):
    pass
print(type(D.make()).__name__, C.helper(4), C.count, D().helper(1), C.count)
