print(repr("x"), str(5), format(5, "03"), format(0.5, ".0%"), ascii("ü"), repr(1.0))
print(format("s", ">4"), "{:x}".format(255), format([1], ""), str(None), repr(None))
print(hash("a") == hash("a"), id(1) == id(1), callable(print))
