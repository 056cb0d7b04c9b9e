names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(i, n, a)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(dict(zip(names, ages)))
