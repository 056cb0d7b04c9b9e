try:
    raise KeyError("x")
except KeyError as err:
    saved = err
print(repr(saved))
print(err)
