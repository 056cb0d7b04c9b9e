# List, dict and set comprehensions.
total = 0
for r in range(40):
    squares = [x * x for x in range(3000) if x % 3]
    index = {x: i for i, x in enumerate(squares[:500])}
    mods = {x % 97 for x in squares}
    total += len(squares) + len(index) + len(mods)
print(total)
