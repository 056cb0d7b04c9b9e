vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0)
acc = 0.0
for i in range(1, 1001):
    acc += 1.0 / (i * i)
print(acc)
print(round(acc, 6))
