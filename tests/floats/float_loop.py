x = 1.0
for i in range(20):
    x = x / 2 + 1
print(x)
y = 100.0
n = 0
while y > 1:
    y *= 0.9
    n += 1
print(n, y)
