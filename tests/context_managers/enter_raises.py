class Bad:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never")
try:
    with Bad():
        print("no")
except OSError as e:
    print("caught", e)
with Bad():
    pass
