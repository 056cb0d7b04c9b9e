# finally clauses, and return, break and continue leaving try bodies,
# except clauses and finally clauses.

def f(x):
    try:
        return x * 2
    finally:
        print("finally of f", x)
print(f(21))

def g():
    try:
        return "from try"
    finally:
        return "from finally"
print(g())

def h():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
print(h())

def k():
    while True:
        try:
            raise ValueError
        except ValueError:
            break
    return "left except by break"
print(k())

def m():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            if i < 2:
                continue
            return "returned " + repr(e)
        finally:
            print("cleanup", i)
print(m())

# finally runs when an exception passes through, which then goes on.
def n():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
    except ZeroDivisionError as e:
        print("caught", e)
n()

# Return in a finally swallows the exception.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())

# Break inside a finally that runs for an exception drops it.
def drop():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "dropped"
print(drop())

# Nested finally clauses run innermost first when returning.
def nested():
    for i in [1]:
        try:
            try:
                return "value"
            finally:
                print("inner")
        finally:
            print("outer")
print(nested())

# try/except/else/finally together.
def full(fail):
    try:
        if fail:
            raise LookupError("no")
    except LookupError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
full(True)
full(False)

# The return value is computed before finally runs.
def order():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(order())

# Returning from an except clause inside a for loop pops the iterator.
def find(items, key):
    for item in items:
        try:
            if item[key]:
                return item
        except (KeyError, TypeError):
            continue
    return None
print(find([None, {}, {"a": 0}, {"a": 1, "b": 2}], "a"))
