vals = [0, 1, "", "x", None, []]
out = []
for v in vals:
    out.append(not v)
print(out)
flag = not vals[1]
print(flag)
def check(x):
    if x is not None:
        return "value"
    return "none"
print(check(None), check(0))
