xs = [4, -2, 7, 0, 7]
print(min(xs), max(xs), sum(xs), max(xs, key=abs), min(xs, key=lambda v: -v))
print(any(x > 6 for x in xs), all(x > -3 for x in xs), max([], default="none"))
print(sorted(set(xs)), xs.index(7), xs.index(7, 3))
