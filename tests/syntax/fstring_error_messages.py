# The messages of malformed f-string replacement fields.
for src in ["f'{3!g'", "f'{3!3}'", "f'{3!!}'", "f'{lambda x:}'", "f'{lambda :}'", "f'{+ lambda:None}'",
            "f'{3!g}'", "f'{3!}'", "f'{3!:x}'", "f'{3! r}'", "f'{=}'", "f'{!r}'", "f'{:x}'", "f'{}'",
            "f'{3 +}'", "f'{3=!g}'", "f'{3 3}'"]:
    try:
        compile(src, '<f>', 'eval')
        print(src, 'compiled')
    except SyntaxError as e:
        print(src, '->', e.msg, e.offset)
print(f'{3!r:>5}', f'{"x"!a}', f'{3=}', f'{3=!s:>4}')
