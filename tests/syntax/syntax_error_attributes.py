srcs = ['x = "abc', "x = '''abc", '\tif x:\n        y', 'x = 0777', 'x = 1_', 'x = 5 $', 'def f(:\n pass', 'if x:\npass', '  x = 1', 'x = (1,\n 2', 'x = [1, 2)', 'f"{x!z}"', 'x = 1e', 'a = \u00e9\u20ac', 'x = 1\r\ny = = 2\r\n', 'lambda: (yield)', 'return 1', 'del f()', 'x = 1 if 2', 'import a.b as', "b'\u00e9'", 'x = 0b2', '1 = x', 'for x in 1:\n  break\ncontinue']
for src in srcs:
    for mode in ['exec', 'eval']:
        try: compile(src, 'f', mode)
        except SyntaxError as e: print(mode, type(e).__name__, repr(e.msg), repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)
        else: print(mode, 'ok')
