class Bag:
    items = []
    def __init__(self):
        self.own = []
a, b = Bag(), Bag()
a.items.append(1)
a.own.append(2)
print(b.items, b.own, Bag.items)
a.items = ["x"]
print(a.items, b.items)
