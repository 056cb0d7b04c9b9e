total = 0
for i in range(1, 2001):
    total += i * i
print(total)
f = 1
for i in range(1, 40):
    f *= i
print(f)
print(f % (10 ** 9 + 7))
