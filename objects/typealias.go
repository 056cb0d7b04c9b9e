package objects

// typing.TypeAliasType, made by the `type X = ...` statement (PEP 695) or called directly, and
// typing.Generic, the base the compiler adds to `class C[T]: ...`.

// TypeAliasType is the type of type aliases.
var TypeAliasType = newType("typing.TypeAliasType", ObjectType)

// GenericType is typing.Generic.
var GenericType = newType("typing.Generic", ObjectType)

// TypeAlias is a type alias: its value is computed on first use.
type TypeAlias struct {
	name         *Str
	typeParams   *Tuple // nil: not generic
	computeValue Object
	value        Object
	module       Object
}

// Type returns TypeAliasType.
func (*TypeAlias) Type() *Type { return TypeAliasType }

// MakeTypeAlias builds the alias of a type statement from (name, type parameters or None,
// function computing the value), as INTRINSIC_TYPEALIAS does.
func MakeTypeAlias(args Object) (Object, error) {
	t, ok := args.(*Tuple)
	if !ok || len(t.items) != 3 {
		return nil, Errorf(SystemErrorType, "INTRINSIC_TYPEALIAS expects a 3-tuple")
	}
	name, ok := t.items[0].(*Str)
	if !ok {
		return nil, Errorf(SystemErrorType, "INTRINSIC_TYPEALIAS expects a name")
	}
	a := &TypeAlias{name: name, computeValue: t.items[2]}
	if tp, ok := t.items[1].(*Tuple); ok && len(tp.items) > 0 {
		a.typeParams = tp
	}
	return a, nil
}

// Value returns __value__, computing it the first time.
func (a *TypeAlias) Value(ts *Thread) (Object, error) {
	return lazy(ts, &a.value, a.computeValue, None)
}

var typeAliasArgs = ArgParser{FuncName: "typealias", Params: []string{"name", "value", "type_params"}, MinPos: 2, MaxPos: 2}

func typeAliasNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	var v [3]Object
	if err := typeAliasArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	name, ok := v[0].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "typealias() argument 'name' must be str, not %s", v[0].Type().Name)
	}
	a := &TypeAlias{name: name, value: v[1], module: callerModule(ts)}
	if v[2] != nil {
		tp, ok := v[2].(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "type_params must be a tuple")
		}
		seenDefault := false
		for _, p := range tp.items {
			param, ok := p.(*TypeParam)
			if !ok {
				return nil, Errorf(TypeErrorType, "Expected a type param, got %s", p.Type().Name)
			}
			d, err := param.Default(ts)
			if err != nil {
				return nil, err
			}
			if d != NoDefault {
				seenDefault = true
			} else if seenDefault {
				return nil, Errorf(TypeErrorType, "non-default type parameter '%s' follows default type parameter", param.repr())
			}
		}
		if len(tp.items) > 0 {
			a.typeParams = tp
		}
	}
	return a, nil
}

// GenericClassParams is INTRINSIC_SUBSCRIPT_GENERIC: Generic[*params], the base a generic
// class statement adds.
func GenericClassParams(ts *Thread, params Object) (Object, error) {
	t, ok := params.(*Tuple)
	if !ok {
		return nil, Errorf(SystemErrorType, "INTRINSIC_SUBSCRIPT_GENERIC expects a tuple")
	}
	t, err := UnpackTypeVarTuples(ts, t)
	if err != nil {
		return nil, err
	}
	return callTyping(ts, "_GenericAlias", GenericType, t)
}

// genericClassMethod makes a class method of Generic that hands its class and arguments to a
// function of typing.py.
func genericClassMethod(name, typingFunc, doc string) MethodDef {
	return MethodDef{Name: name, Flags: MethFastcall | MethKeywords | MethClass, Doc: doc,
		Func: func(ts *Thread, cls Object, args []Object, kwnames *Tuple) (Object, error) {
			m, err := importModule(ts, "typing")
			if err != nil {
				return nil, err
			}
			fn, err := GetAttr(ts, m, NewStr(typingFunc))
			if err != nil {
				return nil, err
			}
			return Call(ts, fn, append([]Object{cls}, args...), kwnames)
		}}
}

func init() {
	t := TypeAliasType
	t.Flags |= TypeFinal
	t.Doc = "Type alias."
	t.Slots.New = typeAliasNew
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) { return o.(*TypeAlias).name, nil }
	t.Slots.GetItem = func(ts *Thread, o, key Object) (Object, error) {
		if o.(*TypeAlias).typeParams == nil {
			return nil, Errorf(TypeErrorType, "Only generic type aliases are subscriptable")
		}
		return NewGenericAlias(ts, o, key)
	}
	t.Slots.NumBinary[OpOr] = unionOr
	t.Methods = []MethodDef{{Name: "__reduce__", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
		return self.(*TypeAlias).name, nil
	}}}
	t.GetSets = []GetSetDef{
		{Name: "__name__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*TypeAlias).name, nil }},
		{Name: "__value__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*TypeAlias).Value(ts) }},
		{Name: "__type_params__", Get: func(ts *Thread, o Object) (Object, error) {
			if tp := o.(*TypeAlias).typeParams; tp != nil {
				return tp, nil
			}
			return EmptyTuple, nil
		}},
		{Name: "__parameters__", Get: func(ts *Thread, o Object) (Object, error) {
			if tp := o.(*TypeAlias).typeParams; tp != nil {
				return UnpackTypeVarTuples(ts, tp)
			}
			return EmptyTuple, nil
		}},
		{Name: "__module__", Get: func(ts *Thread, o Object) (Object, error) {
			a := o.(*TypeAlias)
			if a.module != nil {
				return a.module, nil
			}
			if f, ok := a.computeValue.(*Function); ok && f.Module != nil {
				return f.Module, nil
			}
			return None, nil
		}, Set: func(ts *Thread, o, v Object) error {
			o.(*TypeAlias).module = v
			return nil
		}},
	}

	g := GenericType
	g.Flags |= TypeBaseLayout
	g.Slots.New = objectNew
	g.Doc = "Abstract base class for generic types."
	g.Attrs = append(g.Attrs, TypeAttr{Name: "__module__", Value: NewStr("typing")})
	g.Methods = []MethodDef{
		genericClassMethod("__class_getitem__", "_generic_class_getitem", "Parameterizes a generic class."),
		genericClassMethod("__init_subclass__", "_generic_init_subclass", "Function to initialize subclasses."),
	}
}
