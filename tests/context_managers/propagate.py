class Log:
    def __enter__(self):
        print("in")
    def __exit__(self, *exc):
        print("out", exc[0].__name__)
with Log():
    raise RuntimeError("escapes the with")
