# Real files in a temporary directory DIR, run by files_test.go; files.out is CPython 3.13's
# output with DIR shown as <D>.
D = DIR + '/'
with open(D + 'f.txt', 'w') as f:
    print(repr(f))
    print(f.write('hello\nworld\n'), f.tell())
    print('third', 'line', file=f)
    f.writelines(['a\n', 'b\n'])
print(f.closed, f.name, f.mode, f.encoding, f.errors, f.line_buffering)
with open(D + 'f.txt') as f:
    for line in f:
        print(repr(line))
with open(D + 'f.txt') as f:
    print(f.read(3), f.tell(), f.readline(), f.tell(), f.readlines())
    print(f.seek(0), f.read())
    f.seek(6); print(repr(f.readline()))
with open(D + 'f.txt', 'rb') as f:
    print(repr(f), f.read(4), f.peek(2)[:2], f.read1(3), f.tell(), f.readline(), f.raw)
    print(f.seek(-3, 2), f.read())
with open(D + 'b.bin', 'wb') as f:
    print(repr(f), f.write(b'\x00\x01\xff'), f.tell())
with open(D + 'b.bin', 'r+b') as f:
    print(repr(f), f.read(1)); f.write(b'Z'); f.seek(0); print(f.read())
with open(D + 'b.bin', 'ab') as f:
    print(f.tell(), f.write(b'end'), f.mode)
