# _io cases: see modules/internal/golden/gen_golden.py for the format.
!import _io
!def ops(f, *calls):
!    out = []
!    for c in calls:
!        try: out.append(c(f))
!        except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
!    return out
_io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError
_io.UnsupportedOperation.__mro__, _io.UnsupportedOperation.__module__
issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError)
[c.__mro__ for c in (_io.FileIO, _io.BytesIO, _io.StringIO, _io.TextIOWrapper, _io.BufferedRandom, _io.BufferedRWPair)]
_io.text_encoding(None), _io.text_encoding('utf-8'), _io.open.__name__, _io.open_code.__name__
# StringIO
!s = _io.StringIO('hello\nworld\nlast')
s.read(3), s.tell(), s.readline(), s.readline(2), s.readlines(), s.read(), s.tell()
s.seek(0), list(s), s.getvalue()
s.seek(0), s.readlines(7), s.seek(0, 2), s.write('!'), s.getvalue()
s.seek(2), s.write('XY'), s.getvalue(), s.tell(), s.read()
s.truncate(3), s.getvalue(), s.tell(), s.truncate(), s.getvalue()
s.seek(10), s.write('z'), s.getvalue(), s.tell()
ops(s, lambda f: f.seek(-1), lambda f: f.seek(1, 1), lambda f: f.seek(1, 2), lambda f: f.seek(0, 3), lambda f: f.truncate(-1), lambda f: f.write(b'x'), lambda f: f.read('a'), lambda f: f.seek('a'))
s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering, s.newlines, s.encoding, s.errors
!c = _io.StringIO('x'); c.close()
ops(c, lambda f: f.read(), lambda f: f.write('x'), lambda f: f.getvalue(), lambda f: f.tell(), lambda f: f.readable(), lambda f: f.closed, lambda f: next(f), lambda f: f.close())
c.closed, c.close()
_io.StringIO(b'x')
_io.StringIO('', 3)
_io.StringIO('', 'x')
_io.StringIO(None).getvalue(), _io.StringIO(initial_value='a', newline='').getvalue()
_io.StringIO.__new__(_io.StringIO).read()
# StringIO newlines
[(nl, _io.StringIO('a\r\nb\rc\nd', nl).readlines()) for nl in (None, '', '\n', '\r', '\r\n')]
[(nl, _io.StringIO('a\r\nb\rc\nd', nl).getvalue()) for nl in (None, '', '\n', '\r', '\r\n')]
[(nl, _io.StringIO('a\r\nb\rc\nd', nl).newlines) for nl in (None, '', '\n')]
!t = _io.StringIO(newline=None); t.write('a\r'); t.write('\nb')
t.getvalue(), t.newlines
!t = _io.StringIO(newline='\r\n'); t.write('a\nb\n')
t.getvalue(), t.tell(), t.seek(0), t.readline()
_io.StringIO('héllo 𝄞 wörld').read(7), _io.StringIO('é\n𝄞\n').readlines()
!s2 = _io.StringIO('ab'); s2.extra = 5
s2.extra, s2.__dict__, s2.__getstate__()
!class MyS(_io.StringIO):
!    def __init__(self, v): super().__init__(v.upper()); self.tag = 't'
MyS('abc').getvalue(), MyS('abc').tag, isinstance(MyS('x'), _io._TextIOBase), type(MyS('x')).__mro__[1]
!s3 = _io.StringIO()
print('a', 1, sep='-', file=s3), print('b', end='', file=s3), s3.getvalue()
# BytesIO
!b = _io.BytesIO(b'hello\nworld\nlast')
b.read(3), b.tell(), b.readline(), b.readline(2), b.readlines(), b.read(), b.tell()
b.seek(0), list(b), b.getvalue()
b.seek(0), b.readlines(7), b.seek(-2, 2), b.read(), b.seek(1, 1), b.tell()
b.seek(2), b.write(b'XY'), b.getvalue(), b.tell(), b.read1(2), b.read1()
b.truncate(3), b.getvalue(), b.tell(), b.truncate(), b.getvalue()
b.seek(6), b.write(bytearray(b'z')), b.getvalue(), b.tell()
!buf = bytearray(4); b.seek(0)
b.readinto(buf), buf, b.readinto(buf), buf
ops(b, lambda f: f.seek(-1), lambda f: f.seek(0, 5), lambda f: f.truncate(-1), lambda f: f.write('x'), lambda f: f.read('x'), lambda f: f.readinto(b'xx'), lambda f: f.write(5))
b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.flush()
_io.BytesIO('x')
_io.BytesIO(initial_bytes=b'ab').read(), _io.BytesIO(None).getvalue(), _io.BytesIO(bytearray(b'q')).getvalue()
!bc = _io.BytesIO(b'x'); bc.close()
ops(bc, lambda f: f.read(), lambda f: f.write(b'x'), lambda f: f.getvalue(), lambda f: f.tell(), lambda f: f.readable(), lambda f: f.closed, lambda f: f.seek(0), lambda f: next(f), lambda f: f.close(), lambda f: f.flush(), lambda f: f.__enter__())
!bw = _io.BytesIO(); bw.writelines([b'a', bytearray(b'b'), b'c'])
bw.getvalue(), bw.__getstate__()
!with _io.BytesIO(b'q') as ctx: inside = ctx.read()
inside, ctx.closed
!def setst(f, states):
!    out = []
!    for st in states:
!        try: f.__setstate__(st); out.append((f.getvalue(), f.tell(), f.__dict__, getattr(f, 'newlines', None)))
!        except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
!    return out
setst(_io.BytesIO(), [(b'abc', 1, None), (b'abc', 1, {'x': 1}), (b'abc',), 5, ('abc', 1, None), (b'abc', 'x', None), (b'abc', -1, None), (b'abc', 1, 5)])
setst(_io.StringIO(), [('abc', None, 1, None), ('a\r\nb', '', 1, {'y': 2}), ('abc',), 5, (b'abc', None, 1, None), ('abc', None, 'x', None), ('abc', None, -1, None), ('abc', None, 1, 5), ('abc', 'x', 0, None)])
# _IOBase and friends
!base = _io._IOBase()
ops(base, lambda f: f.seek(0), lambda f: f.tell(), lambda f: f.truncate(), lambda f: f.fileno(), lambda f: f._checkReadable(), lambda f: f._checkWritable(), lambda f: f._checkSeekable(), lambda f: f.readable(), lambda f: f.isatty(), lambda f: f.closed, lambda f: f.flush())
!base.close()
ops(base, lambda f: f.closed, lambda f: f.flush(), lambda f: f.__enter__(), lambda f: iter(f), lambda f: f.isatty(), lambda f: f.readable(), lambda f: f.writelines([]), lambda f: f._checkClosed(), lambda f: f.close())
ops(_io._RawIOBase(), lambda f: f.readinto(bytearray(2)), lambda f: f.write(b''), lambda f: f.read(3), lambda f: f.readall())
ops(_io._BufferedIOBase(), lambda f: f.read(), lambda f: f.read1(), lambda f: f.write(b''), lambda f: f.detach(), lambda f: f.readinto(bytearray(2)))
ops(_io._TextIOBase(), lambda f: f.read(), lambda f: f.readline(), lambda f: f.write(''), lambda f: f.detach(), lambda f: f.encoding, lambda f: f.newlines, lambda f: f.errors)
!class Raw(_io._RawIOBase):
!    def __init__(self, data, step=3): self.data = data; self.pos = 0; self.step = step; self.written = b''
!    def readable(self): return True
!    def writable(self): return True
!    def seekable(self): return False
!    def readinto(self, b):
!        n = min(len(b), self.step, len(self.data) - self.pos)
!        b[:n] = self.data[self.pos:self.pos + n]; self.pos += n; return n
!    def write(self, b): self.written += bytes(b); return len(b)
!r = Raw(b'one\ntwo\nthree')
r.read(2), r.readline(), r.read(), r.read(), Raw(b'abcdefgh').readall(), list(Raw(b'a\nb'))
!class Lines(_io._IOBase):
!    def __init__(self): self.items = [b'x\n', b'y\n']
!    def readline(self, size=-1): return self.items.pop(0) if self.items else b''
list(Lines()), Lines().readlines(), Lines().readlines(1)
# BufferedReader / BufferedWriter / BufferedRandom / BufferedRWPair
!br = _io.BufferedReader(Raw(b'line1\nline2\nline3\nrest', 4), 8)
br.read(3), br.peek(1)[:1], br.read1(10), br.readline(), br.read(2), list(br), br.read()
!br = _io.BufferedReader(Raw(b'abcdefghij', 4), 4)
br.read(), br.read(), br.raw.pos, repr(br), br.closed, br.readable(), br.seekable()
_io.BufferedReader(Raw(b'a'), 0)
ops(None, lambda f: _io.BufferedReader(_io._RawIOBase()))
!bwr = Raw(b''); w = _io.BufferedWriter(bwr, 4)
w.write(b'ab'), bwr.written, w.write(b'cdef'), bwr.written, w.flush(), bwr.written, w.writable(), repr(w)
!rnd = _io.BufferedRandom(_io.BytesIO(b'0123456789'), 4)
rnd.read(2), rnd.tell(), rnd.write(b'AB'), rnd.tell(), rnd.seek(0), rnd.read(), rnd.seek(-3, 2), rnd.read(1), rnd.seek(1, 1), rnd.read()
rnd.seek(0), rnd.write(b'zz'), rnd.read(2), rnd.flush(), rnd.raw.getvalue(), rnd.truncate(5), rnd.raw.getvalue()
!rnd.close()
ops(rnd, lambda f: f.read(), lambda f: f.write(b'x'), lambda f: f.seek(0), lambda f: f.peek(), lambda f: f.readline(), lambda f: f.flush(), lambda f: f.closed, lambda f: f.close())
!det = _io.BufferedReader(_io.BytesIO(b'x'))
type(det.detach()).__name__, ops(det, lambda f: f.read(), lambda f: f.raw, lambda f: repr(f))
_io.BufferedReader.__new__(_io.BufferedReader).read()
!pr = Raw(b'pair data'); pw = Raw(b''); pair = _io.BufferedRWPair(pr, pw, 2)
pair.read(4), pair.peek()[:1], pair.read1(2), pair.write(b'out'), pair.flush(), pw.written, pair.readable(), pair.writable(), pair.closed
# TextIOWrapper over BytesIO
!tw = _io.TextIOWrapper(_io.BytesIO('héllo\nwörld\n𝄞 end'.encode()), encoding='utf-8')
tw.read(2), tw.tell(), tw.readline(), tw.tell(), tw.read(3), tw.tell(), tw.readlines(), tw.tell(), tw.read()
tw.seek(0), list(tw), tw.seek(3), tw.readline(), tw.seek(0, 2)
tw.encoding, tw.errors, tw.line_buffering, tw.write_through, tw.newlines, type(tw.buffer).__name__, repr(tw), tw.readable(), tw.writable(), tw.seekable()
ops(tw, lambda f: f.seek(1, 1), lambda f: f.seek(1, 2), lambda f: f.seek(0, 7), lambda f: f.seek(-1), lambda f: f.write(b'x'), lambda f: f.name, lambda f: f.fileno())
[(nl, _io.TextIOWrapper(_io.BytesIO(b'a\r\nb\rc\nd'), newline=nl).readlines()) for nl in (None, '', '\n', '\r', '\r\n')]
[(nl, _io.TextIOWrapper(_io.BytesIO(b'a\r\nb\rc\nd'), newline=nl).read()) for nl in (None, '', '\n', '\r', '\r\n')]
[(nl, _io.TextIOWrapper(_io.BytesIO(b'a\r\nb\rc\nd'), newline=nl).read(9)) for nl in (None, '', '\n', '\r', '\r\n')]
!def tread(data, **kw):
!    t = _io.TextIOWrapper(_io.BytesIO(data), **kw); t._CHUNK_SIZE = 2
!    out = []
!    while True:
!        line = t.readline()
!        if not line: break
!        out.append(line)
!    return out, t.newlines
tread(b'a\r\nbb\r\rc\n\nd')
tread(b'a\r\nbb\r\rc\n\nd', newline='')
tread(b'a\r\nbb\r\rc\n\nd', newline='\r\n')
tread('é\r\n𝄞\n€'.encode())
!def ttell(data, **kw):
!    t = _io.TextIOWrapper(_io.BytesIO(data), **kw); t._CHUNK_SIZE = 3
!    out = []
!    while True:
!        line = t.readline()
!        if not line: break
!        out.append((line, t.tell()))
!    return out
ttell(b'ab\ncd\nef\n\ng')
ttell('é\n𝄞\n€€\nx'.encode())
ttell(b'a\r\nbc\r\nd', newline='\r\n')
ttell(b'a\r\nbc\r\nd', newline='\n')
tread(b'ab\xffcd\n\xfe', errors='replace')
tread(b'ab\xffcd\n\xfe', errors='surrogateescape')
tread(b'caf\xe9\n', encoding='latin-1')
_io.TextIOWrapper(_io.BytesIO(b'ab\xffcd'), encoding='utf-8').read()
_io.TextIOWrapper(_io.BytesIO(b'ab\xe2\x82'), encoding='utf-8').read()
_io.TextIOWrapper(_io.BytesIO(b'ab\xe9'), encoding='ascii', errors='backslashreplace').read()
_io.TextIOWrapper(_io.BytesIO(b''), encoding='nope')
_io.TextIOWrapper(_io.BytesIO(b''), encoding=5)
_io.TextIOWrapper(_io.BytesIO(b''), newline='x')
_io.TextIOWrapper(_io.BytesIO(b''), newline=3)
_io.TextIOWrapper(_io.BytesIO(b''), errors=1)
!def twrite(*texts, **kw):
!    raw = _io.BytesIO(); t = _io.TextIOWrapper(raw, **kw)
!    n = [t.write(x) for x in texts]; t.flush()
!    return n, raw.getvalue()
twrite('a\nb', 'c\r\n', newline=None)
twrite('a\nb', 'c\r\n', newline='')
twrite('a\nb', 'c\r\n', newline='\r')
twrite('a\nb', 'c\r\n', newline='\r\n')
twrite('héllo €', encoding='latin-1', errors='replace')
twrite('héllo €', encoding='ascii', errors='xmlcharrefreplace')
twrite('\udcff', encoding='utf-8', errors='surrogateescape')
twrite('é', encoding='ascii')
!rw = _io.TextIOWrapper(_io.BytesIO(b'abc\ndef\n'), encoding='utf-8')
rw.readline(), rw.write('XY'), rw.seek(0), rw.read(), rw.tell(), rw.seek(0), rw.read(1), rw.tell(), rw.buffer.getvalue()
!it = _io.TextIOWrapper(_io.BytesIO(b'a\nb\n'), encoding='utf-8')
next(it), ops(it, lambda f: f.tell()), list(it), it.tell()
!tw2 = _io.TextIOWrapper(_io.BytesIO(b'x'), encoding='utf-8'); tw2.mode = 'rb'
repr(tw2), tw2.detach().getvalue(), ops(tw2, lambda f: f.read(), lambda f: f.encoding, lambda f: repr(f))
!tw3 = _io.TextIOWrapper(_io.BytesIO(), encoding='ascii', line_buffering=True)
tw3.reconfigure(encoding='utf-8', newline='\r\n', line_buffering=False), tw3.encoding, tw3.line_buffering, tw3.write('é\n'), tw3.buffer.getvalue()
!tw4 = _io.TextIOWrapper(_io.BytesIO(b'x'), encoding='utf-8'); tw4.close()
ops(tw4, lambda f: f.read(), lambda f: f.write('x'), lambda f: f.closed, lambda f: f.close(), lambda f: f.tell(), lambda f: next(f))
_io.TextIOWrapper(Raw(b'ab\ncd'), encoding='utf-8').readlines()
_io.TextIOWrapper(_io.BufferedReader(Raw(b'ab\ncd', 1)), encoding='utf-8').read()
ops(_io.TextIOWrapper(Raw(b'ab'), encoding='utf-8'), lambda f: f.tell(), lambda f: f.seek(0))
_io.TextIOWrapper.__new__(_io.TextIOWrapper).read()
# IncrementalNewlineDecoder
!d = _io.IncrementalNewlineDecoder(None, translate=True)
d.decode('a\r'), d.getstate(), d.decode('\nb\r'), d.decode('c', final=True), d.newlines, d.decode('\r', final=True), d.newlines
!d2 = _io.IncrementalNewlineDecoder(None, False)
d2.decode('x\r\ny\rz\n'), d2.newlines, d2.reset(), d2.newlines, d2.decode('q\r'), d2.getstate(), d2.setstate((b'', 0)), d2.decode('', True)
_io.IncrementalNewlineDecoder(None, True).decode(b'x')
_io.IncrementalNewlineDecoder.__new__(_io.IncrementalNewlineDecoder).decode('x')
# open() argument checks (no file is touched)
ops(None, *[lambda f, m=m: _io.open('x', m) for m in ['rx', 'rw', 'rtb', '', '+', 'rr', 'z', 'b', 't']])
ops(None, lambda f: _io.open('x', 'rb', encoding='u'), lambda f: _io.open('x', 'rb', errors='u'), lambda f: _io.open('x', 'rb', newline=''), lambda f: _io.open(1.5), lambda f: _io.open([]), lambda f: _io.open('x', 5))
ops(None, lambda f: _io.FileIO('x', 'rw'), lambda f: _io.FileIO('x', 'q'), lambda f: _io.FileIO(-1), lambda f: _io.FileIO(1.5), lambda f: _io.FileIO('x', closefd=False), lambda f: _io.FileIO('a\0b'))
open is _io.open
# argument checking
ops(None, lambda f: _io.open())
ops(None, lambda f: _io.open('x', foo=1))
ops(None, lambda f: _io.open('x', 'r', 'q'))
ops(None, lambda f: _io.open('x', buffering=1.5))
ops(None, lambda f: _io.open('x', 'r', -1, 5))
ops(None, lambda f: _io.StringIO(1, 2, 3))
ops(None, lambda f: _io.StringIO(foo=1))
ops(None, lambda f: _io.BytesIO(1, 2))
ops(None, lambda f: _io.BytesIO(5))
ops(None, lambda f: _io.TextIOWrapper())
ops(None, lambda f: _io.TextIOWrapper(_io.BytesIO(), 'utf-8', 'strict', None, False, False, 7))
ops(None, lambda f: _io.BufferedReader())
ops(None, lambda f: _io.BufferedReader(_io.BytesIO(), 'x'))
ops(None, lambda f: _io.BufferedRWPair(_io.BytesIO()))
ops(None, lambda f: _io.FileIO())
ops(None, lambda f: _io.FileIO('x', 5))
ops(None, lambda f: _io.StringIO().read(1, 2))
ops(None, lambda f: _io.StringIO().write())
ops(None, lambda f: _io.BytesIO().seek())
ops(None, lambda f: _io.BytesIO().seek(0, 0, 0))
ops(None, lambda f: _io.BytesIO().read(1.5))
ops(None, lambda f: _io.StringIO().seek(1.5))
ops(None, lambda f: _io.StringIO().truncate('a'))
ops(None, lambda f: _io.IncrementalNewlineDecoder())
ops(None, lambda f: _io.text_encoding())
ops(None, lambda f: _io.open_code(5))
ops(None, lambda f: _io.StringIO('abc').readline(None))
ops(None, lambda f: _io.BytesIO(b'abc').readlines(None))
ops(None, lambda f: _io.TextIOWrapper(_io.BytesIO(b'ab')).read(None))
ops(None, lambda f: repr(_io.TextIOWrapper(_io.BytesIO(b'ab'))))
ops(None, lambda f: _io.TextIOWrapper(_io.BytesIO(b'ab')).name)
ops(None, lambda f: _io.BufferedReader(_io.BytesIO(b'ab')).read(-2))
ops(None, lambda f: _io.BufferedReader(_io.BytesIO(b'ab')).seek(0, 5))
ops(None, lambda f: _io.BufferedReader(_io.BytesIO(b'abc'), 1).read1(-1))
ops(None, lambda f: open.__module__)
ops(None, lambda f: repr(open))
ops(None, lambda f: _io.FileIO.__init__.__qualname__)
ops(None, lambda f: _io.StringIO.read.__qualname__)
# huge sizes and pickling
!big = _io.BytesIO(); big.seek(2**62)
ops(big, lambda f: f.write(b'x'), lambda f: f.seek(2**63), lambda f: _io.BytesIO(b'abc').read(2**62), lambda f: _io._RawIOBase().read(2**62), lambda f: _io.FileIO('/dev/null').read(2**62))
!bigs = _io.StringIO(); bigs.seek(2**40)
ops(bigs, lambda f: f.write('x'))
ops(None, lambda f: _io.FileIO('/dev/null').__reduce_ex__(2), lambda f: _io.open('/dev/null').__reduce__(), lambda f: _io.open('/dev/null', 'rb').__reduce_ex__(4))
# subclasses' readline drives iteration
!class S(_io.StringIO):
!    def readline(self, *a): 
!        l = super().readline(*a); return l.upper()
!class B(_io.BufferedReader):
!    def readline(self, *a): return super().readline(*a)[::-1]
!class BB(_io.BytesIO):
!    def readline(self, *a): return b'X'
!class T(_io.TextIOWrapper):
!    def readline(self, *a): return super().readline(*a).strip() + '!' if not self.buffer.closed else ''
!t = T(_io.BytesIO(b'q\nr\n'), encoding='utf-8')
!class Bad(_io.StringIO):
!    def readline(self): return 5
list(S('ab\ncd')), list(B(_io.BytesIO(b'ab\ncd'))), list(BB(b'ab\ncd')), next(t), next(t)
list(Bad('x'))
# random operation sequences on every kind of stream, tell() and seek() included
!class LCG:
!    def __init__(self, s): self.s = s
!    def n(self, k):
!        self.s = (self.s * 1103515245 + 12345) % 2147483648
!        return self.s % k
!def run(seed, alphabet=(b"a", b"b", b"\n", b"\r", b"c"), errors="strict"):
!    r = LCG(seed)
!    data = b"".join(alphabet[r.n(len(alphabet))] for _ in range(40))
!    kind = r.n(4)
!    if kind == 0:
!        f = _io.BytesIO(data); txt = False
!    elif kind == 1:
!        f = _io.BufferedRandom(_io.BytesIO(data), 1 + r.n(8)); txt = False
!    elif kind == 2:
!        f = _io.StringIO(data.decode(errors=errors), [None, '', '\n', '\r', '\r\n'][r.n(5)]); txt = True
!    else:
!        f = _io.TextIOWrapper(_io.BufferedRandom(_io.BytesIO(data), 1 + r.n(8)), encoding='utf-8', errors=errors, newline=[None, '', '\n', '\r', '\r\n'][r.n(5)]); f._CHUNK_SIZE = 1 + r.n(6); txt = True
!    out = []
!    for _ in range(25):
!        op = r.n(10)
!        try:
!            if op == 0: out.append(f.read(r.n(6)))
!            elif op == 1: out.append(f.readline())
!            elif op == 2: out.append(f.readline(r.n(4)))
!            elif op == 3: out.append(f.write('xy\n' if txt else b'xy\n'))
!            elif op == 4: out.append(f.seek(0))
!            elif op == 5: out.append(f.tell())
!            elif op == 6: out.append(f.read())
!            elif op == 7: out.append(f.seek(0, 2))
!            elif op == 9:
!                c = f.tell(); a = f.read(3); f.seek(c); out.append((a, f.read(3), f.tell() == c + 0 if False else f.tell()))
!            elif op == 8: out.append(f.truncate(r.n(30)) if kind != 3 else f.flush())
!        except Exception as e:
!            out.append(type(e).__name__ + str(e))
!    return kind, out
!uni = tuple(c.encode() for c in ("a", "é", "\n", "\r", "€", "𝄞"))
[run(seed) for seed in range(0, 150)]
[run(seed) for seed in range(450, 600)]
[run(seed, uni) for seed in range(50, 150)]
[run(seed, uni, "surrogateescape") for seed in range(0, 100)]
