class A:
    pass
class B:
    def __str__(self):
        return "B-str"
class R:
    def __repr__(self):
        return "R-repr"
print(str(B()), repr(R()), str(R()), f"{B()} {R()!r}", [R()])
print(A.__name__, A.__qualname__, A.__module__)
