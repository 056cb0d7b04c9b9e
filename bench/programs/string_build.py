# Building strings: concatenation, join, formatting and methods.
parts = []
for i in range(60000):
    parts.append(f"{i:05d}-{i % 13}")
s = ",".join(parts)
print(len(s), s.count("-7"), s[:30])
acc = ""
for i in range(20000):
    acc += str(i % 10)
print(len(acc), acc.upper()[:10])
