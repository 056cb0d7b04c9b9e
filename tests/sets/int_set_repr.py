print({1, 2, 3}, {5}, set(range(5)), {-1, 0})
print(frozenset({1, 2}), set(), frozenset())
