"""Invalid sources whose SyntaxError comes from CPython's tokenizer.

regen.sh compiles each with CPython 3.13 and writes errors.jsonl: the
source with the exception class, message, position and line text. The
tests check that the tokenizer reports exactly that.
"""
import json
import sys

CASES = [
    # Strings.
    "x = 'abc",
    "x = 'abc\n",
    'x = "abc\ny = 1\n',
    "x = b'ab\\'\n",
    "'''abc",
    "'''abc\n",
    'x = 1\ny = """abc\n\n\n',
    "x = (1,\n'''abc\ndef\n",
    "s = 'caf\u00e9\n",
    # f-strings.
    "f'abc",
    'f"""abc\ndef\n',
    "f'{x'",
    "f'{x:{y'",
    "f'}'",
    "f'{)}'",
    "f'{x)}'",
    'f"{x:{y:{z:{w}}}}"\n',
    'f"{\'a\' + \'b\'"\n',
    "f'a{{'\nf'b}'\n",
    "x = f'{a}' + f'{b\n",
    # Numbers.
    "1abc",
    "x = 1_",
    "x = 1__0",
    "x = 1e",
    "x = 1e+",
    "x = 1.5e-x",
    "x = 0x",
    "x = 0xg",
    "x = 0x_",
    "x = 0o8",
    "x = 0o",
    "x = 0o1_8",
    "x = 0b12",
    "x = 0b",
    "x = 0b_2",
    "x = 07",
    "x = 0_7",
    "x = 00012",
    "x = 1jx",
    "x = 0b1a",
    "x = 0o7a",
    "x = 0xfg",
    "x = 12abc",
    "x = 0_",
    # Brackets.
    ")",
    "x = 1)\n",
    "(]",
    "(\n]",
    "x = [1, 2}\n",
    "x = (1,\n2",
    "x = [\n1,\n",
    "foo(a, [b, {c: d\n",
    "x = (" * 201,
    "x = }",
    # Characters.
    "x = 1\u20ac\n",
    "x = 1\u00a0\n",
    "x = a\u00a0b\n",
    "\u20ac = 1\n",
    "x = \x01\n",
    "x = 1 \x7f\n",
    "a\u2028b = 1\n",
    "x = 2 \u00b2\n",
    "\U0001F600 = 1\n",
    # Indentation.
    "if x:\n    a\n  b\n",
    "if x:\n        a\n    b\n",
    "if x:\n\ty\n        z\n",
    "if x:\n        y\n\tz\n",

    "if x:\n\ty = 1\n    \tz = 2\n",
    "".join("    " * i + "if x:\n" for i in range(101)) + "    " * 101 + "pass\n",
    # Line continuation.
    "x = 1 \\ 2\n",
    "x = 1\ny = 2 \\x\n",
    "x = 1 \\",
    "\\\n",
    "x = \\\n",
    "if x:\n    \\ y\n",
    "w = \\\n\\3\n",
    "\nw = \\\n\\f\"j",
    "x = '''a\nb''' \\ 3\n",
    "x = 1 + \\\n  2 + \\\n  3 \\ 4\n",
    "if x:\n  \\\n  \\ y\n",
    # f-string literal text.
    "f'abc\\\n",
    "x = f'''{a}\n{b\n",
    "f'{\"a\"'",
]

for src in CASES:
    try:
        compile(src, '<test>', 'exec')
    except SyntaxError as e:
        text = e.text
        if text is not None:
            text = text.rstrip('\n')
        print(json.dumps({
            'src': src, 'type': type(e).__name__, 'msg': e.msg,
            'lineno': e.lineno, 'offset': e.offset,
            'end_lineno': e.end_lineno, 'end_offset': e.end_offset,
            'text': text,
        }, ensure_ascii=False))
    else:
        sys.exit('no SyntaxError for %r' % (src,))
