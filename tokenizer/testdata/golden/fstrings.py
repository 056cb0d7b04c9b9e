a = f"plain"
b = f'{x}'
c = f"{x!r} {y!s} {z!a}"
d = f"{x:>10} {y:{w}.{p}f}"
e = f"{x=}"
f = f"{x=!r:>{w}}"
g = f"{'a' if x else 'b'}"
h = f"{f'{f"{1}"}'}"
i = f'''{x
+ y}'''
j = f"{{literal}} {{ {x} }}"
k = rf"raw {x} \n" + fr'\d{y}' + Rf"{z}" + fR'{w}' + F"{v}" + RF'{u}'
l = f"{x:{'>'}10}"
m = f"{d['key']}" f'{d["key"]}'
n = f"""{
    x
}"""
o = f"{x!r:^20}"
p = f"{3.14:.2f}"
q = f"{a}{b}{c}"
r = f"{lambda: 1}"
s = f"{ x = }"
t = f"\N{BULLET} {x} \N{DEGREE SIGN}"
u = f"{x:{{}}>10}"
v = f"{'''nested'''}"
w = f"{x:=^10}"
x = f"{(y := 10)}"
y = f"{x, y}"
z = f"{'\n'.join(a)}"
aa = f"{x:%Y-%m-%d}"
bb = f"{x!r}" + f"{x}" f"{{"
cc = f"a{{"
dd = f"}}b"
ee = f'{x:}'
ff = f"{x:{y}}"
gg = f"{x}{y!r}"
hh = f'{a["b"]:{c}}'
