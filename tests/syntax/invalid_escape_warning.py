x = "a\d+".split("\\")
print(x)
y = "\q"
print(len(y), b"\z")
