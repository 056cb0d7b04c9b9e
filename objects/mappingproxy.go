package objects

// MappingProxyType is the type of read-only views of a mapping: a type's __dict__.
var MappingProxyType = newType("mappingproxy", ObjectType)

// MappingProxy is a read-only view of a dict.
type MappingProxy struct {
	Mapping *Dict
}

// Type returns MappingProxyType.
func (*MappingProxy) Type() *Type { return MappingProxyType }

func init() {
	t := MappingProxyType
	t.Flags |= TypeFinal
	t.Slots.Len = func(ts *Thread, o Object) (int, error) { return o.(*MappingProxy).Mapping.Len(), nil }
	t.Slots.GetItem = func(ts *Thread, o, key Object) (Object, error) {
		return DictType.Slots.GetItem(ts, o.(*MappingProxy).Mapping, key)
	}
	t.Slots.Contains = func(ts *Thread, o, key Object) (bool, error) {
		return o.(*MappingProxy).Mapping.Contains(ts, key)
	}
	t.Slots.Iter = func(ts *Thread, o Object) (Object, error) {
		return GetIter(ts, o.(*MappingProxy).Mapping)
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		r, err := Repr(ts, o.(*MappingProxy).Mapping)
		if err != nil {
			return nil, err
		}
		return NewStr("mappingproxy(" + r.value + ")"), nil
	}
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		return Compare(ts, a.(*MappingProxy).Mapping, b, op)
	}
	t.Methods = []MethodDef{
		{Name: "get", Flags: MethFastcall, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if err := CheckPositional("get", len(args), 1, 2); err != nil {
				return nil, err
			}
			v, err := self.(*MappingProxy).Mapping.GetItem(ts, args[0])
			if v == nil && err == nil {
				v = None
				if len(args) == 2 {
					v = args[1]
				}
			}
			return v, err
		}},
		{Name: "keys", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return CallMethod(ts, self.(*MappingProxy).Mapping, "keys")
		}},
		{Name: "values", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return CallMethod(ts, self.(*MappingProxy).Mapping, "values")
		}},
		{Name: "items", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return CallMethod(ts, self.(*MappingProxy).Mapping, "items")
		}},
		{Name: "copy", Flags: MethNoArgs, Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			d := NewDict()
			self.(*MappingProxy).Mapping.Items(func(k, v Object) bool { d.SetItem(ts, k, v); return true })
			return d, nil
		}},
	}
}
