# _ast cases: see modules/internal/golden/gen_golden.py for the format.
!import _ast
!def d(n, attrs=False):
!    if isinstance(n, list): return '[' + ', '.join(d(x, attrs) for x in n) + ']'
!    if not isinstance(n, _ast.AST): return repr(n)
!    parts = [f + '=' + d(getattr(n, f), attrs) for f in n._fields if hasattr(n, f)]
!    if attrs: parts += [a + '=' + repr(getattr(n, a)) for a in n._attributes if hasattr(n, a)]
!    return type(n).__name__ + '(' + ', '.join(parts) + ')'
!def err(f):
!    try: f()
!    except Exception as e: return type(e).__name__ + ': ' + str(e)
!def p(src, mode='exec', flags=_ast.PyCF_ONLY_AST, **kw): return compile(src, '<t>', mode, flags, **kw)
# The class hierarchy.
_ast.AST, _ast.AST.__module__, _ast.AST.__name__, _ast.AST.__qualname__, _ast.AST.__bases__
_ast.AST._fields, _ast.AST._attributes, _ast.AST.__match_args__, hasattr(_ast.AST, '_field_types')
[c.__name__ for c in _ast.Name.__mro__]
[k for k in dir(_ast) if not k.startswith('_')]
sorted((k, v.__base__.__name__) for k, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, _ast.AST) and k != 'AST')
sorted((k, v._fields) for k, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, _ast.AST))
sorted((k, v._attributes) for k, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, _ast.AST))
sorted((k, v.__match_args__) for k, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, _ast.AST))
sorted((k, v.__doc__) for k, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, _ast.AST) and k != 'AST')
sorted((k, repr(v._field_types)) for k, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, _ast.AST) and '_field_types' in vars(v))
[k for k, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, _ast.AST) and '_field_types' not in vars(v)]
_ast.Name.__annotations__ == _ast.Name._field_types
_ast.ImportFrom.module, _ast.ImportFrom.level, _ast.arg.annotation, _ast.expr.end_lineno, _ast.stmt.end_col_offset, 'lineno' in vars(_ast.expr)
_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, _ast.PyCF_OPTIMIZED_AST
issubclass(_ast.Load, _ast.expr_context), issubclass(_ast.Add, _ast.operator), issubclass(_ast.ExceptHandler, _ast.excepthandler), issubclass(_ast.arguments, _ast.AST)
type(_ast.Name), _ast.Name.__module__, _ast.Name.__qualname__
# The constructor.
vars(_ast.Name('x'))['id'], type(vars(_ast.Name('x'))['ctx']).__name__
sorted(vars(_ast.Name()))
sorted(vars(_ast.FunctionDef()).items())
sorted(vars(_ast.arguments()).items())
sorted(vars(_ast.ImportFrom()).items()), sorted(vars(_ast.Constant()).items()), sorted(vars(_ast.MatchAs()).items())
d(_ast.BinOp(_ast.Constant(1), _ast.Add(), right=_ast.Constant(2), lineno=3))
d(_ast.BinOp(_ast.Constant(1), _ast.Add(), right=_ast.Constant(2), lineno=3), True)
_ast.Name('a', 'b', 'c')
_ast.Name('a', id='b')
_ast.alias('a', 'b', 'c')
_ast.Pass(1)
_ast.AST(1)
sorted(vars(_ast.AST(a=1, b=2)).items())
sorted(vars(_ast.Name(foo=1)))
_ast.Name('x').id, _ast.Name('x').end_lineno
_ast.Name('x').lineno
_ast.Name().id
_ast.Load() is _ast.Load(), type(_ast.Load()), vars(_ast.Load())
!n = _ast.Name('x'); n.extra = 5
sorted(vars(n)), n.extra
!class Sub(_ast.Name):
!    _fields = ('id', 'ctx', 'extra')
d(Sub('a', None, 3)), isinstance(Sub(), _ast.expr)
!class Mine(_ast.AST):
!    _fields = ('a', 'b')
d(Mine(1)), d(Mine(1, 2)), Mine._attributes
Mine(1, 2, 3)
!class WithInit(_ast.Name):
!    def __init__(self, *args, **kw):
!        super().__init__(*args, **kw)
!        self.tag = 'ok'
d(WithInit('q')), WithInit('q').tag
# __reduce__ and copying.
_ast.Name('x', lineno=3).__reduce__()[0], _ast.Name('x', lineno=3).__reduce__()[1], sorted(_ast.Name('x', lineno=3).__reduce__()[2])
_ast.AST().__reduce__(), _ast.Load().__reduce__()
_ast.arguments().__reduce__()[1], _ast.FunctionDef().__reduce__()[1], _ast.Module().__reduce__()[1]
!def rebuild(n):
!    cls, args, state = n.__reduce__()
!    m = cls(*args)
!    m.__dict__.update(state)
!    return m
d(rebuild(_ast.BinOp(_ast.Constant(1), _ast.Add(), _ast.Name('y'))))
d(rebuild(_ast.Name('z', lineno=1)), True)
compile('x', '<t>', 5)
# Parsing to an AST.
!t = p('x = 1 + 2\nprint(x)')
type(t).__name__, len(t.body), t.type_ignores
d(t)
d(t, True)
d(t.body[0].targets[0]), t.body[0].targets[0].ctx.__class__.__name__
t.body[0].value.op is p('a + b').body[0].value.op, t.body[0].value.op is _ast.Add()
t.body[1].value.func.ctx is t.body[0].value.left.__class__
d(p('f(*a, k=1, **kw)', 'eval'), True)
d(p('def f(a, /, b=1, *c, d, e=2, **f) -> int:\n  """doc"""\n  return a'))
d(p('async def g():\n  async with a as b, c: await x\n  async for i in y: yield i\n  return [j async for j in z]'))
d(p('class C(B, metaclass=M):\n  x: int = 3\n  y: "s"'))
d(p('try:\n  pass\nexcept* E as e:\n  raise X from e\nelse:\n  pass\nfinally:\n  del a[1:2, ::3], b.c'), True)
d(p('match x:\n  case [1, *rest] | {"a": 1, **kw} | C(1, b=2) | None | -1+2j:\n    pass\n  case _ if y: pass'))
d(p('type T[X: int, *Ys, **P] = list[X]\ndef f[T=int](): pass'))
d(p('lambda x, /, y: (x := y)', 'eval'))
d(p("f'{a!r:>{w}} {b=}' 'y', u'x', ...", 'eval'), True)
err(lambda: p("u'x' b'y'", 'eval'))
d(p('from ..m import a as b, c\nimport d.e as f\nglobal g\nnonlocal h'))
d(p('while x:\n  break\nelse:\n  continue\nif a: pass\nelif b: pass\nwith (a as b): pass'))
d(p('x = 10**100 + 0.5 + 1e400 - 3j'), True)
d(p('(int, str) -> bool', 'func_type'))
d(p('x', 'single')), d(p('x', 'eval'))
d(p('assert x, "m"\nx += 1\nx: int\n{**a, 1: 2}, {1, 2}, {k: v for k, v in z if k}, (i for i in j)'))
d(p('a if b else c; not a; -a; ~a; a < b <= c is not d not in e; a and b or c'))
err(lambda: p('x = (', 'exec'))
p('x', 'func_type', 0)
p('x', 'bogus')
compile('x', '<t>', 'exec', 'no')
# Optimized ASTs.
d(p('1 + 2 * 3', flags=_ast.PyCF_OPTIMIZED_AST))
d(p('x in [1, 2]; y in {3}; (1, (2, "a")); __debug__; -5; not (a in b)', flags=_ast.PyCF_OPTIMIZED_AST), True)
d(p('"a" * 3 + "b"', 'eval', _ast.PyCF_OPTIMIZED_AST))
d(p('__debug__', 'eval', _ast.PyCF_OPTIMIZED_AST, optimize=1))
d(p('1 / 0', 'eval', _ast.PyCF_OPTIMIZED_AST))
d(compile(p('1 + 2', 'eval'), '<t>', 'eval', _ast.PyCF_OPTIMIZED_AST))
p('x', 'eval') is not None
!t0 = p('x', 'eval')
compile(t0, '<t>', 'eval', _ast.PyCF_ONLY_AST) is t0
# Compiling AST objects.
eval(compile(p('1 + 2 * 3', 'eval'), '<t>', 'eval'))
!ns = {'print': lambda *a: None}; exec(compile(t, '<t>', 'exec'), ns)
ns['x']
!ns = {}; exec(compile(p('def f(a, *, b=2):\n  return [a, b, *(i for i in range(3))]\nr = f(1)'), '<t>', 'exec'), ns)
ns['r'], ns['f'].__name__, ns['f'].__code__.co_filename
!L = lambda **k: dict(lineno=1, col_offset=0, **k)
!hand = _ast.Module([_ast.Assign([_ast.Name('y', _ast.Store(), **L())], _ast.BinOp(_ast.Constant(6, **L()), _ast.Mult(), _ast.Constant(7, **L()), **L()), **L())], [])
!ns = {}; exec(compile(hand, '<hand>', 'exec'), ns)
ns['y']
!code = compile(hand, '<hand>', 'exec')
code.co_filename, list(code.co_positions())
eval(compile(_ast.Expression(_ast.Constant((1, 2, frozenset({3})), **L())), '<t>', 'eval'))
eval(compile(_ast.Expression(_ast.Constant(..., **L())), '<t>', 'eval'))
eval(compile(_ast.Expression(_ast.Constant(10**30, **L())), '<t>', 'eval'))
eval(compile(p('[1, 2] + [3]', 'eval', _ast.PyCF_OPTIMIZED_AST), '<t>', 'eval'))
!class Double(_ast.Constant): pass
eval(compile(_ast.Expression(Double(21, **L())), '<t>', 'eval'))
# Malformed trees.
compile(_ast.Module([_ast.Expr(_ast.Name('x', _ast.Load()))], []), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(1, **L())], []), '<t>', 'exec')
compile(_ast.Module(_ast.Name('x'), []), '<t>', 'exec')
compile(_ast.Module([_ast.Pass(**L())], 1), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(None, **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(_ast.Name(1, _ast.Load(), **L()), **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(_ast.Name(None, _ast.Load(), **L()), **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(_ast.Constant([1], **L()), **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(_ast.Name('x', _ast.Store(), **L()), **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(_ast.Name('x', 1, **L()), **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(_ast.Name('x', _ast.Load(), lineno='a', col_offset=0), **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.FunctionDef('f', _ast.arguments(), [], **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Assign([_ast.Name('x', _ast.Load(), **L())], _ast.Constant(1, **L()), **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Delete([_ast.Name('x', _ast.Store(), **L())], **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Import([_ast.alias('a')], **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(_ast.BinOp(_ast.Constant(1, **L()), _ast.Load, _ast.Constant(2, **L()), **L()), **L())], []), '<t>', 'exec')
compile(_ast.Module([_ast.Expr(_ast.Constant(1, **L()), **L())], []), '<t>', 'eval')
compile(_ast.Name('x'), '<t>', 'exec')
compile(_ast.Expression(_ast.Name('x', _ast.Load(), **L())), '<t>', 'exec')
compile(5, '<t>', 'exec')
!del_body = _ast.Module([_ast.Pass(**L())], [])
!del del_body.body
compile(del_body, '<t>', 'exec').co_name
# The optimiser's rewrites: %-formatting as an f-string, constant subscripts, lists iterated
# over as tuples.
[d(p(repr(f) + ' % (a,)', 'eval', _ast.PyCF_OPTIMIZED_AST).body) for f in ['%99s', '%100s', '%.99s', '%.100s', '%-5s', '%+05.3r', '%5', '%', 'a%%b%s', '%s%%', '%%', '%s %s', '%.s', '%5.s', 'é%sü', '%d', '%(x)s']]
d(p("'%s-%r' % (a, b)", 'eval', _ast.PyCF_OPTIMIZED_AST), True)
d(p("'%s' % (*a,)", 'eval', _ast.PyCF_OPTIMIZED_AST)), d(p("'%s' % (1,)", 'eval', _ast.PyCF_OPTIMIZED_AST)), d(p("b'%s' % (a,)", 'eval', _ast.PyCF_OPTIMIZED_AST))
[d(p(s, 'eval', _ast.PyCF_OPTIMIZED_AST).body) for s in ["b'!'[0]", "'abc'[1]", "'abc'[-1]", "'abc'[3]", "'abc'[::2]", "(1, (2, 3))[1]", "(1, 2)[True]", "'abc'['x']", "{1}[0]", "'\\udc80x'[0]", "'é'[0]", "1[0]"]]
d(p('for x in [a, b]: pass\n[i for i in [a, *b]]\nx in [a, b]', 'exec', _ast.PyCF_OPTIMIZED_AST))
!def f(a, b): return '%s-%r:%5s' % (a, b, a), b'!'[0], [i for i in [a, b]]
f(1, 'x'), f.__code__.co_consts
# Validation of AST objects given to compile(), with CPython's messages.
!def fix(n):
!    if isinstance(n, list):
!        for x in n: fix(x)
!    elif isinstance(n, _ast.AST):
!        if 'lineno' in n._attributes and not hasattr(n, 'lineno'): n.lineno, n.col_offset = 1, 0
!        for f in n._fields: fix(getattr(n, f, None))
!    return n
!def c(m):
!    return compile(fix(m), 't', 'exec').co_name
!N = lambda n, ctx=_ast.Load: _ast.Name(n, ctx())
!M = lambda p: _ast.Module([_ast.Match(N('x'), [_ast.match_case(p, body=[_ast.Pass()])])])
err(lambda: c(_ast.Module([None]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.List([None], _ast.Load()))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Import([None])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Call(N('f'), [], [None]))]))) or "ok"
err(lambda: c(_ast.Module([_ast.FunctionDef('f', None, [_ast.Pass()])]))) or "ok"
err(lambda: c(_ast.Module([_ast.With([None], [_ast.Pass()])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.ListComp(N('x'), [None]))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Match(N('x'), [None])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(N('None'))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.BoolOp(_ast.And(), [N('a')]))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Compare(N('a'), [], []))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Compare(N('a'), [_ast.Lt()], []))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Dict([None], []))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.ListComp(N('x'), []))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.NamedExpr(_ast.Attribute(N('a'), 'b', _ast.Store()), N('c')))]))) or "ok"
err(lambda: c(_ast.Module([_ast.AnnAssign(_ast.Attribute(N('a'), 'b', _ast.Store()), N('c'), None, 1)]))) or "ok"
err(lambda: c(_ast.Module([_ast.Delete([])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Assign([], N('x'))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Try([_ast.Pass()], [], [], [])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Try([_ast.Pass()], [], [_ast.Pass()], [_ast.Pass()])]))) or "ok"
err(lambda: c(_ast.Module([_ast.TryStar([_ast.Pass()], [], [], [])]))) or "ok"
err(lambda: c(_ast.Module([_ast.ImportFrom('m', [_ast.alias('a')], -1)]))) or "ok"
err(lambda: c(_ast.Module([_ast.Raise(None, N('x'))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Lambda(_ast.arguments(defaults=[N('a')]), N('x')))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Lambda(_ast.arguments(kwonlyargs=[_ast.arg('a')]), N('x')))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Assign([_ast.BinOp(N('a'), _ast.Add(), N('b'))], N('x'))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Assign([_ast.Constant(1)], N('x'))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Match(N('x'), [])]))) or "ok"
err(lambda: c(_ast.Module([_ast.With([], [_ast.Pass()])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Starred(N('x'), _ast.Load()))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Yield(N('x', _ast.Store)))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Constant(1, kind=5))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.JoinedStr([N('x')]))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.FormattedValue(N('x'), -1, None))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Match(N('x'), [_ast.match_case(_ast.MatchValue(N('y')), body=[_ast.Pass()])])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Match(N('x'), [_ast.match_case(_ast.MatchAs(None, 'y'), body=[])])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Match(N('x'), [_ast.match_case(_ast.MatchAs(_ast.MatchAs(), None), body=[_ast.Pass()])])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Constant(_ast))]))) or "ok"
err(lambda: c(_ast.Module([_ast.ClassDef('C', body=[])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Import([_ast.alias(None)])]))) or "ok"
err(lambda: c(M(_ast.MatchSingleton(1)))) or "ok"
err(lambda: c(M(_ast.MatchMapping([N('a')], [])))) or "ok"
err(lambda: c(M(_ast.MatchMapping([_ast.Constant(1)], [_ast.MatchAs()], rest='_')))) or "ok"
err(lambda: c(M(_ast.MatchClass(N('C'), [], ['a'], [])))) or "ok"
err(lambda: c(M(_ast.MatchClass(_ast.Constant(1), [], [], [])))) or "ok"
err(lambda: c(M(_ast.MatchStar('x')))) or "ok"
err(lambda: c(M(_ast.MatchOr([_ast.MatchAs()])))) or "ok"
err(lambda: c(M(_ast.MatchValue(_ast.Constant(None))))) or "ok"
err(lambda: c(M(_ast.MatchValue(_ast.Constant((1,2)))))) or "ok"
err(lambda: c(M(_ast.MatchValue(_ast.UnaryOp(_ast.USub(), N('a')))))) or "ok"
err(lambda: c(M(_ast.MatchValue(_ast.BinOp(_ast.Constant(1), _ast.Add(), _ast.Constant(2j)))))) or "ok"
err(lambda: c(M(_ast.MatchValue(_ast.Attribute(N('a'), 'b', _ast.Load()))))) or "ok"
err(lambda: c(M(_ast.MatchSequence([_ast.MatchStar('_')])))) or "ok"
err(lambda: c(M(_ast.MatchSequence([_ast.MatchStar('a'), _ast.MatchStar('b')])))) or "ok"
err(lambda: c(M(_ast.MatchAs(None, '_')))) or "ok"
err(lambda: c(M(_ast.MatchClass(N('C'), [], ['a', 'a'], [_ast.MatchAs(), _ast.MatchAs()])))) or "ok"
err(lambda: c(M(_ast.MatchClass(N('C'), [], ['1a'], [_ast.MatchAs()])))) or "ok"
err(lambda: c(M(_ast.MatchMapping([_ast.Constant(1)], [_ast.MatchAs()], rest='1a')))) or "ok"
err(lambda: c(M(_ast.MatchAs(None, 'True')))) or "ok"
err(lambda: c(M(_ast.MatchValue(_ast.Constant(b'x'))))) or "ok"
err(lambda: c(M(_ast.MatchValue(_ast.JoinedStr([]))))) or "ok"
err(lambda: c(_ast.Module([_ast.TypeAlias(_ast.Attribute(N('a'),'b',_ast.Store()), [], N('x'))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Name('a', _ast.Load()))], type_ignores=[None]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Compare(N('a'), [_ast.Lt(), _ast.Lt()], [N('b')]))]))) or "ok"
err(lambda: c(_ast.Module([_ast.FunctionDef('f', _ast.arguments(), [_ast.Pass()], decorator_list=[None])]))) or "ok"
err(lambda: c(_ast.Module([_ast.ImportFrom(None, [_ast.alias('a')], 0)]))) or "ok"
err(lambda: c(_ast.Module([_ast.Global(['1a'])]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Name('1a', _ast.Load()))]))) or "ok"
err(lambda: c(_ast.Module([_ast.Expr(_ast.Constant('x', kind='u'))]))) or "ok"
err(lambda: c(_ast.Interactive([_ast.Expr(N('x'))]))) or "ok"
# compile()'s flags and optimize arguments.
[err(lambda: type(compile('x', 'f', 'exec', f)).__name__) for f in [True, 1<<30, 0x10, 0x1000000, 0x4000, 0x200, -1, 2**70, 'x', 1.5]]
[err(lambda: type(compile('x', 'f', 'exec', optimize=o)).__name__) for o in [5, -2, -1, 0, 2, 'a', 2**80]]
type(compile('x', 'f', 'exec', 0, 'a')).__name__
# compile()'s file name: str, bytes or os.PathLike.
!class P:
!    def __fspath__(self): return 'a/b.py'
!class Q:
!    def __fspath__(self): return 5
[err(lambda: compile('x', fn, 'exec').co_filename) or compile('x', fn, 'exec').co_filename for fn in [b'f.py', P(), 5, None, Q()]]
compile('x', P(), 'exec', _ast.PyCF_ONLY_AST).body[0].lineno
# __future__ features: from compile()'s flags, and inherited from the calling code.
!ns = {}; exec(compile("def h(x: int): pass", "f", "exec", 0x1000000, True), ns)
ns['h'].__annotations__
!ns = {}; exec(compile("exec('def f(x: int) -> list[str]: pass')\nc1 = compile('x', 'f', 'exec').co_flags\nc2 = compile('x', 'f', 'exec', dont_inherit=True).co_flags", "f", "exec", 0x1000000), ns)
ns['f'].__annotations__, hex(ns['c1']), hex(ns['c2'])
hex(compile("x", "f", "exec", 0x20000, True).co_flags)
# Position validation.
!def cpos(m, mode='exec'):
!    try: return list(compile(m, 't', mode).co_positions())
!    except Exception as e: return type(e).__name__ + ': ' + str(e)
!LL = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
!P = lambda **k: _ast.Module([_ast.Expr(_ast.Constant(1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), **k)], [])
!E = lambda **k: _ast.Module([_ast.Expr(_ast.Name('x', _ast.Load(), **k), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], [])
!BAD = dict(lineno=2, col_offset=0, end_lineno=1, end_col_offset=0)
cpos(P(lineno=2, col_offset=0, end_lineno=1, end_col_offset=1))
cpos(P(lineno=1, col_offset=5, end_lineno=1, end_col_offset=1))
cpos(P(lineno=-1, col_offset=0, end_lineno=1, end_col_offset=1))
cpos(P(lineno=1, col_offset=-1, end_lineno=1, end_col_offset=1))
cpos(P(lineno=-1, col_offset=-1, end_lineno=-1, end_col_offset=-1))
cpos(P(lineno=0, col_offset=0, end_lineno=0, end_col_offset=0))
cpos(E(lineno=2, col_offset=0, end_lineno=1, end_col_offset=1))
cpos(E(lineno=1, col_offset=3, end_lineno=1, end_col_offset=2))
cpos(E(lineno=100000, col_offset=300000, end_lineno=100001, end_col_offset=1))
cpos(E(lineno=1, col_offset=0))
cpos(P(lineno=3, col_offset=2))
cpos(_ast.Module([_ast.Match(_ast.Name('x', _ast.Load(), **LL), [_ast.match_case(_ast.MatchAs(None, 'y', **BAD), body=[_ast.Pass(**LL)])], **LL)], []))
cpos(_ast.Module([_ast.FunctionDef('f', _ast.arguments(args=[_ast.arg('a', **BAD)]), [_ast.Pass(**LL)], **LL)], []))
cpos(_ast.Module([_ast.Expr(_ast.Call(_ast.Name('f', _ast.Load(), **LL), [], [_ast.keyword('a', _ast.Name('f', _ast.Load(), **LL), **BAD)], **LL), **LL)], []))
cpos(_ast.Module([_ast.Try([_ast.Pass(**LL)], [_ast.ExceptHandler(None, None, [_ast.Pass(**LL)], **BAD)], [], [], **LL)], []))
cpos(_ast.Module([_ast.TypeAlias(_ast.Name('T', _ast.Store(), **LL), [_ast.TypeVar('X', **BAD)], _ast.Name('f', _ast.Load(), **LL), **LL)], []))
# Class namespaces and subclasses.
sorted(_ast.expr.__dict__), sorted(_ast.Name.__dict__), sorted(_ast.arg.__dict__), sorted(_ast.Load.__dict__)
'__weakref__' in _ast.AST.__dict__, '__slots__' in _ast.AST.__dict__, '__dict__' in _ast.AST.__dict__
[c.__name__ for c in _ast.AST.__subclasses__() if c.__module__ == 'ast'], [c.__name__ for c in _ast.expr_context.__subclasses__()]
_ast.Name.__init__ is _ast.AST.__init__, _ast.Name.__reduce__ is _ast.AST.__reduce__, _ast.Name.__new__(_ast.Name).__dict__
# Exact types for identifiers, strings, ints and constants.
!class S(str): pass
!class I(int): pass
!L = dict(lineno=1, col_offset=0)
!def c2(m, mode='exec'):
!    try: return type(compile(m, 't', mode)).__name__
!    except Exception as e: return type(e).__name__ + ': ' + str(e)
c2(_ast.Expression(_ast.Name(S('x'), _ast.Load(), **L)), 'eval')
c2(_ast.Expression(_ast.Constant('x', kind=b'u', **L)), 'eval')
c2(_ast.Expression(_ast.Constant('x', kind=S('u'), **L)), 'eval')
c2(_ast.Expression(_ast.Constant(S('x'), **L)), 'eval')
c2(_ast.Module([_ast.Expr(_ast.Constant(1, **L), lineno=True, col_offset=False)], []), 'exec')
c2(_ast.Module([_ast.Expr(_ast.Constant(1, **L), lineno=I(1), col_offset=0)], []), 'exec')
c2(_ast.Module([_ast.Expr(_ast.Constant(I(1), **L), **L)], []), 'exec')
c2(_ast.Module([_ast.Expr(_ast.Constant(1, **L), lineno=1.0, col_offset=0)], []), 'exec')
c2(_ast.Module([_ast.Expr(_ast.Constant(1, **L), lineno=2**31, col_offset=0)], []), 'exec')
c2(_ast.Module([_ast.ImportFrom('m', [_ast.alias('a', **L)], None, **L)], []), 'exec')
c2(_ast.Module([_ast.ImportFrom('m', [_ast.alias('a', **L)], **L)], []), 'exec')
