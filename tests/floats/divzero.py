print(1.0 / 4)
print(1.0 / 0)
