def risky(n):
    if n == 0:
        raise KeyError(n)
    if n == 1:
        raise IndexError(n)
    return n
for n in range(3):
    try:
        try:
            print("ok", risky(n))
        except KeyError:
            print("inner caught key")
    except LookupError as e:
        print("outer caught", type(e).__name__)
