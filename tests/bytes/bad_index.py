b = b"abc"
print(b[-1])
b[5]
