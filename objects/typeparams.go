package objects

// The type parameters of PEP 484 and PEP 695: typing.TypeVar, typing.ParamSpec and
// typing.TypeVarTuple (CPython's Objects/typevarobject.c). They are made by the constructors
// typing re-exports, or by the generic-parameter scopes the compiler emits for `def f[T]()`,
// whose bounds, constraints and defaults are functions evaluated on first use.
// Substitution is typing.py's business: these objects call back into it.

// TypeVarType, ParamSpecType and TypeVarTupleType are the three kinds of type parameter.
var (
	TypeVarType      = newType("typing.TypeVar", ObjectType)
	ParamSpecType    = newType("typing.ParamSpec", ObjectType)
	TypeVarTupleType = newType("typing.TypeVarTuple", ObjectType)
	// ParamSpecArgsType and ParamSpecKwargsType are the types of P.args and P.kwargs.
	ParamSpecArgsType   = newType("typing.ParamSpecArgs", ObjectType)
	ParamSpecKwargsType = newType("typing.ParamSpecKwargs", ObjectType)
	// NoDefaultType is the type of NoDefault, the marker of a type parameter without default.
	NoDefaultType = newType("NoDefaultType", ObjectType)
)

// NoDefault is typing.NoDefault.
var NoDefault Object = &noDefault{}

type noDefault struct{}

func (*noDefault) Type() *Type { return NoDefaultType }

// TypeParamKind says which of the three kinds a TypeParam is.
type TypeParamKind uint8

// The kinds of type parameter.
const (
	KindTypeVar TypeParamKind = iota
	KindParamSpec
	KindTypeVarTuple
)

// TypeParam is a TypeVar, ParamSpec or TypeVarTuple.
type TypeParam struct {
	kind TypeParamKind
	name *Str
	// bound, constraints and def are the evaluated values (nil until known); the evaluate
	// functions compute them on first use.
	bound, evaluateBound             Object
	constraints, evaluateConstraints Object
	def, evaluateDefault             Object
	covariant, contravariant, infer  bool
	dict                             *Dict
}

// Type returns the kind's type.
func (p *TypeParam) Type() *Type {
	switch p.kind {
	case KindParamSpec:
		return ParamSpecType
	case KindTypeVarTuple:
		return TypeVarTupleType
	}
	return TypeVarType
}

func (p *TypeParam) dictPtr() **Dict { return &p.dict }

// NewTypeParam returns a type parameter of the given kind as the compiler's intrinsics make
// them: variance inferred, bound and constraints computed by the given functions (nil for
// none).
func NewTypeParam(kind TypeParamKind, name *Str, evaluateBound, evaluateConstraints Object) *TypeParam {
	return &TypeParam{kind: kind, name: name, evaluateBound: evaluateBound,
		evaluateConstraints: evaluateConstraints, infer: true}
}

// SetTypeParamDefault gives a type parameter the function computing its default.
func SetTypeParamDefault(p, evaluate Object) (Object, error) {
	tp, ok := p.(*TypeParam)
	if !ok {
		return nil, Errorf(TypeErrorType, "Expected a type param, got %s", p.Type().Name)
	}
	tp.evaluateDefault = evaluate
	return tp, nil
}

// lazy returns a lazily evaluated attribute: its value, else the result of evaluate (cached),
// else dflt.
func lazy(ts *Thread, value *Object, evaluate, dflt Object) (Object, error) {
	if *value != nil {
		return *value, nil
	}
	if evaluate == nil {
		return dflt, nil
	}
	v, err := Call(ts, evaluate, nil, nil)
	if err != nil {
		return nil, err
	}
	*value = v
	return v, nil
}

// Default returns __default__: NoDefault when the parameter has none.
func (p *TypeParam) Default(ts *Thread) (Object, error) {
	return lazy(ts, &p.def, p.evaluateDefault, NoDefault)
}

func (p *TypeParam) hasDefault() bool {
	return p.evaluateDefault != nil || (p.def != nil && p.def != NoDefault)
}

// callTyping calls the function name of the typing module, which these types delegate to.
func callTyping(ts *Thread, name string, args ...Object) (Object, error) {
	m, err := importModule(ts, "typing")
	if err != nil {
		return nil, err
	}
	fn, err := GetAttr(ts, m, NewStr(name))
	if err != nil {
		return nil, err
	}
	return Call(ts, fn, args, nil)
}

// callerModule is the __name__ of the running code's module, which a type parameter made by a
// call records as its __module__.
func callerModule(ts *Thread) Object {
	if ts != nil && ts.globals != nil {
		if g := ts.globals(ts); g != nil {
			if m := g.GetStr(NewStr("__name__")); m != nil {
				return m
			}
		}
	}
	return None
}

