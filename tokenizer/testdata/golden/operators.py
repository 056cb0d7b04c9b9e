a->b
a := 1
a ** b ** c
a // b
a@b
a!=b
x[1:2, ::3, ...]
f(*a, **k)
{**a, 'b': 2}
a<b>c<=d>=e==f
a<<b>>c
~a
a if b else c
print(*[1], sep=';')
@decorator
def g(): ...
