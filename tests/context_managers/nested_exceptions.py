# needs: stdlib
from contextlib import contextmanager
@contextmanager
def guard(label):
    try:
        yield
    except ZeroDivisionError as e:
        print(label, "handled", e)
with guard("outer"):
    with guard("inner"):
        1 / 0
    print("continuing in outer")
    1 / 0
print("done")
