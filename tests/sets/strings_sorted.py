s = set("hello world")
print(sorted(s), "".join(sorted(s)))
letters = {c for c in "abracadabra" if c not in "abc"}
print(sorted(letters))
