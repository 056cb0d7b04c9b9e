# needs: stdlib
import warnings
srcs = ['x is 1', 'x is not "a"', '1 is x', 'x is None', 'x is True', 'x == 1 is y', '1()', '(1)()', '"s"()', '[1]()', '(1, 2)(3)', 'f(1)(2)', 'assert (x, "m")', 'assert ()', '[1, 2][3, 4]', '(1, 2)[0, 1]', '[1]["a"]', '"ab"[1.5]', '{1}[0]', 'x[1][2]', 'x is ()', 'x is ...', 'x is (1,)', 'x is -1', 'x is 1.5', 'None[0]', '(lambda: 0)[1]', '[x for x in y][1:2]', 'f"a"[0]', 'b"x"["k"]', '{}[1]']
for src in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, 'f.py', 'exec')
    print(repr(src), [(str(x.message), x.lineno) for x in w])
