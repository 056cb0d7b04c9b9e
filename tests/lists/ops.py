a, b = [1, 2], [3]
print(a + b, a * 3, [0] * 0, a == [1, 2], a < [1, 3], [1, 2, 3] > [1, 2])
c = a
c += b
print(a, c is a)
print(list("abc"), list(range(3)), list((1, 2)), [*a, *b, 9])
