s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.discard(9)
s.remove(3)
print(sorted(s))
print(set(), set("aab") == {"a", "b"}, frozenset([1, 2]) == {1, 2})
