data = [5, 3, 5, 1, 3, 9, 1]
seen = set()
out = []
for x in data:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, len(seen))
print(sorted(set(data)), sorted({x % 3 for x in data}))
