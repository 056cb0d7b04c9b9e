"""Print CPython 3.13's symbol tables for every .py file under a directory.

Used by the compiler's development check (compile/internal/libcheck): one JSON
object per line, {"path": ..., "dump": ...} or {"path": ..., "error": ...},
plus "compile_error" when the symbol tables build but compile() fails,
with dumps in the layout of symtable.Dump.
"""

import importlib.util
import json
import os
import sys
import symtable

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "symtable", "testdata"))
from gen_symtable import dump  # noqa: E402


def main(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            rec = {"path": path}
            try:
                with open(path, "rb") as f:
                    src = f.read()
                top = symtable.symtable(importlib.util.decode_source(src), path, "exec")
                out = []
                dump(top._table, "", out)
                rec["dump"] = "\n".join(out) + "\n"
                try:
                    compile(src, path, "exec", dont_inherit=True)
                except SyntaxError as e:
                    rec["compile_error"] = f"{type(e).__name__}: {e}"
            except (SyntaxError, UnicodeDecodeError, ValueError) as e:
                rec["error"] = f"{type(e).__name__}: {e}"
            print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
