for v in 5:
    pass
