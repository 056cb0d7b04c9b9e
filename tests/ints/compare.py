print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 2 != 2)
print(10 ** 30 > 10 ** 29, -(10 ** 30) < 5)
x = 5
print(0 < x <= 5, x is not None, 1 <= x < 3)
print(max(3, 9, -1), min(3, 9, -1))