// typeParamNew parses the arguments common to the three constructors and makes the parameter;
// variadic holds TypeVar's constraints.
func typeParamNew(ts *Thread, kind TypeParamKind, parser *ArgParser, args []Object, kwnames *Tuple) (Object, error) {
	var constraints []Object
	if kind == KindTypeVar {
		if npos := len(args) - kwnames.Len(); npos > 1 {
			constraints = args[1:npos]
			args = append([]Object{args[0]}, args[npos:]...)
		}
	}
	var out [6]Object
	vals := out[:len(parser.Params)]
	if err := parser.Parse(args, kwnames, vals); err != nil {
		return nil, err
	}
	name, ok := vals[0].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s() argument 'name' must be str, not %s", parser.FuncName, vals[0].Type().Name)
	}
	p := &TypeParam{kind: kind, name: name, def: NoDefault}
	var bound Object
	for i, param := range parser.Params[1:] {
		v := vals[i+1]
		if v == nil {
			continue
		}
		switch param {
		case "bound":
			bound = v
		case "default":
			p.def = v
		default:
			b, err := IsTrue(ts, v)
			if err != nil {
				return nil, err
			}
			switch param {
			case "covariant":
				p.covariant = b
			case "contravariant":
				p.contravariant = b
			case "infer_variance":
				p.infer = b
			}
		}
	}
	if p.covariant && p.contravariant {
		return nil, Errorf(ValueErrorType, "Bivariant types are not supported.")
	}
	if p.infer && (p.covariant || p.contravariant) {
		return nil, Errorf(ValueErrorType, "Variance cannot be specified with infer_variance.")
	}
	if bound == None && kind == KindTypeVar {
		bound = nil
	}
	if kind == KindParamSpec && bound == nil {
		// ParamSpec type-checks its default bound too, which makes it NoneType.
		bound = None
	}
	if bound == None {
		bound = NoneType // what typing._type_check makes of None, without importing typing
	} else if bound != nil {
		var err error
		if bound, err = callTyping(ts, "_type_check", bound, NewStr("Bound must be a type.")); err != nil {
			return nil, err
		}
	}
	switch len(constraints) {
	case 0:
	case 1:
		return nil, Errorf(TypeErrorType, "A single constraint is not allowed")
	default:
		if bound != nil {
			return nil, Errorf(TypeErrorType, "Constraints cannot be combined with bound=...")
		}
		p.constraints = NewTuple(append([]Object(nil), constraints...))
	}
	p.bound = bound
	if kind != KindTypeVarTuple && bound == nil {
		p.bound = None
	}
	p.dict = NewDict()
	p.dict.SetStr(NewStr("__module__"), callerModule(ts))
	return p, nil
}

var (
	typeVarArgs = ArgParser{FuncName: "typevar",
		Params: []string{"name", "bound", "default", "covariant", "contravariant", "infer_variance"},
		MinPos: 1, MaxPos: 1}
	paramSpecArgs = ArgParser{FuncName: "paramspec",
		Params: []string{"name", "bound", "default", "covariant", "contravariant", "infer_variance"},
		MinPos: 1, MaxPos: 1}
	typeVarTupleArgs = ArgParser{FuncName: "typevartuple", Params: []string{"name", "default"}, MinPos: 1, MaxPos: 1}
)

func (p *TypeParam) repr() string {
	if p.infer || p.kind == KindTypeVarTuple {
		return p.name.value
	}
	switch {
	case p.covariant:
		return "+" + p.name.value
	case p.contravariant:
		return "-" + p.name.value
	}
	return "~" + p.name.value
}

// typingUnion is TypeVar | x and x | TypeVar: a typing.Union, which also accepts strings.
func typingUnion(ts *Thread, a, b Object) (Object, error) {
	return callTyping(ts, "_make_union", a, b)
}

// unpacked returns typing.Unpack[p], the form a TypeVarTuple takes among parameters.
func unpacked(ts *Thread, p Object) (Object, error) {
	m, err := importModule(ts, "typing")
	if err != nil {
		return nil, err
	}
	u, err := GetAttr(ts, m, NewStr("Unpack"))
	if err != nil {
		return nil, err
	}
	return GetItem(ts, u, p)
}

// UnpackTypeVarTuples returns params with each TypeVarTuple replaced by Unpack[it], as Generic
// and type aliases list their parameters.
func UnpackTypeVarTuples(ts *Thread, params *Tuple) (*Tuple, error) {
	var items []Object
	for i, p := range params.items {
		if tp, ok := p.(*TypeParam); ok && tp.kind == KindTypeVarTuple {
			if items == nil {
				items = append([]Object(nil), params.items...)
			}
			u, err := unpacked(ts, p)
			if err != nil {
				return nil, err
			}
			items[i] = u
		}
	}
	if items == nil {
		return params, nil
	}
	return NewTuple(items), nil
}

