class C:
    def __init__(self):
        self.a = 1
c = C()
print(c.a)
print(c.b)
