fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
def make():
    out = []
    for j in range(3):
        def g(j=j):
            return j
        out.append(g)
    return out
print([g() for g in make()])
