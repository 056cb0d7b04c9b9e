"""Builds syntaxerrors.jsonl, the corpus of invalid sources with CPython 3.13's exact errors.

Run from the repository root with CPython 3.13 (the tests never run CPython):

    /work/shared/tools/cpython313 parser/testdata/harvest_errors.py

The corpus has two parts.

1. Snippets harvested from CPython's own test suite (Lib/test of the interpreter running this
   script): every string constant of the test modules listed in TEST_MODULES, every doctest
   example of those modules (test_syntax.py keeps most of its cases as doctests), and for
   string constants the variants that tests commonly build from them (a trailing newline).
   A candidate that is indented as a whole is also tried dedented, as the tests do with
   textwrap.dedent. A candidate is kept when compiling it to an AST raises SyntaxError or one of its
   subclasses: only the snippet itself is recorded, never the test files.

2. Systematic mutations of valid code: the statements of the sample programs in
   MUTATION_SOURCES (small, hand-picked standard-library modules) are tokenized and then
   changed one token at a time (deleted, duplicated, replaced by a keyword or a bracket,
   with its colon or closing bracket removed, ...). Mutants that CPython rejects are kept.
   A fixed random seed keeps the corpus reproducible.

Each line of the output is a JSON object: src (the source text), origin (where the snippet
came from), and type, msg, lineno, offset, end_lineno, end_offset as compile() reports them
for the UTF-8 encoded source in "exec" mode with ast.PyCF_ONLY_AST. Duplicated sources are
kept once.
"""
import ast
import doctest
import io
import json
import os
import random
import sys
import textwrap
import tokenize
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "syntaxerrors.jsonl")
LIB = os.path.dirname(os.__file__)
TEST = os.path.join(LIB, "test")

TEST_MODULES = [
    "test_syntax.py", "test_exceptions.py", "test_fstring.py", "test_grammar.py",
    "test_eof.py", "test_string_literals.py", "test_positional_only_arg.py", "test_patma.py",
    "test_type_params.py", "test_unpack_ex.py", "test_unpack.py", "test_genexps.py",
    "test_named_expressions.py", "test_unicode_identifiers.py", "test_traceback.py",
    "test_keywordonlyarg.py", "test_compile.py", "test_except_star.py", "test_with.py",
    "test_type_aliases.py", "test_pep646_syntax.py", "test_decorators.py", "test_coroutines.py",
    "test_generators.py", "test_listcomps.py", "test_setcomps.py", "test_dictcomps.py",
    "test_global.py", "test_int_literal.py", "test_print.py", "test_flufl.py",
    "test_codeop.py", "test_utf8source.py", "test_tokenize.py", "test_type_annotations.py",
    "test_raise.py", "test_scope.py", "test_super.py", "test_class.py", "test_builtin.py",
    "test_ast/test_ast.py", "test_cmd_line_script.py", "test_exception_group.py",
]

MUTATION_SOURCES = [
    "bisect.py", "colorsys.py", "keyword.py", "heapq.py", "textwrap.py", "fnmatch.py",
    "shlex.py", "contextlib.py", "dataclasses.py", "functools.py", "copy.py", "graphlib.py",
]

MAX_LEN = 1500  # longer snippets add little and make failures hard to read
MUTANTS = 2500


def compile_error(src):
    """Returns CPython's error record for src, or None if src parses."""
    try:
        data = src.encode("utf-8")
    except UnicodeEncodeError:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(data, "<test>", "exec", flags=ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            return {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                    "offset": e.offset, "end_lineno": e.end_lineno,
                    "end_offset": e.end_offset}
        except (ValueError, RecursionError, MemoryError, OverflowError):
            return None
    return None


def string_constants(path):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, ast.Constant) and isinstance(node.value, bytes):
            try:
                yield node.value.decode("utf-8")
            except UnicodeDecodeError:
                pass


