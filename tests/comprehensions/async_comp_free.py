print([i for i in range(3)] + [j for j in range(3, 5)])
print([[j for j in range(i)] for i in range(4)])
print(list(map(lambda p: p[0] * p[1], [(i, i + 1) for i in range(4)])))
