s = set()
s.add((1, 2))
print(len(s))
s.add([1, 2])
