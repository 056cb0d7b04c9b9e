e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(isinstance(e, Exception), issubclass(KeyError, LookupError), ValueError.__mro__[1].__name__)
print(e.__traceback__, e.__cause__, e.__context__)
