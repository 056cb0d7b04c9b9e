f"plain"
f"{x}"
f"a{x}b{y}c"
f"{x!r} {y!s} {z!a}"
f"{x:>10} {y:{w}.{p}f}"
f"{x=}" f"{x = }" f"{x=!s}" f"{x=:>4}"
f"{x:}"
f""
f"{'nested'}" f'{"q"}'
f"{f'{x}'}"
f"{{literal}} {x}"
f"a" "b" f"{c}" "d"
"a" f"b"
rf"raw {x} \n"
f"""multi
{x
}
line"""
f"{ x   }"
f"{x,y}"
f"{*a,}"
f"{yield}"
f"\N{BULLET} {x}"
f"{x:{y}}"
f"{x!r:^{width}}"
f'{a["b"]}'
