# except* clauses and exception groups.

def run(excs):
    try:
        raise ExceptionGroup("group", excs)
    except* ValueError as e:
        print("ValueError part:", repr(e.exceptions))
    except* (TypeError, KeyError) as e:
        print("Type/Key part:", repr(e.exceptions))
    else:
        print("no exception")

run([ValueError(1), TypeError(2), KeyError(3)])
run([ValueError(1)])
try:
    run([ValueError(1), OSError(4)])
except ExceptionGroup as e:
    print("rest:", repr(e), repr(e.exceptions))

# A bare exception is wrapped in a group for the clause.
try:
    raise ValueError("bare")
except* ValueError as e:
    print(type(e).__name__, repr(e.exceptions))

# Raising in an except* clause adds to what is re-raised.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print(repr(e.exceptions))

# finally with except*.
def with_finally():
    try:
        raise ExceptionGroup("g", [OSError(1)])
    except* OSError:
        print("handled")
    finally:
        print("finally")
with_finally()

# The as name is cleared.
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as eg:
    pass
try:
    eg
except NameError as e:
    print(e)
