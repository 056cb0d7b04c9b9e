# needs: stdlib
from contextlib import contextmanager
@contextmanager
def cm():
    print("setup")
    yield
    print("teardown (skipped on error)")
with cm():
    raise ValueError("from body")
