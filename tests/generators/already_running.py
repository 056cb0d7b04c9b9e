def g():
    yield me.send(None)
me = g()
next(me)
