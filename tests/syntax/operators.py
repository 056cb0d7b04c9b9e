print(2 + 3 * 4 ** 2 // 5 - -1, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, not 0 and 1 or 2)
print(1 if 0 else 2, 7 & 3 | 8 ^ 1, 1 < 2 == 2, "a" "b" 'c')
print(0 or [] or "last", 1 and 2 and 3, None or 0)
