x = 2 ** 200
print(x)
print(x * x - 1)
print(x // 3, x % 1000007)
print(len(str(3 ** 500)))
print(-(10 ** 40) // 7, -(10 ** 40) % 7)
