package objects

import "strings"

// UnionType is the type of X | Y unions of classes (PEP 604), types.UnionType.
var UnionType = newType("types.UnionType", ObjectType)

// Union is int | str: the classes in order, each once, None standing for NoneType.
type Union struct {
	args []Object
}

// Type returns UnionType.
func (*Union) Type() *Type { return UnionType }

// Args returns __args__.
func (u *Union) Args() []Object { return u.args }

// isUnionable reports whether o may be an operand of | between classes.
func isUnionable(o Object) bool {
	switch o.(type) {
	case *Type, *Union, *GenericAlias, *TypeAlias:
		return true
	}
	return o == None
}

// unionOr is type.__or__ and types.UnionType.__or__ (and their reflected forms): the union
// of the operands' classes, NotImplemented when either is not a class, None or a union.
func unionOr(ts *Thread, a, b Object) (Object, error) {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented, nil
	}
	var args []Object
	add := func(o Object) {
		if o == None {
			o = NoneType
		}
		for _, x := range args {
			if x == o {
				return
			}
		}
		args = append(args, o)
	}
	for _, o := range []Object{a, b} {
		if u, ok := o.(*Union); ok {
			for _, x := range u.args {
				add(x)
			}
		} else {
			add(o)
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return &Union{args: args}, nil
}

// unionArgRepr renders one member of a union as CPython's union_repr_item does.
func unionArgRepr(ts *Thread, o Object) (string, error) {
	if o == NoneType {
		return "None", nil
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

// unionContains reports whether every member of u is in v.
func unionContains(u, v *Union) bool {
	for _, x := range u.args {
		found := false
		for _, y := range v.args {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func init() {
	TypeType.Slots.NumBinary[OpOr] = unionOr
	t := UnionType
	t.Doc = "Represent a PEP 604 union type\n\nE.g. for int | str"
	t.Flags |= TypeFinal
	t.Slots.NumBinary[OpOr] = unionOr
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		parts := make([]string, len(o.(*Union).args))
		for i, a := range o.(*Union).args {
			s, err := unionArgRepr(ts, a)
			if err != nil {
				return nil, err
			}
			parts[i] = s
		}
		return NewStr(strings.Join(parts, " | ")), nil
	}
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		u := a.(*Union)
		v, ok := b.(*Union)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq := unionContains(u, v) && unionContains(v, u)
		return NewBool(eq == (op == CmpEQ)), nil
	}
	t.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		// Order does not matter to equality, so it must not matter to the hash.
		var h int64
		for _, a := range o.(*Union).args {
			x, err := Hash(ts, a)
			if err != nil {
				return 0, err
			}
			h ^= x*1000003 + 0x345678
		}
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	t.GetSets = []GetSetDef{
		{Name: "__args__", Get: func(ts *Thread, o Object) (Object, error) { return NewTuple(o.(*Union).args), nil }},
	}
	t.Methods = []MethodDef{
		{Name: "__instancecheck__", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			for _, c := range self.(*Union).args {
				r, err := IsInstance(ts, args[0], c)
				if r || err != nil {
					return NewBool(r), err
				}
			}
			return False, nil
		}},
		{Name: "__subclasscheck__", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			for _, c := range self.(*Union).args {
				r, err := IsSubclass(ts, args[0], c)
				if r || err != nil {
					return NewBool(r), err
				}
			}
			return False, nil
		}},
	}
}
