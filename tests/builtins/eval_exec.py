print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
ns = {}
exec("y = 5\ndef f(): return y + 1", ns)
print(ns["y"], ns["f"]())
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}))
