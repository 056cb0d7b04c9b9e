class Mul:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
m = Mul(3)
print(m(4), list(map(m, [1, 2])), callable(m), callable(5))
