def f(**kw): pass
for c in [lambda: f(**{1: 3}, **{1: 5}), lambda: f(**{"a": 3}, **{"a": 5}), lambda: f(a=1, **{"a": 2}), lambda: f(**{1:2})]:
    try: c()
    except TypeError as e: print(e)
