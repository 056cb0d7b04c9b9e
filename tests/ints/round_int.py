print(round(1234, -2), round(1250, -2), round(1350, -2), round(-75, -1))
print(round(7), round(7, 2), abs(-9), abs(0))
print(sum(range(101)), sum([1, 2, 3], 10))
