x = (
    1 +
    2
)
def f(
    a,
    b,
):
    return (a,
            b)

s = """a
b""" + 'c'
call(a,
     b)[
    c
].d
é = "é"
日本 = 1; ŷ = f"{日本}"
ﬁ = 1
class K:
    def m(self):
        if x:
            pass
        # comment

    @property
    def p(self): ...
