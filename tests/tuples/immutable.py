t = (1, [2, 3])
t[1].append(4)
print(t)
t[0] = 5
