m = memoryview(b'abcdef')
for f in [lambda: m[10], lambda: m['a'], lambda: m[1.5], lambda: m.cast('x'), lambda: m.cast('H').cast('I'), lambda: m.cast('I'), lambda: m.cast('B', [4]), lambda: hash(memoryview(bytearray(b'a'))), lambda: memoryview(1), lambda: m.cast('B', (2,3))[0], lambda: len(m.cast('B', ())), lambda: m.__setitem__(0, 1), lambda: m.cast('c')[0], lambda: list(m.cast('B', (2,3))), lambda: m.cast('B',(2,3)).tolist(), lambda: m.cast('B',(2,3))[1,2], lambda: m.cast('h').tolist(), lambda: m[::2].tobytes(), lambda: m[::2].cast('B'), lambda: m == b'abcdef', lambda: m.cast('b') == m, lambda: memoryview(bytearray(b'ab')).__delitem__(0)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
mb = memoryview(bytearray(b'abc'))
for v in [300, 'a', -1, b'x']:
    try: mb[0] = v
    except Exception as e: print(type(e).__name__, e)
mb[0:2] = b'xy'; print(mb.obj)
try: mb[0:2] = b'xyz'
except Exception as e: print(type(e).__name__, e)
mc = mb.cast('c'); mc[0] = b'Q'; print(mb.obj, mc[1])
print(m.shape, m.strides, m.suboffsets, m.ndim, m.format, m.itemsize, m.nbytes, m.readonly, m.c_contiguous, m[::2].contiguous)
m.release()
try: m[0]
except Exception as e: print(type(e).__name__, e)
print(hash(memoryview(b'ab')) == hash(b'ab'))
ba = bytearray(b'xyz'); v = memoryview(ba)
try: ba.append(1)
except Exception as e: print(type(e).__name__, e)
v.release(); ba.append(1); print(ba)
with memoryview(b'ab') as q: print(q.hex(), q.hex(':'), q.tolist())
print('released' in repr(q))
ba2 = bytearray(b'hello'); t = memoryview(ba2)[1:3]; t[0] = ord('E'); del t
ba2.extend(b'!!'); print(ba2, bytes(memoryview(ba2)[::2]), b'-'.join([memoryview(b'a'), b'b']), b'x' + memoryview(b'yz'))
print(memoryview(b'\x00\x01\x02\x03').cast('i')[0], memoryview(bytearray(8)).cast('d').tolist(), memoryview(b'ab').cast('c').tolist())
w = memoryview(bytearray(4)).cast('f'); w[0] = 1.5; print(w[0], w.tolist(), bytes(w.obj))
print(list(memoryview(b'xyz')), memoryview(b'xyz')[-1], len(memoryview(b'')), memoryview(b'ab') == memoryview(bytearray(b'ab')), memoryview(b'ab') != b'ac')
print(memoryview(b'abc').toreadonly().readonly, memoryview(bytearray(b'a')).readonly, str(memoryview(b'hi'), 'ascii'), bytearray(memoryview(b'zz')))
e = memoryview(bytearray(b'12345678')).cast('H'); e[1] = 65535; print(e.tolist(), e.obj)
print(memoryview(b'ab') == 3)
