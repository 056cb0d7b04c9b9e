# Generates golden.json for the assembler tests with CPython 3.13:
#   /path/to/python3.13 gen_golden.py > golden.json
# For each module-level snippet it records CPython's code-generator output
# (instructions before the flow-graph pass, with jump opargs as instruction
# indices, and the constant and name tables), and what CPython makes of it:
# co_code, co_linetable, co_exceptiontable, co_stacksize, co_consts, the
# dis listing and the globals after running it.
import _testinternalcapi, ast, dis, io, json, sys

SNIPPETS = [
    "x = 1\ny = x + 2\n",
    "x = 1\nif x:\n    y = (1, 2)\nelse:\n    y = 3\n",
    "i = 0\nt = 0\nwhile i < 10:\n    t += i\n    i += 1\n",
    "t = 0\nfor i in (1, 2, 3):\n    t = t + i\n",
    "a = 1\nb = 2\na, b = b, a\n",
    "a, b, c = 1, 2, 3\nc, b, a = a, b, c\n",
    "x = None\ny = 1 if x is None else 2\nz = 3 if x is not None else 4\n",
    "if 0:\n    x = 1\nelse:\n    x = 2\nwhile 0:\n    y = 1\n",
    "x = 5\ny = not not x\nz = not (x in (1, 2))\nw = x is not None\n",
    "try:\n    x = 1 // 0\nexcept ZeroDivisionError:\n    x = 2\n",
    "try:\n    x = 1\nfinally:\n    y = 2\n",
    "try:\n    x = 1 // 0\nexcept ZeroDivisionError as e:\n    x = 3\nelse:\n    x = 4\nfinally:\n    y = 5\n",
    "x = [i for i in range(3)] if False else 7\n",
    "a = 1\n\n\n\n\n\nb = a                                                                                           + 1\n",
    "t = 0\nfor i in range(3):\n    if i == 1:\n        continue\n    if i == 2:\n        break\n    t += i\nelse:\n    t = -1\n",
    "a = 1\nb = a and 2 or 3\nc = a < 2 < 3\n",
    "x = 0\nwhile x < 3:\n    x += 1\n    if x == 2:\n        try:\n            y = x\n        except Exception:\n            pass\n",
    "s = 'a'\n" + "".join(f"s = s + '{i}'\n" for i in range(90)) + "if s:\n    t = len(s)\n",
    "def_ = (1, (2, 3), 'x', None, 1.5)\nu = def_[1]\n",
]


def const_json(v):
    if v is None:
        return {"t": "none"}
    if v is Ellipsis:
        return {"t": "ellipsis"}
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": v.hex()}
    if isinstance(v, str):
        return {"t": "str", "v": v}
    if isinstance(v, bytes):
        return {"t": "bytes", "v": v.hex()}
    if isinstance(v, tuple):
        return {"t": "tuple", "v": [const_json(x) for x in v]}
    raise TypeError(type(v))


def const_from_key(k):
    # The code generator's table is keyed by _PyCode_ConstantKey: tuples,
    # floats and friends as (key, value) pairs.
    if type(k) is tuple and len(k) == 2:
        return k[1]
    return k


def case(src):
    seq, md = _testinternalcapi.compiler_codegen(ast.parse(src), "<golden>", 0)
    consts = [const_from_key(k) for k, _ in sorted(md["consts"].items(), key=lambda kv: kv[1])]
    instrs = [[op, arg if arg is not None else 0, l, el, c, ec]
              for op, arg, l, el, c, ec in seq.get_instructions()]
    co = compile(src, "<golden>", "exec")
    out = io.StringIO()
    dis.dis(co, file=out)
    g = {}
    exec(co, g)
    return {
        "source": src,
        "instrs": instrs,
        "consts": [const_json(c) for c in consts],
        "names": sorted(md["names"], key=md["names"].get),
        "co_code": co.co_code.hex(),
        "co_linetable": co.co_linetable.hex(),
        "co_exceptiontable": co.co_exceptiontable.hex(),
        "co_stacksize": co.co_stacksize,
        "co_consts": [repr(c) for c in co.co_consts],
        "dis": out.getvalue(),
        "globals": {k: repr(v) for k, v in g.items() if k != "__builtins__" and not k.startswith("_")},
    }


json.dump([case(s) for s in SNIPPETS], sys.stdout, indent=1)
sys.stdout.write("\n")
