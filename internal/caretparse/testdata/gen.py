# Regenerates cases.json from cases.py: run with CPython 3.13 in this directory.
import json, sys, traceback, itertools
sys.path.insert(0, ".")
import cases

def positions(tb):
    code, lasti = tb.tb_frame.f_code, tb.tb_lasti
    if lasti < 0:
        return (tb.tb_lineno, None, None, None)
    pos = next(itertools.islice(code.co_positions(), lasti // 2, None))
    if pos[0] is None:
        return (tb.tb_lineno,) + pos[1:]
    return pos

def dump(root):
    table, order = {}, []
    def visit(e):
        if e is None or id(e) in table:
            return
        table[id(e)] = len(order)
        order.append(e)
        visit(e.__cause__)
        visit(e.__context__)
        for m in getattr(e, "exceptions", ()):
            visit(m)
    visit(root)
    out = []
    for e in order:
        ref = lambda x: None if x is None else table[id(x)]
        frames, tb = [], e.__traceback__
        while tb is not None:
            ln, eln, col, ecol = positions(tb)
            frames.append({"file": tb.tb_frame.f_code.co_filename.rsplit("/", 1)[-1],
                           "name": tb.tb_frame.f_code.co_name, "lineno": ln,
                           "end_lineno": eln, "colno": col, "end_colno": ecol})
            tb = tb.tb_next
        args, given = [], e.args
        if isinstance(e, OSError) and e.filename is not None:
            given = (e.errno, e.strerror, e.filename)
        for a in (given if not isinstance(e, BaseExceptionGroup) else ()):
            args.append(a if isinstance(a, (str, int)) else {"tuple": list(a)})
        out.append({"type": type(e).__name__, "args": args,
                    "message": getattr(e, "message", None),
                    "members": [ref(m) for m in getattr(e, "exceptions", ())],
                    "notes": getattr(e, "__notes__", None),
                    "cause": ref(e.__cause__), "context": ref(e.__context__),
                    "suppress": e.__suppress_context__, "frames": frames})
    return out

results = []
for name in [n for n in vars(cases) if not n.startswith("_")]:
    f = getattr(cases, name)
    if not callable(f) or f.__code__.co_argcount:
        continue
    try:
        f()
    except BaseException as e:
        text = "".join(traceback.format_exception(e)).replace(__file__.rsplit("/", 1)[0] + "/", "")
        results.append({"case": name, "exceptions": dump(e), "text": text})
json.dump(results, open("cases.json", "w"), indent=1, ensure_ascii=False)
