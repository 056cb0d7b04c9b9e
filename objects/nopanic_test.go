package objects

import "testing"

// TestCoreTypesNeverPanic calls every attribute of the object model's own types with odd
// arguments: each call must return a value or a Python exception, never panic.
func TestCoreTypesNeverPanic(t *testing.T) {
	readyBuiltin(thingType)
	ts := testThread(map[string]goBody{"f": returns(None)})
	f := pyFunc("f", "")
	C := class(t, ts, "C", nil, "__slots__", NewTuple([]Object{str("a")}))
	prop, _ := Call(ts, PropertyType, []Object{f}, nil)
	sup, _ := Call(ts, SuperType, []Object{C, NewInstance(C)}, nil)
	upper, _ := getattr(ts, thingType, "upper")
	real, _ := getattr(ts, thingType, "real")
	add, _ := getattr(ts, IntType, "__add__")
	boundAdd, _ := getattr(ts, NewInt(1), "__add__")
	samples := map[*Type]Object{
		TypeType:                  C,
		ObjectType:                NewInstance(C),
		FunctionType:              f,
		MethodType:                NewMethod(f, NewInt(1)),
		PropertyType:              prop,
		SuperType:                 sup,
		ClassMethodType:           NewClassMethod(f),
		StaticMethodType:          NewStaticMethod(f),
		ModuleType:                NewModule("m"),
		CellType:                  NewCell(nil),
		MappingProxyType:          &MappingProxy{Mapping: C.Dict},
		MemberDescriptorType:      C.Dict.GetStr(str("a")),
		MethodDescriptorType:      upper,
		GetSetDescriptorType:      real,
		WrapperDescriptorType:     add,
		MethodWrapperType:         boundAdd,
		BuiltinFunctionType:       NewBuiltinFunction(&MethodDef{Name: "g", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) { return args[0], nil }}, NewModule("m")),
		ClassMethodDescriptorType: thingType.Dict.GetStr(str("fromkeys")),
	}
	odd := [][]Object{
		nil,
		{None},
		{NewInt(-1)},
		{str("x")},
		{None, None},
		{C, NewInstance(C)},
		{IntType, NewInt(1), str("y")},
		{EmptyTuple, NewDict(), None, None},
	}
	for typ, sample := range samples {
		var names []Object
		typ.Dict.Items(func(k, _ Object) bool { names = append(names, k); return true })
		for _, owner := range []Object{typ, sample} {
			for _, name := range names {
				for _, args := range odd {
					for _, kwn := range []*Tuple{nil, kw("zz")} {
						if kwn != nil && len(args) == 0 {
							continue
						}
						func() {
							defer func() {
								if r := recover(); r != nil {
									t.Errorf("%s.%s(%v, kw=%v) panicked: %v", typ.Name, name.(*Str).value, args, kwn, r)
								}
							}()
							attr, err := GetAttr(ts, owner, name.(*Str))
							if err != nil {
								return
							}
							Call(ts, attr, args, kwn)
							Repr(ts, attr)
						}()
					}
				}
			}
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s(...) panicked: %v", typ.Name, r)
				}
			}()
			for _, args := range odd {
				Call(ts, typ, args, nil)
				Repr(ts, sample)
				Hash(ts, sample)
				SetAttr(ts, sample, str("__class__"), C)
				SetAttr(ts, sample, str("zz"), nil)
			}
		}()
	}
}
