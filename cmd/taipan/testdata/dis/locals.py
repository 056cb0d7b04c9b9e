# LOAD_FAST_CHECK where a local may be unbound, and the fast-local superinstructions.
def maybe_unbound(flag):
    if flag:
        x = 1
    return x

def deleted():
    y = 1
    del y
    return y

def after_loop(items):
    for item in items:
        pass
    return item

def in_except():
    try:
        z = f()
    except E:
        pass
    return z

def pairs(a, b, c):
    d = a + b
    e, f = c, d
    a, b = b, a
    return d, e, f

def store_load(n):
    total = 0
    for i in range(n):
        total = total + i
    return total

def swap_chain(a, b, c):
    a, b, c = c, b, a
    return a

def many_locals():
    a = b = c = d = 0
    return a, b, c, d
