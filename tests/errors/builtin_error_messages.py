tests = [
 "1 + 'a'", "'a' + 1", "[] + ()", "len(5)", "int('x')", "int('12', 1)", "float('abc')", "[1][5]", "(1,)[2]", "'abc'[10]",
 "{}['k']", "{1: 2}[[1]]", "hash([])", "'abc'.foo", "None.x", "object().x = 1", "del [].append",
 "[].pop()", "{}.popitem()", "set().pop()", "[1].index(2)", "'abc'.index('z')", "(1).__class__ = str", "int.x = 1",
 "list.append(1)", "sorted([1, 'a'])", "max([])", "min(1)", "sum(['a', 'b'])", "divmod(1, 0)", "1 / 0", "1 // 0", "1 % 0",
 "1.0 / 0", "2 ** -1 % 0", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "abs('x')", "round('x')", "chr(-1)", "ord('ab')", "ord('')",
 "iter(5)", "next(iter([]))", "next(5)", "range(1.5)", "range(1, 2, 0)", "list(5)", "dict([1])", "dict([(1, 2, 3)])",
 "set([[1]])", "frozenset(5)", "tuple(None)", "str(b'x', 'nope')", "b'x'.decode('nope')", "'x'.encode('nope')",
 "'é'.encode('ascii')", "b'\\xff'.decode('utf-8')", "bytes([256])", "bytes('x')", "bytearray(-1)", "int(None)",
 "float(None)", "complex('x')", "complex(1, 'a')", "f'{1:x}'.format()", "'{}'.format()", "'{0}{1}'.format(1)",
 "'{a}'.format()", "'%d' % 'x'", "'%s %s' % (1,)", "'%z' % 1", "format(1, 'q')", "format('a', 'd')", "f'{1!z}'",
 "a = 1; a.b = 2", "import nonexistent_mod_q", "isinstance(1, 1)", "issubclass(1, int)",
 "getattr(1, 'x')", "setattr(1, 'x', 2)", "delattr(1, 'x')", "vars(1)", "callable()", "print(sep=1)", "sorted(key=1)",
 "[].sort(1)", "'a'.join([1])", "', '.join(5)", "'abc'.split('')", "'x' * 'y'", "[] * []", "{1} + {2}", "{} | []",
 "1 < 'a'", "[] < ()", "None < None", "{} < {}", "1 in 5", "'a' in 5", "[].remove(1)", "{}.fromkeys(1)",
 "type('A', (), {}, 1)", "type(1, 2)", "object(1)", "super()", "super(int, 'x')", "lambda: (yield)",
 "def f(a, a): pass", "f(**{1: 2})", "(lambda x: x)(1, 2)", "(lambda x: x)()", "(lambda *, k: k)(1)",
 "(lambda x: x)(y=1)", "(lambda **k: k)(**1)", "(lambda *a: a)(*1)", "print(*1)", "x, y = 1", "x, y = [1, 2, 3]",
 "x, = []", "a, *b, c = [1]", "[*1]", "{**1}", "assert False, 'msg'", "raise 1", "raise ValueError from 1",
 "int('9' * 5000)", "str(10 ** 5000)", "float('1e400') == float('inf')", "(1).to_bytes(1, 'big', signed=False) and (256).to_bytes(1, 'big')",
 "(-1).to_bytes(1, 'big')", "int.from_bytes('x', 'big')", "1 .bit_length(1)", "'a'.center()", "'a'.center(5, 'ab')",
 "'{:*^10}'.format(1.5) + 1", "globals()['nope']", "memoryview(1)"
]
for t in tests:
    try:
        exec(t, {})
        print('ok:', t)
    except BaseException as e:
        print(type(e).__name__ + ':', e)
