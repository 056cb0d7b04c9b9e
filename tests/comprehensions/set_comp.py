print(sorted({x % 5 for x in range(100)}))
print(sorted({c for c in "mississippi"}))
print({n for n in []} == set())
