package objects

import "strings"

// GenericAliasType is the type of parameterized built-in classes such as list[int]
// (types.GenericAlias, PEP 585), made by the built-ins' __class_getitem__. Annotations are
// evaluated when a function is defined, so every program using them makes some.
var GenericAliasType = newType("types.GenericAlias", ObjectType)

// GenericAlias is origin[args].
type GenericAlias struct {
	Origin Object
	args   *Tuple
	params *Tuple
	// starred marks *origin[args], the unpacked form iteration yields (PEP 646).
	starred bool
}

// Type returns GenericAliasType.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// NewGenericAlias returns origin[args]; a tuple args holds several arguments.
func NewGenericAlias(ts *Thread, origin, args Object) (*GenericAlias, error) {
	t, ok := args.(*Tuple)
	if !ok {
		t = NewTuple([]Object{args})
	}
	params, err := collectParameters(ts, t.items)
	if err != nil {
		return nil, err
	}
	return &GenericAlias{Origin: origin, args: t, params: params}, nil
}

// collectParameters gathers the type variables among args, and those of nested aliases, each
// once, as CPython's _Py_make_parameters.
func collectParameters(ts *Thread, args []Object) (*Tuple, error) {
	var params []Object
	add := func(p Object) {
		for _, q := range params {
			if q == p {
				return
			}
		}
		params = append(params, p)
	}
	for _, a := range args {
		if _, isType := a.(*Type); isType {
			continue
		}
		if a.Type().Lookup(ts, NewStr("__typing_subst__")) != nil {
			add(a)
			continue
		}
		sub, err := GetAttr(ts, a, NewStr("__parameters__"))
		if err != nil {
			if IsAttributeError(err) {
				continue
			}
			return nil, err
		}
		if st, ok := sub.(*Tuple); ok {
			for _, p := range st.items {
				add(p)
			}
		}
	}
	return NewTuple(params), nil
}

// ClassGetItem is the __class_getitem__ of the built-in classes that are generic (PEP 585):
// list, dict, tuple, set, frozenset, type, and the like in other modules.
var ClassGetItem = MethodDef{Name: "__class_getitem__", Flags: MethO | MethClass,
	Doc: "See PEP 585",
	Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
		return NewGenericAlias(ts, self, args[0])
	}}

// genericAliasItemRepr renders one argument as CPython's ga_repr_item does.
func genericAliasItemRepr(ts *Thread, o Object) (string, error) {
	if o.Type().Name == "ellipsis" {
		return "...", nil
	}
	if t, ok := o.(*Type); ok {
		if mod := t.moduleName(); mod != "" && mod != "builtins" {
			return mod + "." + t.QualName(), nil
		}
		return t.QualName(), nil
	}
	r, err := Repr(ts, o)
	if err != nil {
		return "", err
	}
	return r.value, nil
}

// genericAliasExceptions are the attributes a GenericAlias answers itself; all others come
// from its origin.
var genericAliasExceptions = map[string]bool{
	"__class__": true, "__bases__": true, "__origin__": true, "__args__": true, "__unpacked__": true,
	"__parameters__": true, "__typing_unpacked_tuple_args__": true, "__mro_entries__": true,
	"__reduce_ex__": true, "__reduce__": true, "__copy__": true, "__deepcopy__": true,
}

// substitute is origin[args][items]: each type variable replaced by its argument.
func (g *GenericAlias) substitute(ts *Thread, item Object) (Object, error) {
	if len(g.params.items) == 0 {
		r, err := Repr(ts, g)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(TypeErrorType, "%s is not a generic class", r.value)
	}
	items := []Object{item}
	if t, ok := item.(*Tuple); ok {
		items = t.items
	}
	if n, p := len(items), len(g.params.items); n != p {
		r, err := Repr(ts, g)
		if err != nil {
			return nil, err
		}
		if n > p {
			return nil, Errorf(TypeErrorType, "Too many arguments for %s; actual %d, expected %d", r.value, n, p)
		}
		return nil, Errorf(TypeErrorType, "Too few arguments for %s; actual %d, expected at least %d", r.value, n, p)
	}
	newArgs := make([]Object, len(g.args.items))
	for i, a := range g.args.items {
		idx := -1
		for j, p := range g.params.items {
			if p == a {
				idx = j
			}
		}
		switch {
		case idx >= 0:
			v, err := CallMethod(ts, a, "__typing_subst__", items[idx])
			if err != nil {
				return nil, err
			}
			newArgs[i] = v
		default:
			sub, err := GetAttr(ts, a, NewStr("__parameters__"))
			if err != nil {
				if !IsAttributeError(err) {
					return nil, err
				}
				newArgs[i] = a
				continue
			}
			st, ok := sub.(*Tuple)
			if !ok || len(st.items) == 0 {
				newArgs[i] = a
				continue
			}
			subItems := make([]Object, len(st.items))
			for k, p := range st.items {
				for j, q := range g.params.items {
					if p == q {
						subItems[k] = items[j]
					}
				}
			}
			var subArg Object = NewTuple(subItems)
			if len(subItems) == 1 {
				subArg = subItems[0]
			}
			v, err := GetItem(ts, a, subArg)
			if err != nil {
				return nil, err
			}
			newArgs[i] = v
		}
	}
	return NewGenericAlias(ts, g.Origin, NewTuple(newArgs))
}