print(open(D + 'b.bin', 'rb').read())
with open(D + 'nl.txt', 'w', newline='') as f:
    f.write('a\r\nb\rc\nd')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(D + 'nl.txt', newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
    with open(D + 'nl.txt', newline=nl) as f:
        print(repr(nl), repr(f.read()), f.newlines)
with open(D + 'u.txt', 'w', encoding='utf-8') as f:
    f.write('héllo €\n𝄞 x\n')
with open(D + 'u.txt', 'rb') as f: print(f.read())
with open(D + 'u.txt') as f:
    print(f.read(2), f.tell(), f.read(5), f.tell(), f.readline(), f.tell(), f.read(), f.tell())
with open(D + 'u.txt', encoding='ascii', errors='replace') as f: print(repr(f.read()))
with open(D + 'u.txt', encoding='ascii', errors='surrogateescape') as f: print(repr(f.read()))
with open(D + 'u.txt', encoding='latin-1') as f: print(repr(f.read()), f)
try:
    with open(D + 'u.txt', encoding='ascii') as f: f.read()
except UnicodeDecodeError as e: print(e)
try: open(D + 'nope')
except FileNotFoundError as e: print(e, e.errno, e.filename)
try: open(D + 'f.txt', 'x')
except FileExistsError as e: print(e)
f = open(D + 'f.txt')
f.close()
for op in [f.read, f.readline, lambda: f.write('x'), f.tell, lambda: next(f), lambda: f.seek(0)]:
    try: op()
    except ValueError as e: print('VE', e)
print(repr(f))
f = open(D + 'f.txt')
try: f.write('x')
except Exception as e: print(type(e).__name__, e)
f.close()
f = open(D + 'f.txt', 'w')
try: f.read()
except Exception as e: print(type(e).__name__, e)
f.close()
f = open(D + 'f.txt', 'w+')
f.write('abc\ndef\n'); f.seek(0); print(repr(f.read())); print(f.tell())
try: f.seek(1, 1)
except Exception as e: print(type(e).__name__, e)
print(f.seek(0, 2), f.truncate(2), f.seek(0), repr(f.read()))
f.close()
f = open(D + 'f.txt', 'rb', buffering=0); print(repr(f), f.read(), f.readall()); f.close()
D = DIR + '/'
open(D + 'a.txt', 'w').write('first\n')
print(repr(open(D + 'a.txt').read()))
def f():
    g = open(D + 'b.txt', 'w')
    g.write('inner')
f()
print(repr(open(D + 'b.txt').read()))
h = open(D + 'c.txt', 'w')
h.write('held')
print(repr(open(D + 'c.txt').read()))
k = open(D + 'd.bin', 'wb'); k.write(b'bin')
print(open(D + 'd.bin', 'rb').read())
f = open(D + 'big.txt', 'w')
for i in range(3000):
    print(i, 'x' * (i % 50), file=f)
f.close()
with open(D + 'big.txt') as f:
    n = 0; total = 0
    for line in f:
        n += 1; total += len(line)
    print(n, total, f.tell())
with open(D + 'big.txt', 'rb') as f:
    print(len(f.read()), f.seek(100), f.read(10), f.tell())
with open(D + 'big.txt') as f:
    f.seek(20000); line = f.readline(); print(repr(line), f.tell())
with open(D + 'lb.txt', 'w', buffering=1) as f:
    print(f.line_buffering); f.write('a\n'); print(repr(open(D + 'lb.txt').read()))
with open(D + 'x.txt', 'a+') as f:
    f.write('1'); f.seek(0); print(repr(f.read()), repr(f), f.buffer.mode)
try: open(D)
except IsADirectoryError as e: print(type(e).__name__, e.errno)
import _io
fio = _io.FileIO(D + 'fio', 'w')
print(fio.mode, fio.writable(), fio.readable(), fio.seekable(), fio.write(b'abc'), fio.tell(), fio.truncate(1), fio.closefd, fio.isatty())
fio.close(); print(fio.closed, repr(fio))
fd_holder = _io.FileIO(D + 'fio', 'r')
print(fd_holder.read(), fd_holder.fileno() > 2)
w = _io.FileIO(fd_holder.fileno(), closefd=False); print(w.read(), w.closefd, w.name == fd_holder.fileno()); w.close(); print(fd_holder.read())
fd_holder.close()
for res in (-1, 'x'):
    try: open(D + 'fio', opener=lambda p, fl: res)
    except Exception as e: print(type(e).__name__, e)
try: _io.FileIO(D + 'fio', 'r').write(b'x')
except Exception as e: print(type(e).__name__, e)
try: _io.FileIO(D + 'fio', 'w').read()
except Exception as e: print(type(e).__name__, e)
try: open(D + 'fio', 'r', buffering=0)
except Exception as e: print(type(e).__name__, e)
print(type(open(D + 'fio', 'rb', buffering=0)).__name__, type(open(D + 'fio', 'r+b')).__name__)
with open(D + 'enc.txt', 'w', encoding='latin-1', newline='\r\n') as f:
    f.write('café\nx\n')
print(open(D + 'enc.txt', 'rb').read(), open(D + 'enc.txt', encoding='latin1').read().encode())
with open(D + 'sig.txt', 'w', encoding='utf-8-sig') as f:
    f.write('héllo\n'); f.write('two\n')
print(open(D + 'sig.txt', 'rb').read())
with open(D + 'sig.txt', encoding='utf-8-sig') as f:
    print(repr(f.readline()), f.tell(), repr(f.read()), f.tell(), f.seek(0), repr(f.read(2)))
print(repr(open(D + 'sig.txt', encoding='utf-8').read()))
with open(D + 'sig.txt', 'a', encoding='utf-8-sig') as f:
    f.write('more\n')
print(open(D + 'sig.txt', 'rb').read())
print(_io.TextIOWrapper(_io.BytesIO(b'\xef\xbb\xbfabc'), encoding='utf-8-sig').read())
print(_io.TextIOWrapper(_io.BytesIO(b'abc'), encoding='utf_8_sig').read())
t = _io.TextIOWrapper(_io.BytesIO(b'\xef\xbb\xbfa\nb\n'), encoding='utf-8-sig'); t._CHUNK_SIZE = 1
print(t.readline(), t.tell(), t.readline(), t.tell(), t.encoding)
D = DIR + "/"
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
with open(P(D + 'pp.txt'), 'w') as f: print(f.name == D + 'pp.txt', type(f.name).__name__)
import _io
r = _io.FileIO(P(D + 'pp.txt')); print(type(r.name).__name__); r.close()
try: open(P(D + 'nope/x'))
except OSError as e: print(e.filename == D + 'nope/x')
try: open(P(5))
except TypeError as e: print(e)
b = _io.BytesIO(b'x'); b.__del__(); print(b.closed)
s = _io.StringIO(); s.__del__(); print(s.closed)
with open(D + 'rw.txt', 'w') as f: f.write('line1\nline2\nline3\n')
with open(D + 'rw.txt', 'r+') as f:
    print(repr(f.readline())); f.write('X'); print(f.tell())
print(repr(open(D + 'rw.txt').read()))
with open(D + 'rw.txt', 'r+') as f:
    f.write('AB'); print(repr(f.readline()), f.tell())
print(repr(open(D + 'rw.txt').read()))
with open(D + 'rw.txt', 'rb+') as f:
    print(f.read(2)); f.write(b'ZZ'); print(f.tell(), f.read(3)); f.seek(0); print(f.read())
with open(D + 'rw.txt', 'a+') as f:
    f.seek(0); print(repr(f.read(3))); f.write('T'); print(f.tell()); f.seek(0); print(repr(f.read()))
