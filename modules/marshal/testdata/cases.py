# marshal cases: see modules/internal/golden/gen_golden.py for the format.
!import marshal
[marshal.loads(marshal.dumps(v)) == v for v in [None, True, False, 0, 1, -1, 2**31 - 1, -2**31, 2**31, 2**40, -(2**100), 10**50, 1.5, -0.0, float('inf'), 2j, 'abc', '', 'é€😀', b'xy', b'', (1, 'a'), (), [1, [2]], {'k': (1,)}, {1, 2}, frozenset({3}), ...]]
marshal.dumps(None), marshal.dumps(True), marshal.dumps(False), marshal.dumps(...), marshal.dumps(StopIteration)
marshal.dumps(0), marshal.dumps(-1), marshal.dumps(2**31), marshal.dumps(-(2**45)), marshal.dumps(1.5), marshal.dumps(1+2j)
marshal.dumps(b'xy'), marshal.dumps([1, 2]), marshal.dumps({}), marshal.dumps(set()), marshal.dumps(frozenset())
marshal.loads(b'N'), marshal.loads(b'i\x07\x00\x00\x00'), marshal.loads(b'l\x02\x00\x01\x00\x01\x00'), marshal.loads(b'z\x03abc'), marshal.loads(b')\x02TF')
marshal.loads(b'[\x02\x00\x00\x00\xe9\x05\x00\x00\x00r\x00\x00\x00\x00')
marshal.loads(b'')
marshal.loads(b'i\x01')
marshal.loads(b'?')
marshal.dumps(object())
marshal.dumps(lambda: 0) if False else marshal.dumps(len)
marshal.version
