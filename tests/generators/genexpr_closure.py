def make(n):
    return (i * n for i in range(3))
print([list(make(k)) for k in (1, 2)])
gens = [(c for c in s) for s in ["ab", "cd"]]
print(["".join(g) for g in gens])
