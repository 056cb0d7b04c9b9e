x = "module"
class C:
    x = "class"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
