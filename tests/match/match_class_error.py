class C:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
match C():
    case C(x):
        print("x is", x)
match C():
    case C(x, y):
        print("never")
