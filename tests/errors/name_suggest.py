values = [1, 2]
print(valeus)
