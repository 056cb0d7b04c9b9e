def todo():
    pass
class Empty:
    ...
print(todo(), Empty.__name__, ..., type(...).__name__, Ellipsis is ...)
