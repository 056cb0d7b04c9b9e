package objects

// MappingProxyType is the type of read-only views of a mapping: a type's __dict__, and
// types.MappingProxyType(mapping).
var MappingProxyType = newType("mappingproxy", ObjectType)

// MappingProxy is a read-only view of a mapping.
type MappingProxy struct {
	Mapping Object
}

// Type returns MappingProxyType.
func (*MappingProxy) Type() *Type { return MappingProxyType }

var mappingProxyArgs = ArgParser{FuncName: "mappingproxy", Params: []string{"mapping"}, MinPos: 1, MaxPos: 1}

// proxied returns the mapping behind a proxy.
func proxied(o Object) Object { return o.(*MappingProxy).Mapping }

// forward makes a method of mappingproxy that calls the mapping's method of the same name.
func forward(name string, flags MethodFlags) MethodDef {
	return MethodDef{Name: name, Flags: flags, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
		return CallMethod(ts, proxied(self), name, args...)
	}}
}

func init() {
	t := MappingProxyType
	t.Doc = "Read-only proxy of a mapping."
	t.Flags |= TypeFinal
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		var a [1]Object
		if err := mappingProxyArgs.Parse(args, kwnames, a[:]); err != nil {
			return nil, err
		}
		m := a[0]
		_, isList := m.(*List)
		_, isTuple := m.(*Tuple)
		if m.Type().Slots.GetItem == nil || isList || isTuple {
			return nil, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", m.Type().Name)
		}
		return &MappingProxy{Mapping: m}, nil
	}
	t.Slots.Len = func(ts *Thread, o Object) (int, error) { return Len(ts, proxied(o)) }
	t.Slots.GetItem = func(ts *Thread, o, key Object) (Object, error) { return GetItem(ts, proxied(o), key) }
	t.Slots.Contains = func(ts *Thread, o, key Object) (bool, error) { return Contains(ts, proxied(o), key) }
	t.Slots.Iter = func(ts *Thread, o Object) (Object, error) { return GetIter(ts, proxied(o)) }
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		r, err := Repr(ts, proxied(o))
		if err != nil {
			return nil, err
		}
		return NewStr("mappingproxy(" + r.value + ")"), nil
	}
	t.Slots.Str = func(ts *Thread, o Object) (*Str, error) { return StrOf(ts, proxied(o)) }
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		return Compare(ts, proxied(a), b, op)
	}
	t.Slots.NumBinary[OpOr] = func(ts *Thread, a, b Object) (Object, error) {
		if p, ok := a.(*MappingProxy); ok {
			a = p.Mapping
		}
		if p, ok := b.(*MappingProxy); ok {
			b = p.Mapping
		}
		return Binary(ts, a, b, OpOr)
	}
	t.Methods = []MethodDef{
		forward("get", MethFastcall),
		forward("keys", MethNoArgs),
		forward("values", MethNoArgs),
		forward("items", MethNoArgs),
		forward("copy", MethNoArgs),
		forward("__reversed__", MethNoArgs),
		ClassGetItem,
	}
}
