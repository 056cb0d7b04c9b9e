words = ["apple", "bob", "kiwi"]
print({w: len(w) for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
print({i % 3: i for i in range(10)})
