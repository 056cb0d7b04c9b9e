for bad in [lambda: 1 / 0, lambda: [][1], lambda: {}[0], lambda: int("z")]:
    try:
        bad()
    except (ZeroDivisionError, IndexError) as e:
        print("group1", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__, e)
