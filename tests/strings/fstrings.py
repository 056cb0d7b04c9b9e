name, n = "taipan", 3
print(f"{name} has {n} items", f"{name!r}", f"{n * 2 = }", f"{{literal}}")
print(f"{name:>10}", f"{name.upper()[:3]}", f"{'nested'}", f"{n:{'>'}{5}}")
w = 7
print(f"{3.14159:.{n}f}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{n if n else 0}")
