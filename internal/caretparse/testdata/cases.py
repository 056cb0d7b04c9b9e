# Programs whose uncaught exceptions the traceback golden tests print; gen.py runs them
# under CPython 3.13 and records what it prints and the exceptions' structure.

def binop():
    x = "a"
    return x + 1

def subscript():
    d = {"a": {}}
    return d["a"]["b"] + 1

def call_args():
    return int("x", base=10)

def helper(v):
    return v / 0

def nested_call():
    return helper(4) * 2

def raise_full_line():
    raise ValueError("full line")

def implicit_chain():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")

def explicit_cause():
    try:
        int("q")
    except ValueError as e:
        raise TypeError("converted") from e

def suppressed():
    try:
        int("q")
    except ValueError:
        raise TypeError("no context shown") from None

def with_notes():
    e = ValueError("noted")
    e.add_note("first note")
    e.add_note("second\nmultiline note")
    raise e

def group():
    excs = []
    for i, t in enumerate([ValueError, TypeError]):
        try:
            raise t(f"member {i}")
        except Exception as e:
            excs.append(e)
    inner = ExceptionGroup("inner", [KeyError("k"), OSError(2, "No such file", "f.txt")])
    raise ExceptionGroup("outer", excs + [inner])

def wide_group():
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])

def recurse(n):
    if n == 0:
        raise RecursionError("deep")
    return recurse(n - 1)

def repeated():
    recurse(7)

def multiline():
    values = [1, 2]
    return (values[0] +
            values[1] +
            undefined_name)

def multiline_call():
    return max(
        1,
        "x",
    )

def wide_chars():
    s = "日本語"
    return s + 日本 + 1

def syntax_error():
    raise SyntaxError("invalid syntax", ("prog.py", 3, 5, "  x = = 1\n", 3, 8))

def empty_message():
    raise KeyError("")

def group_with_chain():
    try:
        raise ValueError("cause")
    except ValueError as v:
        try:
            raise ExceptionGroup("eg", [TypeError("t")]) from v
        except ExceptionGroup as g:
            raise RuntimeError("after group")

def nested_group_depth():
    eg = ValueError("leaf")
    for i in range(12):
        eg = ExceptionGroup(f"level {i}", [eg])
    raise eg

def comment_after():
    a = 1; b = None
    return a + b  # the comment is not underlined
