class Range2:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 2
    def __contains__(self, v):
        return v % 2 == 0 and v < 2 * self.n
r = Range2(4)
print(len(r), list(r), 6 in r, 7 in r, r[3])
for x in r:
    print(x, end=" ")
print()
