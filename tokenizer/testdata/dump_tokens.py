"""Print the tokens of a Python file as CPython's tokenize module sees them.

Used by regen.sh to produce the golden files. One line per token:
EXACT_TYPE start_line,start_col-end_line,end_col JSON_STRING
with character-based columns, exactly as `python -m tokenize -e` reports.

The tokenize module splits lines on "\n" only, so it cannot read a file
whose lines end in a lone "\r" (compile() translates those). For such
files the text is translated first and NEWLINE/NL tokens get their "\r"
back, which is what the compiler's tokenizer sees.
"""
import io
import json
import sys
import tokenize

path = sys.argv[1]
with open(path, 'rb') as f:
    data = f.read()
lone_cr = b'\r' in data and b'\n' not in data
if lone_cr:
    data = data.replace(b'\r', b'\n')
for tok in tokenize.tokenize(io.BytesIO(data).readline):
    text = tok.string
    if lone_cr and tok.type in (tokenize.NEWLINE, tokenize.NL) and text == '\n':
        text = '\r'
    print('%s %d,%d-%d,%d %s' % (tokenize.tok_name[tok.exact_type],
                                 tok.start[0], tok.start[1], tok.end[0], tok.end[1],
                                 json.dumps(text)))
