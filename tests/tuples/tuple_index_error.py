t = (1, 2)
t.index(5)
