print(divmod(10, 3), divmod(-10, 3), divmod(10.5, 3))
print(round(-0.5), round(1e20), round(2.5, 1))
divmod("a", 1)
