try:
    raise ValueError("core")
except ValueError as e:
    e.add_note("extra context")
    print(e.__notes__)
    raise
