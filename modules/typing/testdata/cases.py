# _typing cases: see modules/internal/golden/gen_golden.py for the format.
!from _typing import TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs, TypeAliasType, Generic, NoDefault, _idfunc
!import _typing
sorted(k for k in _typing.__dict__ if not k.startswith('__'))
TypeVar('T'), TypeVar('T', covariant=True), TypeVar('T', contravariant=True), TypeVar('T', infer_variance=True)
TypeVar('T').__name__, TypeVar('T').__module__, TypeVar('T').__bound__, TypeVar('T').__constraints__
TypeVar('T').__covariant__, TypeVar('T').__contravariant__, TypeVar('T').__infer_variance__
TypeVar('T').__default__, TypeVar('T').has_default(), TypeVar('T', default=int).__default__, TypeVar('T', default=None).has_default()
TypeVar('T', int, str).__constraints__, TypeVar('T', int, str).__bound__
TypeVar('T', bound=None).__bound__
TypeVar('T', int)
TypeVar('T', covariant=True, contravariant=True)
TypeVar('T', covariant=True, infer_variance=True)
TypeVar(1)
TypeVar()
TypeVar('T', b=1)
TypeVar('T').__reduce__(), ParamSpec('P').__reduce__(), TypeVarTuple('Ts').__reduce__()
TypeVar('T').__mro_entries__(())
ParamSpec('P').__mro_entries__(())
TypeVarTuple('Ts').__mro_entries__(())
TypeVar('T')()
type(TypeVar('T')), type(ParamSpec('P')), type(TypeVarTuple('Ts'))
TypeVar.__module__, TypeVar.__qualname__, TypeVar.__name__
ParamSpec('P'), ParamSpec('P', covariant=True), ParamSpec('P').__bound__, ParamSpec('P').__default__
ParamSpec('P').args, ParamSpec('P').kwargs, type(ParamSpec('P').args), type(ParamSpec('P').kwargs)
!P = ParamSpec('P')
P.args == P.args, P.args == P.kwargs, P.args != P.args, P.args.__origin__ is P, P.kwargs.__origin__ is P
hash(P.args)
ParamSpecArgs(1), ParamSpecKwargs('x')
TypeVarTuple('Ts'), TypeVarTuple('Ts').__name__, TypeVarTuple('Ts').__default__, TypeVarTuple('Ts').has_default()
TypeVarTuple('Ts', covariant=True)
TypeVarTuple('Ts').__typing_subst__(int)
NoDefault, type(NoDefault).__name__, NoDefault.__reduce__(), type(NoDefault)() is NoDefault
type(NoDefault)(1)
TypeAliasType('A', int), TypeAliasType('A', int).__value__, TypeAliasType('A', int).__name__, TypeAliasType('A', int).__module__
TypeAliasType('A', int).__type_params__, TypeAliasType('A', int).__parameters__, TypeAliasType('A', int).__reduce__()
TypeAliasType('A', int)[int]
TypeAliasType('A', int, type_params=3)
TypeAliasType('A', list, type_params=(TypeVar('T'),))[int]
TypeAliasType('A', int) | None, int | TypeAliasType('A', int)
TypeAliasType(1, int)
Generic, Generic.__module__, type(Generic())
_idfunc(3), _idfunc('x')
!T = TypeVar('T'); T.extra = 5
T.extra, T.__module__
