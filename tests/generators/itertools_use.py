import itertools
print(list(itertools.islice(itertools.count(5, 3), 4)))
print(list(itertools.chain([1, 2], "ab")), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.permutations("abc", 2))[:4], list(itertools.product([0, 1], repeat=2)))
print([(k, len(list(g))) for k, g in itertools.groupby("aaabccd")])
