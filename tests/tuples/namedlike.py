def point(x, y):
    return (x, y)
pts = [point(i, i * i) for i in range(4)]
for x, y in pts:
    print(f"({x}, {y})")
print(sum(y for _, y in pts), max(pts, key=lambda p: p[1]))
