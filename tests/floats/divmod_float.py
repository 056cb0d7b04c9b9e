print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5))
print(7.5 // 0.5, 1e10 % 7, -1e10 % 7)
print(math_like := 3.0 * 1.1)