func typeParamMethods(kind TypeParamKind) []MethodDef {
	name := [...]string{"TypeVar", "ParamSpec", "TypeVarTuple"}[kind]
	ms := []MethodDef{
		{Name: "__reduce__", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return self.(*TypeParam).name, nil
		}},
		{Name: "has_default", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return NewBool(self.(*TypeParam).hasDefault()), nil
		}},
		{Name: "__mro_entries__", Flags: MethO, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return nil, Errorf(TypeErrorType, "Cannot subclass an instance of %s", name)
		}},
	}
	switch kind {
	case KindTypeVar:
		ms = append(ms,
			MethodDef{Name: "__typing_subst__", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				return callTyping(ts, "_typevar_subst", self, args[0])
			}},
			MethodDef{Name: "__typing_prepare_subst__", Flags: MethFastcall, Func: typeVarPrepareSubst})
	case KindParamSpec:
		ms = append(ms,
			MethodDef{Name: "__typing_subst__", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				return callTyping(ts, "_paramspec_subst", self, args[0])
			}},
			MethodDef{Name: "__typing_prepare_subst__", Flags: MethFastcall, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				if err := CheckPositional("__typing_prepare_subst__", len(args), 2, 2); err != nil {
					return nil, err
				}
				return callTyping(ts, "_paramspec_prepare_subst", self, args[0], args[1])
			}})
	case KindTypeVarTuple:
		ms = append(ms,
			MethodDef{Name: "__typing_subst__", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				return nil, Errorf(TypeErrorType, "Substitution of bare TypeVarTuple is not supported")
			}},
			MethodDef{Name: "__typing_prepare_subst__", Flags: MethFastcall, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				if err := CheckPositional("__typing_prepare_subst__", len(args), 2, 2); err != nil {
					return nil, err
				}
				return callTyping(ts, "_typevartuple_prepare_subst", self, args[0], args[1])
			}})
	}
	return ms
}

// typeVarPrepareSubst is TypeVar.__typing_prepare_subst__(alias, args): args, completed with
// the TypeVar's default when it is the first parameter without an argument.
func typeVarPrepareSubst(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
	if err := CheckPositional("__typing_prepare_subst__", len(args), 2, 2); err != nil {
		return nil, err
	}
	p := self.(*TypeParam)
	alias, given := args[0], args[1]
	params, err := GetAttr(ts, alias, NewStr("__parameters__"))
	if err != nil {
		return nil, err
	}
	i, err := CallMethod(ts, params, "index", p)
	if err != nil {
		return nil, err
	}
	idx, _ := i.(*Int).Int64()
	n, err := Len(ts, given)
	if err != nil {
		return nil, err
	}
	if int(idx) < n {
		return given, nil
	}
	if int(idx) == n {
		d, err := p.Default(ts)
		if err != nil {
			return nil, err
		}
		if d != NoDefault {
			return Binary(ts, given, NewTuple([]Object{d}), OpAdd)
		}
	}
	ar, err := Repr(ts, alias)
	if err != nil {
		return nil, err
	}
	return nil, Errorf(TypeErrorType, "Too few arguments for %s; actual %d, expected at least %d", ar.value, n, idx+1)
}

