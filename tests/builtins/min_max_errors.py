print(max([1, 5, 3]), min("hello"), max(1, 2, key=lambda v: -v))
min([])
