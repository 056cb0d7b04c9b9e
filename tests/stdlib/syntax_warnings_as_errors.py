# needs: stdlib
import warnings
for src in ['x is 1', 'assert(x, "msg")', '[(1, 2) (3, 4)]', '0xfor x', '"\\d"']:
    with warnings.catch_warnings():
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile(src, '<t>', 'exec')
            print('compiled', src)
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno)
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<t>', 'exec')
        print([str(x.message) for x in w])
for src in ['1if 1 else 2', '0o7and 1', '0b1or 0', '1.5in []', '1jif 1 else 2']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<t>', 'eval')
        print(src, [str(x.message) for x in w])
