def bad():
    yield 1
    raise KeyError("inside generator")
for v in bad():
    print(v)
