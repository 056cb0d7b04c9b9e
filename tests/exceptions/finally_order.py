def f():
    try:
        print("body")
        return "from try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("i", i)
        finally:
            print("f", i)
g()
