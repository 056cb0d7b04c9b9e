class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("finalize", self.n)
a = Res(1)
del a
print("after del")
b = Res(2)
b = None
print("end")
