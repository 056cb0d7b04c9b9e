s = {1}
s.remove(1)
print(s)
s.remove(1)
