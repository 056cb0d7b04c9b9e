class C:
    base = 10
    vals = [i * 2 for i in range(3)]
    pairs = [(i, j) for i in range(2) for j in "ab"]
print(C.vals, C.pairs)
