# needs: stdlib
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("swallowing", et.__name__, ev)
        return True
with Swallow():
    raise ValueError("quiet")
print("after")
from contextlib import suppress
with suppress(KeyError):
    {}["x"]
print("suppressed")
