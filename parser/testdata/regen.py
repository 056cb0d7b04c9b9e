"""Regenerates the parser's golden files with CPython 3.13.

Run from the repository root:

    /work/shared/tools/cpython313 parser/testdata/regen.py

For each ast/NAME.py it writes ast/NAME.dump (ast.dump of the module) and ast/NAME.attrs
(the include_attributes=True form). For errors.txt, whose cases are separated by lines
starting with "### ", it writes errors.golden: one JSON object per case with the exception
type, message, lineno, offset, end_lineno and end_offset that compile() reports. For
modes.txt (cases "### MODE" then source) it writes modes.golden with the dump per case.
"""
import ast
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def chunks(path):
    """Yields (header, source) for each '### header' chunk of a file."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    header, lines = None, []
    for line in text.splitlines(keepends=True):
        if line.startswith("### "):
            if header is not None:
                yield header, "".join(lines)
            header, lines = line[4:].rstrip("\n"), []
        else:
            lines.append(line)
    if header is not None:
        yield header, "".join(lines)


def regen_ast():
    d = os.path.join(HERE, "ast")
    for name in sorted(os.listdir(d)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(d, name), "rb") as f:
            tree = ast.parse(f.read(), name)
        base = os.path.join(d, name[:-3])
        with open(base + ".dump", "w", encoding="utf-8") as f:
            f.write(ast.dump(tree) + "\n")
        with open(base + ".attrs", "w", encoding="utf-8") as f:
            f.write(ast.dump(tree, include_attributes=True) + "\n")


def regen_errors():
    out, valid = [], []
    for header, src in chunks(os.path.join(HERE, "errors.txt")):
        try:
            compile(src, "<test>", "exec", flags=ast.PyCF_ONLY_AST)
            valid.append(header)
        except SyntaxError as e:
            out.append({"case": header, "type": type(e).__name__, "msg": e.msg,
                        "lineno": e.lineno, "offset": e.offset,
                        "end_lineno": e.end_lineno, "end_offset": e.end_offset})
    if valid:
        raise SystemExit(f"cases that parse without error: {valid}")
    with open(os.path.join(HERE, "errors.golden"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def regen_modes():
    out = []
    for header, src in chunks(os.path.join(HERE, "modes.txt")):
        tree = ast.parse(src, "<test>", mode=header.split()[0])
        out.append({"case": header, "dump": ast.dump(tree, include_attributes=True)})
    with open(os.path.join(HERE, "modes.golden"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    regen_ast()
    regen_errors()
    regen_modes()
