# Slice assignment takes any iterable, an object with only __getitem__ and __len__ (the old
# sequence protocol) included, as re._parser's SubPattern is.
class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

l = [1, 2, 3, 4]
l[1:2] = Seq(['a', 'b'])
print(l)
l[::2] = Seq([0, 0, 0])
print(l)
l[:] = Seq([])
print(l)
try:
    l[0:1] = 5
except TypeError as e:
    print(e)
try:
    l[0:1] = {'a': 1}.keys()
    print(l)
except TypeError as e:
    print(e)
