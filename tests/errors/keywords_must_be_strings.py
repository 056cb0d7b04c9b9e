def f(**kw): return kw
for call in [lambda: dict(**{1: 2}), lambda: f(**{1: 2}), lambda: print(**{1: 2}), lambda: dict({}, **{1: 2})]:
    try: print(call())
    except TypeError as e: print(e)
