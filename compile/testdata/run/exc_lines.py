# Line numbers of exceptions raised in and around try, finally and with
# statements, as tracebacks report them.

def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def in_with():
    with CM():
        x = 1
        raise ValueError(x)


def in_finally():
    try:
        pass
    finally:
        {}["missing"]


def reraised():
    try:
        1 / 0
    except ZeroDivisionError:
        raise


def exit_raises():
    class Bad(CM):
        def __exit__(self, *exc):
            raise KeyError("exit")
    with Bad():
        return 1


for f in [in_with, in_finally, reraised, exit_raises]:
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, lines(e.__traceback__))