func init() {
	t := GenericAliasType
	t.Doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		if err := NoKeywords("GenericAlias", kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional("GenericAlias", len(args), 2, 2); err != nil {
			return nil, err
		}
		return NewGenericAlias(ts, args[0], args[1])
	}
	t.Slots.Call = func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error) {
		g := o.(*GenericAlias)
		r, err := Call(ts, g.Origin, args, kwnames)
		if err != nil {
			return nil, err
		}
		// As CPython, record the alias on the instance when it takes attributes.
		if err := SetAttr(ts, r, NewStr("__orig_class__"), g); err != nil && !IsAttributeError(err) {
			if e, ok := err.(*BaseException); !ok || !e.Type().IsSubtype(TypeErrorType) {
				return nil, err
			}
		}
		return r, nil
	}
	t.Slots.GetAttr = func(ts *Thread, o Object, name *Str) (Object, error) {
		if !genericAliasExceptions[name.value] {
			return GetAttr(ts, o.(*GenericAlias).Origin, name)
		}
		return GenericGetAttr(ts, o, name)
	}
	t.Slots.GetItem = func(ts *Thread, o, key Object) (Object, error) {
		return o.(*GenericAlias).substitute(ts, key)
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		g := o.(*GenericAlias)
		var b strings.Builder
		if g.starred {
			b.WriteString("*")
		}
		origin, err := genericAliasItemRepr(ts, g.Origin)
		if err != nil {
			return nil, err
		}
		b.WriteString(origin + "[")
		if len(g.args.items) == 0 {
			b.WriteString("()")
		}
		for i, a := range g.args.items {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := genericAliasItemRepr(ts, a)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		b.WriteString("]")
		return NewStr(b.String()), nil
	}
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*GenericAlias)
		y, ok := b.(*GenericAlias)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		if x.starred != y.starred {
			return NewBool(op == CmpNE), nil
		}
		eq, err := Equal(ts, x.Origin, y.Origin)
		if err == nil && eq {
			eq, err = Equal(ts, x.args, y.args)
		}
		if err != nil {
			return nil, err
		}
		return NewBool(eq == (op == CmpEQ)), nil
	}
	t.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		g := o.(*GenericAlias)
		h0, err := Hash(ts, g.Origin)
		if err != nil {
			return 0, err
		}
		h1, err := Hash(ts, g.args)
		if err != nil {
			return 0, err
		}
		h := h0 ^ h1
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	t.Flags |= TypeWeakrefable
	t.Slots.NumBinary[OpOr] = unionOr
	t.Slots.Iter = func(ts *Thread, o Object) (Object, error) { return &genericAliasIterator{g: o.(*GenericAlias)}, nil }
	t.GetSets = []GetSetDef{
		{Name: "__origin__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*GenericAlias).Origin, nil }},
		{Name: "__args__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*GenericAlias).args, nil }},
		{Name: "__parameters__", Get: func(ts *Thread, o Object) (Object, error) { return o.(*GenericAlias).params, nil }},
		{Name: "__unpacked__", Get: func(ts *Thread, o Object) (Object, error) { return NewBool(o.(*GenericAlias).starred), nil }},
		{Name: "__typing_unpacked_tuple_args__", Get: func(ts *Thread, o Object) (Object, error) {
			if g := o.(*GenericAlias); g.starred && g.Origin == TupleType {
				return g.args, nil
			}
			return None, nil
		}},
	}
	notGeneric := func(which string) MethodFunc {
		return func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			return nil, Errorf(TypeErrorType, "%s() argument 2 cannot be a parameterized generic", which)
		}
	}
	t.Methods = []MethodDef{
		{Name: "__mro_entries__", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			return NewTuple([]Object{self.(*GenericAlias).Origin}), nil
		}},
		{Name: "__instancecheck__", Flags: MethO, Func: notGeneric("isinstance")},
		{Name: "__reduce__", Flags: MethNoArgs, Func: genericAliasReduce},
		{Name: "__subclasscheck__", Flags: MethO, Func: notGeneric("issubclass")},
	}
	for _, c := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType} {
		c.Methods = append(c.Methods, ClassGetItem)
	}
}
