# array cases: see modules/internal/golden/gen_golden.py for the format.
!import array
!from array import array as A
!def err(f):
!    try: f(); return 'ok'
!    except Exception as e: return type(e).__name__ + ': ' + str(e)
!def lims(tc, vals): return [err(lambda: A(tc, [v])) for v in vals]
!BIG = [2**7, -2**7-1, 2**8, -1, 2**15, -2**15-1, 2**16, 2**31, -2**31-1, 2**32, 2**63, -2**63-1, 2**64]
!def mut(a, f): f(a); return a
array.typecodes, array.ArrayType is A, A.__module__, A.__name__, A.__qualname__
sorted(n for n in dir(array) if not n.startswith('__'))
[(tc, A(tc).itemsize, A(tc).typecode) for tc in array.typecodes]
# every typecode's limits
A('b', [-128, 127, 0]), lims('b', BIG)
A('B', [0, 255]), lims('B', BIG)
A('h', [-32768, 32767]), lims('h', BIG)
A('H', [0, 65535]), lims('H', BIG)
A('i', [-2**31, 2**31-1]), lims('i', BIG)
A('I', [0, 2**32-1]), lims('I', BIG)
A('l', [-2**63, 2**63-1]), lims('l', BIG)
A('L', [0, 2**64-1]), lims('L', BIG)
A('q', [-2**63, 2**63-1]), lims('q', BIG)
A('Q', [0, 2**64-1]), lims('Q', BIG)
A('f', [1.5, -0.0, 3.14, 1e300, 1e-50, float('inf')]), A('d', [0.1, float('nan'), -float('inf'), 10**20])
[err(lambda: A(tc, [1.0])) for tc in 'bBhHiIlLqQ']
[err(lambda: A(tc, ['1'])) for tc in 'bBhHiIlLqQfd']
[err(lambda: A(tc, [None])) for tc in 'bBhHiIlLqQfduw']
A('d', [10**400])
A('d', [1, True, 2.5]), A('B', [True, False]), A('f', [2**24 + 1])
!class Idx:
!    def __index__(self): return 7
!class Flt:
!    def __float__(self): return 2.5
A('i', [Idx()]), A('Q', [Idx()]), A('d', [Idx(), Flt()]), err(lambda: A('i', [Flt()]))
A('u', 'abc'), A('w', 'abc'), A('u', ['x', 'y']), A('w', '\U0001F600é')
err(lambda: A('u', [1])), err(lambda: A('w', ['ab'])), err(lambda: A('w', [''])), err(lambda: A('u', [b'a']))
A('w', '\U0001F600').tobytes(), A('u', 'a').itemsize
# the constructor
A('i'), A('i', []), A('i', ()), A('i', (1, 2)), A('i', range(4)), A('i', iter([5, 6])), A('i', (x for x in [7]))
A('b', b'\x01\xff'), A('B', bytearray(b'\x01\xff')), A('h', b'\x01\x00\x02\x00'), A('d', b'\x00' * 8)
err(lambda: A('h', b'\x01')), err(lambda: A('i', b'\x01\x02\x03'))
A('i', A('i', [1, 2])), A('d', A('i', [1, 2])), A('i', A('b', [-1])), A('u', A('w', 'ab')), A('w', A('u', 'ab'))
err(lambda: A('u', A('i', [1])))
err(lambda: A('i', A('u', 'a')))
err(lambda: A('i', 'abc'))
err(lambda: A('i', 5))
err(lambda: A('x'))
err(lambda: A('w\x00'))
err(lambda: A(''))
err(lambda: A('ii'))
err(lambda: A(1))
err(lambda: A(b'i'))
err(lambda: A())
err(lambda: A('i', [], 1))
err(lambda: A('i', initializer=[]))
err(lambda: A(typecode='i'))
err(lambda: A('i', [1, 'x', 2]))
# indexing and slicing
!a = A('i', [1, 2, 3, 4, 5])
a[0], a[-1], a[4], a[True], a[1:3], a[::-2], a[::2], a[10:], a[-100:2], a[3:1], a[:]
err(lambda: a[5]), err(lambda: a[-6]), err(lambda: a['x']), err(lambda: a[1.0]), err(lambda: a[2**70]), err(lambda: a[1:2:0])
type(a[1:2]), a[1:2] is a, a[:] == a, a[:] is a
!def setit(k, v): b = A('i', [1, 2, 3, 4, 5]); b[k] = v; return b
setit(0, 9), setit(-1, 9), setit(True, 0)
err(lambda: setit(5, 9)), err(lambda: setit(-6, 9)), err(lambda: setit('a', 1)), err(lambda: setit(0, 'x')), err(lambda: setit(0, 2**40))
setit(slice(1, 3), A('i', [7])), setit(slice(1, 3), A('i')), setit(slice(1, 1), A('i', [8, 9])), setit(slice(10, 20), A('i', [6]))
setit(slice(None, None, 2), A('i', [7, 8, 9])), setit(slice(None, None, -2), A('i', [7, 8, 9])), setit(slice(4, 0, -1), A('i', [1, 2, 3, 4]))
setit(slice(3, 1), A('i', [0])), setit(slice(None), A('i'))
err(lambda: setit(slice(None, None, 2), A('i', [7])))
err(lambda: setit(slice(1, 3), [7]))
err(lambda: setit(slice(1, 3), A('h', [7])))
err(lambda: setit(slice(0, 2, 1), 5))
!def delit(k): b = A('i', [1, 2, 3, 4, 5]); del b[k]; return b
delit(0), delit(-1), delit(slice(1, 3)), delit(slice(None, None, 2)), delit(slice(None, None, -2)), delit(slice(5, 0, -3)), delit(slice(3, 1)), delit(slice(None))
err(lambda: delit(5)), err(lambda: delit('x'))
!s = A('i', [1, 2, 3])
mut(A('i', [1, 2, 3]), lambda b: b.__setitem__(slice(1, None), b)), mut(A('i', [1, 2]), lambda b: b.__setitem__(slice(None, None, 1), b))
# methods
mut(A('i', [1]), lambda b: b.append(2)), err(lambda: A('i').append('x')), err(lambda: A('b').append(200)), err(lambda: A('i').append())
mut(A('i', [1]), lambda b: b.extend([2, 3])), mut(A('i', [1]), lambda b: b.extend(A('i', [4]))), mut(A('i', [1]), lambda b: b.extend(iter(()))), mut(A('i', [1]), lambda b: b.extend(b))
err(lambda: A('i').extend(A('h', [1]))), err(lambda: A('i').extend(5)), err(lambda: A('i').extend('ab'))
!p = A('i', [1])
err(lambda: p.extend([2, 'x', 3])), p
mut(A('i', [1, 2]), lambda b: b.insert(0, 0)), mut(A('i', [1, 2]), lambda b: b.insert(1, 9)), mut(A('i', [1, 2]), lambda b: b.insert(100, 9)), mut(A('i', [1, 2]), lambda b: b.insert(-1, 9)), mut(A('i', [1, 2]), lambda b: b.insert(-100, 9))
err(lambda: A('i').insert('a', 1)), err(lambda: A('i').insert(0, 'a')), err(lambda: A('i').insert(0))
!q = A('i', [1, 2, 3, 4])
q.pop(), q, q.pop(0), q, q.pop(-1), q
err(lambda: A('i', [1]).pop(1)), err(lambda: A('i', [1]).pop(-2)), err(lambda: A('i').pop()), err(lambda: A('i', [1]).pop('a')), err(lambda: A('i', [1]).pop(0, 1))
mut(A('i', [1, 2, 1]), lambda b: b.remove(1)), err(lambda: A('i', [1]).remove(2)), err(lambda: A('i', [1]).remove('x'))
!r = A('i', [1, 2, 3, 2, 1])
r.index(2), r.index(2, 2), r.index(1, -1), r.index(2, -3, -1), r.index(3, 0, 3), r.index(1.0), r.index(True)
err(lambda: r.index(9)), err(lambda: r.index(3, 3)), err(lambda: r.index(2, None)), err(lambda: r.index(2, 'a')), err(lambda: r.index()), err(lambda: r.index(1, 0, 5, 6))
r.count(1), r.count(2), r.count(9), r.count('x'), r.count(1.0), A('d', [float('nan')]).count(float('nan'))
mut(A('i', [1, 2, 3]), lambda b: b.reverse()), mut(A('i'), lambda b: b.reverse()), mut(A('u', 'abc'), lambda b: b.reverse())
type(A('i', [1]).buffer_info()), A('i', [1, 2, 3]).buffer_info()[1], A('i').buffer_info()[1]
[mut(A(tc, [1, 2]), lambda b: b.byteswap()).tobytes() for tc in 'bBhHiIlLqQfd']
mut(A('w', 'a'), lambda b: b.byteswap()).tobytes()
A('h', [1, -2]).tobytes(), A('f', [1.0]).tobytes(), A('d', [-2.5]).tobytes(), A('Q', [2**64-1]).tobytes(), A('i').tobytes()
mut(A('h'), lambda b: b.frombytes(b'\x01\x00\x02\x00')), mut(A('b'), lambda b: b.frombytes(bytearray(b'\x05'))), mut(A('b'), lambda b: b.frombytes(memoryview(b'\x06')))
mut(A('B', [1]), lambda b: b.frombytes(A('B', [2]))), mut(A('h'), lambda b: b.frombytes(A('b', [1, 0])))
err(lambda: A('h').frombytes(b'\x01')), err(lambda: A('h').frombytes('ab')), err(lambda: A('h').frombytes(5)), err(lambda: A('h').frombytes())
!fl = A('h', [1])
fl.fromlist([2, 3]), fl, err(lambda: fl.fromlist([4, 'x'])), fl, err(lambda: fl.fromlist((5,))), err(lambda: fl.fromlist([10**6])), fl
A('d', [1, 2.5]).tolist(), A('u', 'ab').tolist(), A('Q', [2**64-1]).tolist(), A('i').tolist()
A('u', 'ab').tounicode(), A('w', 'a\U0001F600').tounicode(), A('w').tounicode(), err(lambda: A('i').tounicode()), err(lambda: A('b', [65]).tounicode())
mut(A('w', 'x'), lambda b: b.fromunicode('yz')), mut(A('u'), lambda b: b.fromunicode('')), err(lambda: A('i').fromunicode('a')), err(lambda: A('w').fromunicode(1)), err(lambda: A('i').fromunicode(1))
# files
!class F:
!    def __init__(self, data=b''): self.data = data; self.writes = []
!    def read(self, n): r = self.data[:n]; self.data = self.data[n:]; return r
!    def write(self, b): self.writes.append(b); return len(b)
!f = F()
A('h', [1, 2]).tofile(f), f.writes
A('i').tofile(f), f.writes
len(F().writes) if A('b', range(10)).tofile(F()) else 'none'
!g = F(b'\x01\x00\x02\x00\x03\x00')
mut(A('h'), lambda b: b.fromfile(g, 2)), g.data
!g2 = F(b'\x01\x00\x02')
err(lambda: A('h').fromfile(g2, 2))
!b3 = A('h'); g3 = F(b'\x01\x00\x02\x00')
err(lambda: b3.fromfile(g3, 5)), b3
err(lambda: A('h').fromfile(F(), -1)), err(lambda: A('h').fromfile(F(), 'x')), err(lambda: A('h').fromfile(1, 1)), err(lambda: A('h').fromfile(F()))
!class S:
!    def read(self, n): return 'ab'
err(lambda: A('b').fromfile(S(), 2))
err(lambda: A('b', [1]).tofile(1))
mut(A('h'), lambda b: b.fromfile(F(), 0))
# operators
A('i', [1]) + A('i', [2, 3]), A('i', [1, 2]) * 2, 3 * A('b', [0]), A('i', [1]) * 0, A('i', [1]) * -5, A('i') * 5
err(lambda: A('i', [1]) + A('h', [2])), err(lambda: A('i', [1]) + [2]), err(lambda: [2] + A('i', [1])), err(lambda: A('i') * 'x'), err(lambda: A('i') * 1.5), err(lambda: A('i') + 1)
!def iadd(a, b): a += b; return a
!def imul(a, n): a *= n; return a
iadd(A('i', [1]), A('i', [2])), imul(A('i', [1, 2]), 2), imul(A('i', [1, 2]), 0), imul(A('i', [1]), -1)
err(lambda: iadd(A('i'), [1])), err(lambda: iadd(A('i'), A('d'))), err(lambda: imul(A('i'), 'x'))
!ia = A('i', [1]); ib = ia; ia += A('i', [2])
ia is ib, ib
2 in A('i', [1, 2]), 3 in A('i', [1, 2]), 'x' in A('i', [1]), 2.0 in A('d', [2]), 'a' in A('u', 'abc'), 'ab' in A('u', 'abc')
list(A('d', [1, 2])), list(A('u', 'ab')), list(A('i')), len(A('i', [1, 2, 3])), bool(A('i')), bool(A('i', [0]))
!it = iter(A('i', [1, 2, 3]))
type(it).__name__, type(it).__module__, next(it), it.__reduce__()[1:], list(it), it.__reduce__()[1:]
!it2 = iter(A('i', [1, 2, 3])); it2.__setstate__(2)
list(it2)
!it3 = iter(A('i', [1, 2, 3])); it3.__setstate__(-5)
list(it3)
!it4 = iter(A('i', [1, 2, 3])); it4.__setstate__(50)
list(it4)
# comparisons
A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) != A('i', [1, 2]), A('i', [1]) == A('i', [1, 2]), A('i', [1]) != A('i', [1, 2])
A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) <= A('i', [1, 2]), A('i', [1, 2]) > A('i', [1]), A('i', [2]) >= A('i', [1, 9]), A('i') < A('i', [0])
A('i', [1]) == A('h', [1]), A('b', [-1]) < A('B', [1]), A('i', [1]) == A('d', [1.0]), A('u', 'ab') == A('w', 'ab'), A('u', 'a') < A('w', 'b')
A('d', [float('nan')]) == A('d', [float('nan')]), A('d', [float('nan')]) != A('d', [float('nan')]), A('d', [0.0]) == A('d', [-0.0])
A('i', [1]) == [1], A('i', [1]) != [1], err(lambda: A('i') < [1]), err(lambda: A('i') < A('u'))
err(lambda: hash(A('i')))
# repr
A('i', [1, 2]), A('b'), A('u', 'a"\'b'), A('w', ''), A('f', [0.1]), A('d', [1e100]), repr(A('B', range(3))), str(A('h', [-1]))
!class Sub(A): pass
Sub('i', [1]), Sub('w', 'x'), Sub('i'), type(Sub('i', [1])[:]), type(Sub('i') + Sub('i')), type(Sub('i') * 2)
err(lambda: Sub('i', foo=1))
!class Sub2(A):
!    def __init__(self, *a, **k): self.k = k
Sub2('i', [1], foo=2), Sub2('i', foo=3).k
!su = Sub('i', [1]); su.x = 5
su.__dict__, err(lambda: setattr(A('i'), 'x', 1))
# pickling support
A('i', [1, 2]).__reduce_ex__(3), A('i', [1, 2]).__reduce_ex__(2), A('i', [1, 2]).__reduce_ex__(0)
A('u', 'ab').__reduce_ex__(4), A('u', 'ab').__reduce_ex__(1), A('w', 'ab').__reduce_ex__(3)
[A(tc, [1]).__reduce_ex__(4)[1][2] for tc in 'bBhHiIlLqQfd']
su.__reduce_ex__(4), su.__reduce_ex__(2), Sub('i').__reduce_ex__(4)
err(lambda: A('i').__reduce_ex__('x')), err(lambda: A('i').__reduce_ex__())
A('i', [1, 2]).__copy__(), A('i', [1, 2]).__deepcopy__({}), type(su.__copy__())
!R = array._array_reconstructor
R(A, 'i', 8, b'\x01\x00\x00\x00'), R(A, 'i', 9, b'\x01\x00\x00\x00'), R(A, 'i', 10, b'\x01' + b'\x00' * 7), R(A, 'b', 1, b'\xff'), R(A, 'B', 0, b'\xff')
R(A, 'h', 5, b'\xff\xfe'), R(A, 'H', 3, b'\x01\x02'), R(A, 'q', 13, b'\xff' * 8), R(A, 'Q', 11, b'\x00' * 7 + b'\x01'), R(A, 'l', 7, b'\x00\x00\x00\x05')
R(A, 'f', 14, b'\x00\x00\xc0\x3f'), R(A, 'd', 15, b'\x3f\xc0\x00\x00'), R(A, 'f', 16, b'\x00' * 7 + b'\x40'), R(A, 'd', 17, b'\x40' + b'\x00' * 7)
R(A, 'u', 20, b'a\x00\x00\x00'), R(A, 'w', 21, b'\x00\x00\x00a\x00\x00\x00b'), R(A, 'u', 18, b'a\x00=\xd8\x00\xde\x00\x00'), R(A, 'w', 19, b'\x00a\x00b')
err(lambda: R(A, 'w', 19, b'\x00a')), err(lambda: R(A, 'w', 21, b'\x00\x00\x00a')), err(lambda: R(A, 'i', 18, b'a\x00b\x00'))
R(Sub, 'i', 8, b'\x02\x00\x00\x00'), R(A, 'i', 8, b'')
err(lambda: R(A, 'x', 8, b'')), err(lambda: R(A, 'i', 22, b'')), err(lambda: R(A, 'i', -1, b'')), err(lambda: R(A, 'i', 8, b'\x01'))
err(lambda: R(A, 'i', 9, b'\x01')), err(lambda: R(1, 'i', 8, b'')), err(lambda: R(int, 'i', 8, b'')), err(lambda: R(A, 'i', 8, 'x'))
err(lambda: R(A, 'i', 8)), err(lambda: R(A, 'i', 14, b'\x00' * 4)), err(lambda: R(A, 'f', 14, b'\x00' * 3)), err(lambda: R(A, 1, 8, b'')), err(lambda: R(A, 'i', 'x', b''))
A[int], A.__class_getitem__(str)
# buffer export
memoryview(A('i', [1, 2])).tolist(), memoryview(A('d', [1.5])).format, memoryview(A('H', [1])).itemsize, memoryview(A('q', [1, 2, 3])).nbytes
[(tc, memoryview(A(tc)).format, memoryview(A(tc)).itemsize) for tc in array.typecodes]
bytes(A('h', [1, 2])), bytearray(A('b', [1])), b''.join([A('B', [65, 66])]), err(lambda: memoryview(A('w', 'a')).tolist())
memoryview(A('b', [1, 2, 3]))[1], memoryview(A('b', [1, 2, 3]))[1:].tolist(), memoryview(A('i', [7])).cast('B').tolist()
!mb = A('i', [1, 2]); mv = memoryview(mb); mv[0] = 9
mb, mv.readonly, mv.obj is mb, mv.shape, mv.strides
!mc = A('i', [1, 2]); mvc = memoryview(mc)
err(lambda: mc.append(3)), err(lambda: mc.pop()), err(lambda: mc.extend([1])), err(lambda: mc.frombytes(b'\x00' * 4)), err(lambda: mc.remove(1)), err(lambda: mc.insert(0, 1))
err(lambda: mc.__delitem__(0)), err(lambda: mc.__setitem__(slice(0, 1), A('i'))), err(lambda: mc.__iadd__(A('i', [1]))), err(lambda: mc.__imul__(2)), err(lambda: mc.fromlist([1]))
mut(mc, lambda b: b.__setitem__(0, 5)), mut(mc, lambda b: b.__setitem__(slice(0, 2), A('i', [6, 7]))), mut(mc, lambda b: b.reverse()), mvc.tolist()
!md = A('i', [1, 2]); mvd = memoryview(md); mvd.release()
mut(md, lambda b: b.append(3))
!me = A('b', [1])
err(lambda: me.frombytes(me)), me
!with memoryview(A('i', [1])) as mf: pass
err(lambda: mf.tolist())
# surrogates and code points beyond Unicode
A('u', '\ud800x'), A('u', '\ud800x').tounicode() == '\ud800x', A('w', ['\udc00']).tobytes(), A('w', '\ud800')[0]
err(lambda: A('w', '\ud800x')), err(lambda: A('w', '\ud800').tounicode()), err(lambda: A('w', b'\x00\x00\x11\x00').tounicode())
err(lambda: A('w', b'\x00\x00\x11\x00')[0]), err(lambda: A('w', b'\x00\x00\x11\x00').tolist()), err(lambda: A('u', b'\x00\x00\x11\x00').tounicode())
A('w', b'\x00\x00\x11\x00') == A('w', b'\x00\x00\x11\x00'), A('w', b'\x00\x00\x11\x00') < A('w', b'\x01\x00\x11\x00'), A('u', b'\x00\x00\x11\x00').tobytes()
!ue = None
!try: A('w', '\ud800').tounicode()
!except UnicodeDecodeError as e: ue = e
ue.encoding, ue.object, ue.start, ue.end, ue.reason
# clear (3.13)
mut(A('i', [1, 2]), lambda b: b.clear()), mut(A('i'), lambda b: b.clear()), A.clear.__doc__
!cl = A('i', [1]); clm = memoryview(cl)
err(lambda: cl.clear()), cl
!cl2 = A('i'); clm2 = memoryview(cl2)
err(lambda: cl2.clear())
# argument errors
err(lambda: A('i').append(1, 2)), err(lambda: A('i').pop(1, 2)), err(lambda: A('i').tolist(1)), err(lambda: A.append(1, 2)), err(lambda: A('i').count())
err(lambda: A('i').__reduce_ex__(1, 2)), err(lambda: A('i').__reduce_ex__(protocol=2)), err(lambda: R(A, 'i', 8, b'', x=1))
err(lambda: A('i').fromfile(f=1, n=2)), err(lambda: A('i').fromfile(F(), 1, n=2)), err(lambda: A('i').insert(i=1, v=2)), err(lambda: A('i').index(x=1))
# huge numbers as sizes and indices
err(lambda: A('i', [1]) * 2**62), A('i') * 2**62, err(lambda: A('i', [1]) * 2**70), err(lambda: imul(A('b', [1]), 2**62)), err(lambda: imul(A('b', [1]), 2**70))
err(lambda: A('i', [1, 2, 3]).index(2, 2**70)), A('i', [1, 2, 3]).index(2, -2**70), err(lambda: A('i', [1, 2, 3]).pop(2**70)), err(lambda: A('i', [1, 2, 3]).insert(2**70, 5))
err(lambda: A('i', [1, 2, 3])[-2**70]), A('i', [1, 2, 3])[2**70:], err(lambda: A('h').fromfile(F(), 2**70)), err(lambda: iter(A('i')).__setstate__(2**70))
sorted(A('d', [3, 1, 2])), sum(A('Q', [2**64-1, 1])), max(A('b', [-5, 3])), list(reversed(A('i', [1, 2])))
# what pickle needs of the reconstructor and of bound methods
array._array_reconstructor.__reduce__(), A('i').append.__reduce__()[1][1], A('i').append.__reduce__()[0] is getattr
