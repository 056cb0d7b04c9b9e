s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.find("zz"))
print(s.startswith("Hell"), s.endswith("x"), s.replace("l", "L", 2))
print(s.split(", "), "a,b,,c".split(","), "  x  y ".split(), "a b c".split(None, 1))