def doctest_examples(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    tree = ast.parse(text)
    parser = doctest.DocTestParser()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and ">>>" in node.value:
            try:
                examples = parser.get_examples(node.value)
            except ValueError:
                continue
            for ex in examples:
                yield ex.source


def harvest(add):
    for name in TEST_MODULES:
        path = os.path.join(TEST, name)
        if not os.path.exists(path):
            continue
        origin = name.removesuffix(".py")
        for src in doctest_examples(path):
            add(src, origin + " doctest")
        for s in string_constants(path):
            # Tests usually dedent their snippets before compiling them.
            if (d := textwrap.dedent(s)) != s:
                add(d, origin + " dedented")
            add(s, origin)
            if not s.endswith("\n"):
                add(s + "\n", origin)


KEYWORDS = ["if", "else", "for", "in", "def", "class", "return", "lambda", "import", "from",
            "pass", "None", "True", "not", "and", "is", "yield", "await", "async", "with",
            "try", "except", "finally", "while", "del", "global", "assert", "raise", "elif"]
INSERTS = [":", ",", "=", "(", ")", "[", "]", "{", "}", "*", "**", ".", "->", ":=", "@",
           "1", "x", "'s'", "f'{'", "+", "==", ";", "\\", "..."]


def statements(path):
    """Yields the source of each statement (and each nested block statement) of a module."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.splitlines(keepends=True)
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.stmt) and node.end_lineno - node.lineno < 12:
            seg = lines[node.lineno - 1:node.end_lineno]
            indent = len(seg[0]) - len(seg[0].lstrip())
            if all(l[:indent].strip() == "" for l in seg):
                yield "".join(l[indent:] if l.strip() else "\n" for l in seg)


def tokens(src):
    try:
        return [t for t in tokenize.generate_tokens(io.StringIO(src).readline)
                if t.type not in (tokenize.ENDMARKER,)]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None


def splice(src, toks, i, repl, keep=False):
    """Replaces token i of src with repl (or inserts repl before it if keep)."""
    lines = src.splitlines(keepends=True)
    starts = [0]
    for l in lines:
        starts.append(starts[-1] + len(l))
    t = toks[i]
    a = starts[t.start[0] - 1] + t.start[1]
    b = starts[t.end[0] - 1] + t.end[1]
    if keep:
        return src[:a] + repl + src[a:]
    return src[:a] + repl + src[b:]


def mutants(src, rng):
    toks = tokens(src)
    if not toks:
        return
    real = [i for i, t in enumerate(toks)
            if t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT,
                              tokenize.NEWLINE)]
    if not real:
        return
    for _ in range(3):
        i = rng.choice(real)
        t = toks[i]
        kind = rng.randrange(7)
        if kind == 0:
            yield "delete token", splice(src, toks, i, "")
        elif kind == 1:
            yield "duplicate token", splice(src, toks, i, t.string + " " + t.string)
        elif kind == 2 and t.type == tokenize.NAME:
            yield "keyword as name", splice(src, toks, i, rng.choice(KEYWORDS))
        elif kind == 3:
            yield "insert token", splice(src, toks, i, rng.choice(INSERTS) + " ", keep=True)
        elif kind == 4:
            colons = [j for j in real if toks[j].string == ":"]
            if colons:
                yield "missing colon", splice(src, toks, rng.choice(colons), "")
        elif kind == 5:
            closers = [j for j in real if toks[j].string in ")]}"]
            if closers:
                yield "missing bracket", splice(src, toks, rng.choice(closers), "")
        elif kind == 6:
            yield "replace token", splice(src, toks, i, rng.choice(INSERTS + KEYWORDS))


def mutate(add):
    rng = random.Random(3013)
    stmts = []
    for name in MUTATION_SOURCES:
        stmts.extend(statements(os.path.join(LIB, name)))
    rng.shuffle(stmts)
    count = 0
    for src in stmts:
        for origin, m in mutants(src, rng):
            if add(m, "mutation: " + origin):
                count += 1
        if count >= MUTANTS:
            break


def handwritten(add):
    """Cases no test file phrases directly."""
    big = "1" * 4301
    add("x = " + big + "\n", "int limit")
    add("x = (" + big + ")\n", "int limit")
    add("x = 1_" + "2" * 4300 + "\n", "int limit")
    add("def f():\n    return " + "9" * 5000 + "\n", "int limit")
    add("x = [1,\n  " + big + "]\n", "int limit")
    add("x = -" + "7" * 4400 + " + 1\n", "int limit")


def main():
    seen = set()
    out = []

    def add(src, origin):
        if src in seen or len(src) > MAX_LEN and origin != "int limit":
            return False
        seen.add(src)
        err = compile_error(src)
        if err is None:
            return False
        out.append({"src": src, "origin": origin, **err})
        return True

    harvest(add)
    handwritten(add)
    mutate(add)
    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(out)} cases written to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
