"""Regenerate the symbol-table golden files from CPython 3.13.

Run by compile/testdata/regen.sh. For each case of scopes.txt and errors.txt it
records the source, its AST (compile/testdata/astjson.py) and either CPython's
symbol tables, dumped in the layout of symtable.Dump, or the SyntaxError that
building them raises.
"""

import ast
import json
import os
import sys
import _symtable
import symtable

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "testdata"))
from astjson import node  # noqa: E402
from cases import read_cases  # noqa: E402

FLAGS = ["DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE",
         "DEF_FREE", "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT",
         "DEF_COMP_ITER", "DEF_TYPE_PARAM", "DEF_COMP_CELL"]
FLAG_BITS = {"DEF_COMP_ITER": 2 << 8, "DEF_TYPE_PARAM": 2 << 9,
             "DEF_COMP_CELL": 2 << 10}
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE",
          5: "CELL"}
TYPES = {0: "function", 1: "class", 2: "module", 3: "annotation",
         4: "type alias", 5: "type parameters", 6: "type variable"}


def flag_names(v):
    words = []
    rest = v & ((1 << _symtable.SCOPE_OFF) - 1)
    for f in FLAGS:
        bit = FLAG_BITS.get(f) or getattr(_symtable, f)
        if rest & bit:
            words.append(f)
            rest &= ~bit
    if rest:
        words.append(hex(rest))
    scope = (v >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
    if scope:
        words.append(SCOPES[scope])
    return " ".join(words)


def dump(t, ind, out):
    out.append(f"{ind}{TYPES[t.type]} {t.name} line={t.lineno} nested={t.nested}")
    if t.varnames:
        out.append(f"{ind}  varnames: {' '.join(t.varnames)}")
    for name in sorted(t.symbols):
        out.append(f"{ind}  {name}: {flag_names(t.symbols[name])}")
    for c in t.children:
        dump(c, ind + "  ", out)


def run(src_path, out_path):
    results = []
    for name, src in read_cases(src_path):
        case = {"name": name, "source": src}
        tree = ast.parse(src)
        case["ast"] = node(tree)
        try:
            top = symtable.symtable(src, "<case>", "exec")
            out = []
            dump(top._table, "", out)
            case["dump"] = "\n".join(out) + "\n"
        except SyntaxError as e:
            case["error"] = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                             "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        results.append(case)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for base in ("scopes", "errors"):
        run(os.path.join(here, base + ".txt"), os.path.join(here, base + ".golden.json"))
