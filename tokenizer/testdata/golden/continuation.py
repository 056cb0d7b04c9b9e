x = 1 + \
    2
if a and \
   b:
    pass
y = (1 +
     2)
z = [
    1,
    2,  # trailing comment
]
s = {
    'a': 1,
}
w = \
\
3
def f(
    a,
    b,
):
    return a \
        + b
