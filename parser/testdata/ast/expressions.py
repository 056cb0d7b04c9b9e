a or b or c and d and not e
x if y else z
lambda: 0
lambda a, b=1, *c, d, e=2, **f: a
lambda *, k: k
lambda a, /, b: a
1 + 2 - 3 * 4 / 5 // 6 % 7 @ 8 ** -9
a | b ^ c & d << e >> f
-x, +y, ~z, not w
a < b <= c > d >= e == f != g is h is not i in j not in k
(a) + (b)
((a).b)[c](d)
f(x for x in y)
f(a, *b, c=1, **d, e=2)
f(*a, *b, **c, **d)
f(a)(b)[c].d
x[1]
x[1:2]
x[::]
x[:2, 3:, ::4]
x[a, *b]
x[*a]
x[a:=1]
(y := 10)
[y := 1, 2]
await_ = 1
...
None, True, False
(), (1,), (1, 2), [], [1, *a], {}, {1}, {1: 2, **d}, {*a, *b}
[x for x in y if x if not x for z in x]
{x for x in y}
{k: v for k, v in d.items()}
(x async for x in y)
[await x async for x in y]
(yield)
