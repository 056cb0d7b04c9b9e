vals = [1, 1.0, "s", b"b", [1], (1,), {1: 1}, {1}, None, True, len, int]
print([type(v).__name__ for v in vals])
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), type(None)())
print(type(type), type(int), isinstance(int, type))
