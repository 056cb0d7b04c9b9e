class C:
    a = 1
    b = a + 1
    def f(self):
        return self.b
    c = [a] * 2
print(C.a, C.b, C().f(), C.c)
class D:
    try:
        missing
    except NameError:
        noted = True
print(D.noted)
