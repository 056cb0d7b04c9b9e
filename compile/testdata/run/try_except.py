# try/except: bare, typed, tuples of types, "as" names and their deletion,
# else clauses, nesting and exception context.

def check(f, a, b=None):
    try:
        r = f(a) if b is None else f(a, b)
    except ZeroDivisionError:
        print("zero division")
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
    except:
        print("bare")
    else:
        print("ok", r)


def div(a, b):
    return a // b


def boom(kind):
    if kind == 1:
        return {}["k"]
    if kind == 2:
        return [][3]
    if kind == 3:
        raise ValueError("bad value")
    if kind == 4:
        raise SystemExit(5)
    return kind


check(div, 7, 2)
check(div, 1, 0)
check(boom, 1)
check(boom, 2)
check(boom, 3)
check(boom, 4)
check(boom, 0)

# The "as" name is deleted at the end of the clause.
try:
    raise KeyError("gone")
except KeyError as err:
    print("caught", repr(err))
try:
    err
except NameError as e:
    print("NameError:", e)

# ... even when the clause deletes it itself.
def f():
    try:
        raise TypeError("t")
    except TypeError as e:
        del e
    return "deleted inside"
print(f())

# A local "as" name in a function is unbound afterwards.
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return f"{u}"
print(g())

# An unmatched exception goes on to the enclosing handler.
try:
    try:
        raise IndexError(1)
    except KeyError:
        print("not here")
    print("not here either")
except LookupError as e:
    print("outer", type(e).__name__)

# Raising in a handler chains the handled exception as __context__.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# A bare raise re-raises the exception being handled.
try:
    try:
        raise ValueError("again")
    except ValueError:
        raise
except ValueError as e:
    print("re-raised", e)

# Catching something that is not an exception class is a TypeError.
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(e)

# sys.exc_info-free check that the handled exception is restored.
def inner():
    try:
        raise KeyError("inner")
    except KeyError:
        return "handled"
try:
    raise ValueError("outer")
except ValueError as e:
    print(inner(), repr(e))
