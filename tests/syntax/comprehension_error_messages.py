# CPython's invalid_comprehension and invalid_dict_comprehension messages.
for src in ['[*x for x in xs]', '(*x for x in xs)', '{*x for x in xs}', '[x, y for x in z]',
            '{x, y for x in z}', '[x, for x in z]', '{**x for x in y}', 'f(*x for x in y)',
            '[x, y, z for a in b if c]', '{x, for x in y}', '[(x, y) for x, y in z]']:
    try:
        compile(src, '<c>', 'eval')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, '->', e.msg, e.offset, e.end_offset)
for src in ['dict(a = i for i in range(10))', 'f(x, a = 1 for b in c)']:
    try:
        compile(src, '<c>', 'eval')
    except SyntaxError as e:
        print(src, '->', e.msg, e.offset, e.end_offset)
