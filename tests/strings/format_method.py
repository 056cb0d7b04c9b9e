print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{name}!".format(name="n"))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(3.14159))
print("{0[1]} {1[k]}".format([5, 6], {"k": "v"}), "{!r} {!s}".format("q", "q"))
print("%s is %d years, %.1f%%" % ("Al", 30, 99.5), "%r" % "x", "%(a)s-%(b)s" % {"a": 1, "b": 2})
