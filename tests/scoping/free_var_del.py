def outer():
    v = 1
    def show():
        return v
    del v
    return show()
outer()
