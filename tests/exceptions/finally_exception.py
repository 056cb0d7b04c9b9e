def f():
    try:
        raise ValueError("original")
    finally:
        print("cleanup happens")
try:
    f()
except ValueError as e:
    print("got", e)
def g():
    try:
        return 1
    finally:
        return 2
print(g())
