"""Writes strcases.json: calls of str, bytes and bytearray operations and methods with the
results CPython 3.13 gives (repr of the result, or "ExceptionName: message"). The Go tests
(str_golden_test.go) replay every call and compare.

Run from the repository root:  python3.13 objects/testdata/strcases_gen.py
The case lists live in strcases_*.py next to this script; each defines CASES, a list of
(receiver, operation, args, kwargs) built with C() below.
"""
import json
import operator
import os
import sys

assert sys.version_info[:2] == (3, 13), "needs CPython 3.13"
if os.environ.get("PYTHONHASHSEED") != "0":
    # Hash values are compared under PYTHONHASHSEED=0 (the zero SipHash key).
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)


def enc(v):
    if v is None:
        return {"none": 1}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return {"sx": v.encode("utf-8", "surrogatepass").hex()}
        return {"s": v}
    if isinstance(v, bytearray):
        return {"ba": v.hex()}
    if isinstance(v, bytes):
        return {"b": v.hex()}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, list):
        return {"l": [enc(x) for x in v]}
    if isinstance(v, slice):
        return {"slice": [enc(v.start), enc(v.stop), enc(v.step)]}
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v))


def call(recv, op, args, kwargs):
    if op.startswith("op:"):
        return getattr(operator, op[3:])(recv, *args)
    if op == "len":
        return len(recv)
    if op == "hash":
        return hash(recv)
    if op == "list":
        return list(recv)
    if op == "builtin:format":
        return format(recv, *args)
    if op == "maketrans":
        return str.maketrans(*args)
    if op == "fromhex":
        return type(recv).fromhex(*args)
    if op == "mutate":
        # A bytearray method that returns None: show the bytearray afterwards too.
        meth, rest = args[0], args[1:]
        r = getattr(recv, meth)(*rest, **kwargs)
        return (r, recv)
    return getattr(recv, op)(*args, **kwargs)


out = []
for mod in sorted(f[:-3] for f in os.listdir(here) if f.startswith("strcases_") and f.endswith(".py") and f != "strcases_gen.py"):
    for recv, op, args, kwargs in __import__(mod).CASES:
        try:
            r = call(recv.copy() if isinstance(recv, bytearray) else recv, op, args, kwargs)
            want = repr(r)
        except Exception as e:
            want = type(e).__name__ + ": " + str(e)
        out.append({"file": mod, "recv": enc(recv), "op": op, "args": [enc(a) for a in args],
                    "kwargs": [[k, enc(v)] for k, v in kwargs.items()], "want": want})

with open(os.path.join(here, "strcases.json"), "w") as fh:
    json.dump(out, fh, indent=0, ensure_ascii=True)
    fh.write("\n")
print(len(out), "cases")
