x = "global"
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer(), x)
def setg():
    global x
    x = "set globally"
setg()
print(x)
