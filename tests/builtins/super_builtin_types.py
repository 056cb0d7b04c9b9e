class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), MyDict(a=1)["zz"], MyInt(5) + 1, repr(MyInt(7)))
