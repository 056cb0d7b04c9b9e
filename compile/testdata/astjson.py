"""Serialise a CPython 3.13 AST as JSON for Taipan's compiler tests.

Every node becomes {"_": ClassName, field: value, ..., "@": [lineno, col,
end_lineno, end_col]}; constants become {"t": kind, "v": text} so that ints of
any size, floats, complex numbers, bytes and strs with lone surrogates survive
the trip. compile/internal/astjson reads this format back into Taipan's ast.
"""

import ast


def const(v):
    if v is None:
        return {"t": "None"}
    if v is Ellipsis:
        return {"t": "Ellipsis"}
    if isinstance(v, bool):
        return {"t": "bool", "v": "True" if v else "False"}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": v.hex()}
    if isinstance(v, complex):
        return {"t": "complex", "v": [v.real.hex(), v.imag.hex()]}
    if isinstance(v, str):
        # Lone surrogates cannot travel in JSON text; send the bytes of the
        # generalised UTF-8 form Taipan's ast.Str uses.
        return {"t": "str", "v": v.encode("utf-8", "surrogatepass").hex()}
    if isinstance(v, bytes):
        return {"t": "bytes", "v": v.hex()}
    raise TypeError(type(v))


def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if n is None or isinstance(n, (str, int)) and not isinstance(n, bool):
        return n
    if not isinstance(n, ast.AST):
        return const(n)
    out = {"_": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value":
            out[f] = const(v)
        else:
            out[f] = node(v)
    if "lineno" in n._attributes:
        out["@"] = [n.lineno, n.col_offset, n.end_lineno, n.end_col_offset]
    return out
