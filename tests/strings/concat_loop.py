parts = []
for i in range(10):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for c in "taipan":
    s = c + s
print(s)
acc = ""
for i in range(5):
    acc += "ab"[i % 2] * i
print(acc)
