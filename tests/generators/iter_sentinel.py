vals = [3, 2, 1, 0, 5]
pos = 0
def nxt():
    global pos
    pos += 1
    return vals[pos - 1]
print(list(iter(nxt, 0)))
