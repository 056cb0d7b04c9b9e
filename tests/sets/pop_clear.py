s = {7}
print(s.pop(), s)
s = {1, 2, 3}
s.clear()
print(s, len(s))
set().pop()
