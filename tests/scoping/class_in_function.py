def make(tag):
    label = tag * 2
    class Box:
        name = label
        def show(self):
            return label + "!"
    return Box
B = make("ab")
print(B.name, B().show())