func typeParamGetSets(kind TypeParamKind) []GetSetDef {
	flag := func(name string, f func(*TypeParam) bool) GetSetDef {
		return GetSetDef{Name: name, Get: func(ts *Thread, o Object) (Object, error) { return NewBool(f(o.(*TypeParam))), nil }}
	}
	gs := []GetSetDef{
		{Name: "__name__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*TypeParam).name, nil }},
		{Name: "__default__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*TypeParam).Default(ts) }},
	}
	if kind == KindTypeVarTuple {
		return gs
	}
	gs = append(gs,
		GetSetDef{Name: "__bound__", Get: func(ts *Thread, o Object) (Object, error) {
			p := o.(*TypeParam)
			return lazy(ts, &p.bound, p.evaluateBound, None)
		}},
		flag("__covariant__", func(p *TypeParam) bool { return p.covariant }),
		flag("__contravariant__", func(p *TypeParam) bool { return p.contravariant }),
		flag("__infer_variance__", func(p *TypeParam) bool { return p.infer }))
	switch kind {
	case KindTypeVar:
		gs = append(gs, GetSetDef{Name: "__constraints__", Get: func(ts *Thread, o Object) (Object, error) {
			p := o.(*TypeParam)
			return lazy(ts, &p.constraints, p.evaluateConstraints, EmptyTuple)
		}})
	case KindParamSpec:
		gs = append(gs,
			GetSetDef{Name: "args", Doc: "Represents positional arguments.", Get: func(ts *Thread, o Object) (Object, error) {
				return &ParamSpecAttr{origin: o, kwargs: false}, nil
			}},
			GetSetDef{Name: "kwargs", Doc: "Represents keyword arguments.", Get: func(ts *Thread, o Object) (Object, error) {
				return &ParamSpecAttr{origin: o, kwargs: true}, nil
			}})
	}
	return gs
}

// ParamSpecAttr is P.args or P.kwargs.
type ParamSpecAttr struct {
	origin Object
	kwargs bool
}

// Type returns ParamSpecArgsType or ParamSpecKwargsType.
func (a *ParamSpecAttr) Type() *Type {
	if a.kwargs {
		return ParamSpecKwargsType
	}
	return ParamSpecArgsType
}

func initParamSpecAttr(t *Type, kwargs bool) {
	suffix, name := ".args", "ParamSpecArgs"
	if kwargs {
		suffix, name = ".kwargs", "ParamSpecKwargs"
	}
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		var out [1]Object
		p := ArgParser{FuncName: name, Params: []string{"origin"}, MinPos: 1, MaxPos: 1}
		if err := p.Parse(args, kwnames, out[:]); err != nil {
			return nil, err
		}
		return &ParamSpecAttr{origin: out[0], kwargs: kwargs}, nil
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		a := o.(*ParamSpecAttr)
		if p, ok := a.origin.(*TypeParam); ok && p.kind == KindParamSpec {
			return NewStr(p.name.value + suffix), nil
		}
		r, err := Repr(ts, a.origin)
		if err != nil {
			return nil, err
		}
		return NewStr(r.value + suffix), nil
	}
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*ParamSpecAttr)
		y, ok := b.(*ParamSpecAttr)
		if !ok || x.kwargs != y.kwargs || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		return Compare(ts, x.origin, y.origin, op)
	}
	t.Slots.Hash = unhashable
	t.Attrs = append(t.Attrs, TypeAttr{Name: "__hash__", Value: None}, TypeAttr{Name: "__module__", Value: NewStr("typing")})
	t.GetSets = []GetSetDef{{Name: "__origin__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*ParamSpecAttr).origin, nil }}}
	t.Methods = []MethodDef{{Name: "__mro_entries__", Flags: MethO, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
		return nil, Errorf(TypeErrorType, "Cannot subclass an instance of %s", name)
	}}}
}

func init() {
	for kind, t := range []*Type{TypeVarType, ParamSpecType, TypeVarTupleType} {
		kind := TypeParamKind(kind)
		t.Flags |= TypeFinal
		parser := [...]*ArgParser{&typeVarArgs, &paramSpecArgs, &typeVarTupleArgs}[kind]
		t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
			return typeParamNew(ts, kind, parser, args, kwnames)
		}
		t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) { return NewStr(o.(*TypeParam).repr()), nil }
		t.Methods = typeParamMethods(kind)
		t.GetSets = typeParamGetSets(kind)
		t.Attrs = append(t.Attrs, TypeAttr{Name: "__module__", Value: NewStr("typing")})
		if kind == KindTypeVarTuple {
			t.Slots.Iter = func(ts *Thread, o Object) (Object, error) {
				u, err := unpacked(ts, o)
				if err != nil {
					return nil, err
				}
				return GetIter(ts, NewTuple([]Object{u}))
			}
		} else {
			t.Slots.NumBinary[OpOr] = typingUnion
		}
	}
	TypeVarType.Doc = "Type variable."
	ParamSpecType.Doc = "Parameter specification variable."
	TypeVarTupleType.Doc = "Type variable tuple. A specialized form of type variable that enables\nvariadic generics."
	initParamSpecAttr(ParamSpecArgsType, false)
	initParamSpecAttr(ParamSpecKwargsType, true)
	ParamSpecArgsType.Doc = "The args for a ParamSpec object."
	ParamSpecKwargsType.Doc = "The kwargs for a ParamSpec object."

	t := NoDefaultType
	t.Flags |= TypeFinal
	t.Doc = "The type of the NoDefault singleton."
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeErrorType, "NoDefaultType takes no arguments")
		}
		return NoDefault, nil
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) { return NewStr("typing.NoDefault"), nil }
	t.Methods = []MethodDef{{Name: "__reduce__", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
		return NewStr("NoDefault"), nil
	}}}
}
