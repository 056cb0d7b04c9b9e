print(hash(5), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 30) == hash(10 ** 30 % (2 ** 61 - 1)))
