s = "mississippi"
print("ss" in s, "sp" not in s, "" in s)
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
print(list(enumerate("ab")), list(zip("abc", "xy")))
