squares = {}
for i in range(-3, 4):
    squares[i] = i * i
print(squares)
inv = {}
for k, v in squares.items():
    inv.setdefault(v, []).append(k)
print(inv)
