# _tokenize cases: see modules/internal/golden/gen_golden.py for the format.
!import _tokenize
!def toks(src, extra=True, enc=None):
!    lines = iter(src.splitlines(keepends=True))
!    kw = {'encoding': enc} if enc else {}
!    try:
!        return list(_tokenize.TokenizerIter(lambda: next(lines), extra_tokens=extra, **kw))
!    except SyntaxError as e:
!        return (type(e).__name__, e.msg, e.lineno, e.offset)
toks('def f(a, b=2):\n    """doc\n    string"""\n    x = a + b  # c\n    return f"{x!r:>{b}} é"\n\nif x:\n    pass\n')
toks('x = 1')
toks('x = (1,\n 2,\n')
toks('a\nb = [\n\n')
toks('"""abc\n')
toks('  x\ny\n   z\n')
toks('x = "\xc3\xa9"\n'.encode('latin-1').decode('latin-1'))
toks('\n\n# only a comment\n')
toks('a = 1 \\\n  + 2\n')
toks('x = 0xff + 1_000j + .5e-3\n')
toks("s = rb'\\\\x' f'{{a}}'\n")
toks('@dec\nclass C: pass\n')
toks('')
_tokenize.TokenizerIter(lambda: b'x', extra_tokens=True).__next__()
_tokenize.TokenizerIter(lambda: 1, extra_tokens=True).__next__()
_tokenize.TokenizerIter(lambda: '')
