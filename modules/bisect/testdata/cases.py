# _bisect cases: see modules/internal/golden/gen_golden.py for the format.
!import _bisect as b
!L = [1, 2, 2, 2, 3, 5]
b.bisect_right(L, 2), b.bisect_left(L, 2), b.bisect_right(L, 0), b.bisect_left(L, 9)
b.bisect_right(L, 2, 2), b.bisect_left(L, 2, 0, 2), b.bisect_right(L, 2, hi=3), b.bisect_left(L, 2, lo=4)
b.bisect_right([], 1), b.bisect_left('abd', 'c')
b.bisect_right(L, 2, -1)
b.bisect_left(L, 2, 0, 'x')
b.bisect_right(L)
b.bisect_right(L, 1, 2, 3, 4)
b.bisect_right(L, 1, foo=2)
b.bisect_right(5, 1)
b.bisect_left([1, 'a'], 2)
b.bisect_right([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0])
b.bisect_left([(1, 'a'), (3, 'b')], 3, key=lambda t: t[0])
b.bisect_right(L, 2, 0, None, key=None)
!M = [1, 3]
b.insort_right(M, 2), M
b.insort_left(M, 3), M
b.insort(M, 1)
!N = [(1, 'a'), (3, 'b')]
b.insort_left(N, (2, 'x'), key=lambda t: t[0]), N
b.insort_right(N, (3, 'y'), key=lambda t: t[0]), N
b.insort_right((1, 2), 1)
b.insort_right(M)
