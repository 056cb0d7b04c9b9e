"""Turn a cases.py file into cases.json with CPython 3.13's results.

Usage: cpython313 gen_golden.py testdata/cases.py > testdata/cases.json

In cases.py, a line starting with '!' adds setup code run before every later case; '#' lines
and blank lines are skipped; every other line is an expression. The result of a case is the
repr of the expression's value, or 'ExceptionName: message' for the exception it raises.
"""
import json
import sys


def exception_name(cls):
    """The exception's name as a traceback's last line shows it: qualified by its module
    unless that is builtins or __main__."""
    if cls.__module__ in ("builtins", "__main__"):
        return cls.__qualname__
    return cls.__module__ + "." + cls.__qualname__


def main(path):
    setup = []
    cases = []
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("!"):
                setup.append(line[1:])
                continue
            src = "\n".join(setup)
            ns = {"__name__": "__main__"}
            try:
                exec(src, ns)
                want = repr(eval(line, ns))
            except BaseException as e:
                want = exception_name(type(e)) + (": " + str(e) if str(e) else "")
            cases.append({"setup": src, "expr": line, "want": want})
    json.dump(cases, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
