x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("unbound:", e)
    x = 2
    return x
print(f())
