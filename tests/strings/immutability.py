s = "abc"
try_it = s.replace("a", "z")
print(s, try_it)
s[0] = "z"
