"""Regenerate the code-generation golden file from CPython 3.13.

Run by compile/testdata/regen.sh. For each case of each corpus (codegen.txt,
and the other *.txt files here) it records the
source, its AST (compile/testdata/astjson.py) and the pseudo-instruction
listing CPython's code generator produces for the module and for every nested
code object (_testinternalcapi.compiler_codegen, which runs the AST optimiser
first), in the layout of codegen.Listing; or the SyntaxError it raises.
"""

import ast
import json
import os
import sys
import types
import _opcode_metadata
import _testinternalcapi

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "testdata"))
from astjson import node  # noqa: E402
from cases import read_cases  # noqa: E402

OPNAMES = {v: k for k, v in _opcode_metadata.opmap.items()}


def const_repr(k):
    """Undo _PyCode_ConstantKey: show the constant a key stands for."""
    if isinstance(k, types.CodeType):
        return f"<code {k.co_name}>"
    if isinstance(k, tuple) and len(k) >= 2 and isinstance(k[0], type):
        return repr(k[1])
    if isinstance(k, tuple) and len(k) == 2 and isinstance(k[1], (tuple, frozenset)):
        return repr(k[1])
    return repr(k)


def listing(seq, out, indent=""):
    for i, (op, arg, line, end_line, col, end_col) in enumerate(seq.get_instructions()):
        text = f"{indent}{i:3d} {OPNAMES[op]}"
        if arg is not None:
            text += f" {arg}"
        if line >= 0 or end_line >= 0:
            text += f"  @{line}:{col}-{end_line}:{end_col}"
        out.append(text)
    for n, nested in enumerate(seq.get_nested()):
        out.append(f"{indent}nested {n}:")
        listing(nested, out, indent + "  ")


def run(src_path, out_path):
    results = []
    for name, src in read_cases(src_path):
        case = {"name": name, "source": src}
        tree = ast.parse(src)
        case["ast"] = node(tree)
        try:
            seq, meta = _testinternalcapi.compiler_codegen(tree, "<case>", 0)
            out = []
            consts = sorted(meta["consts"].items(), key=lambda kv: kv[1])
            out.append("consts: " + ", ".join(const_repr(k) for k, _ in consts))
            for field in ("names", "varnames", "cellvars", "freevars"):
                items = sorted(meta[field].items(), key=lambda kv: kv[1])
                out.append(f"{field}: " + ", ".join(k for k, _ in items))
            listing(seq, out)
            case["listing"] = "\n".join(out) + "\n"
        except SyntaxError as e:
            case["error"] = {"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                             "end_lineno": e.end_lineno, "end_offset": e.end_offset}
        results.append(case)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    # Every NAME.txt here is a corpus; its listings go to NAME.golden.json.
    here = os.path.dirname(os.path.abspath(__file__))
    for entry in sorted(os.listdir(here)):
        if entry.endswith(".txt"):
            base = entry[:-len(".txt")]
            run(os.path.join(here, entry), os.path.join(here, base + ".golden.json"))
