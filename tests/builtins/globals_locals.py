gx = 1
def f():
    lx = 2
    return sorted(locals())
print(f(), "gx" in globals(), globals()["gx"])
