package objects

// The __reduce__ methods of the built-in types whose instances object.__reduce_ex__ cannot
// rebuild from a __dict__: sets, bytearrays and slices reduce to their constructor's
// arguments, and the NotImplemented and Ellipsis singletons to their names, which pickle
// saves as references to the builtins.

// singletonReduce makes the __reduce__ of a singleton saved by name.
func singletonReduce(name string) MethodDef {
	return MethodDef{Name: "__reduce__", Flags: MethNoArgs,
		Func: func(*Thread, Object, []Object, *Tuple) (Object, error) { return NewStr(name), nil }}
}

// setReduce is set.__reduce__ and frozenset.__reduce__: (type, (list of the elements,),
// state), the state being the instance's __dict__ and slots for a subclass.
func setReduce(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	s := self.(*Set)
	state, err := getState(ts, self, false)
	if err != nil {
		return nil, err
	}
	return reduceTo(s.Type(), []Object{NewList(s.Elements())}, state), nil
}

// byteArrayReduce is bytearray's reduction for protocol proto: before protocol 3, which
// has no bytes, the contents travel as a latin-1 str.
func byteArrayReduce(ts *Thread, b *ByteArray, proto int64) (Object, error) {
	state, err := getState(ts, b, false)
	if err != nil {
		return nil, err
	}
	switch {
	case len(b.value) == 0:
		return reduceTo(b.Type(), nil, state), nil
	case proto < 3:
		runes := make([]rune, len(b.value))
		for i, c := range b.value {
			runes[i] = rune(c)
		}
		return reduceTo(b.Type(), []Object{NewStr(string(runes)), NewStr("latin-1")}, state), nil
	}
	return reduceTo(b.Type(), []Object{NewBytes(b.value)}, state), nil
}

func init() {
	NotImplementedType.Methods = append(NotImplementedType.Methods, singletonReduce("NotImplemented"))
	EllipsisType.Methods = append(EllipsisType.Methods, singletonReduce("Ellipsis"))
	setDoc := "Return state information for pickling."
	SetType.Methods = append(SetType.Methods, MethodDef{Name: "__reduce__", Flags: MethNoArgs, Doc: setDoc, Func: setReduce})
	FrozenSetType.Methods = append(FrozenSetType.Methods, MethodDef{Name: "__reduce__", Flags: MethNoArgs, Doc: setDoc, Func: setReduce})
	SliceType.Methods = append(SliceType.Methods, MethodDef{Name: "__reduce__", Flags: MethNoArgs, Doc: setDoc,
		Func: func(_ *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			s := self.(*Slice)
			return reduceTo(SliceType, []Object{s.Start, s.Stop, s.Step}, nil), nil
		}})
	ByteArrayType.Methods = append(ByteArrayType.Methods,
		MethodDef{Name: "__reduce__", Flags: MethNoArgs, Doc: setDoc,
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
				return byteArrayReduce(ts, self.(*ByteArray), 2)
			}},
		MethodDef{Name: "__reduce_ex__", Flags: MethFastcall, Doc: setDoc,
			Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
				if err := CheckPositional("__reduce_ex__", len(args), 0, 1); err != nil {
					return nil, err
				}
				proto := int64(0)
				if len(args) == 1 {
					p, err := indexValue(ts, args[0])
					if err != nil {
						return nil, err
					}
					proto = int64(p)
				}
				return byteArrayReduce(ts, self.(*ByteArray), proto)
			}})
}

// reduceGetattr is (getattr, (obj, name)): how methods and descriptors pickle, as references
// to the attribute they are.
func reduceGetattr(ts *Thread, obj Object, name string) (Object, error) {
	getattr, err := builtinNamed(ts, "getattr")
	if err != nil {
		return nil, err
	}
	return reduceTo(getattr, []Object{obj, NewStr(name)}, nil), nil
}

func init() {
	reduce := func(f func(ts *Thread, self Object) (Object, error)) MethodDef {
		return MethodDef{Name: "__reduce__", Flags: MethNoArgs,
			Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) { return f(ts, self) }}
	}
	MethodDescriptorType.Methods = append(MethodDescriptorType.Methods, reduce(func(ts *Thread, self Object) (Object, error) {
		d := self.(*MethodDescriptor)
		return reduceGetattr(ts, d.Owner, d.Def.Name)
	}))
	ClassMethodDescriptorType.Methods = append(ClassMethodDescriptorType.Methods, reduce(func(ts *Thread, self Object) (Object, error) {
		d := self.(*ClassMethodDescriptor)
		return reduceGetattr(ts, d.Owner, d.Def.Name)
	}))
	WrapperDescriptorType.Methods = append(WrapperDescriptorType.Methods, reduce(func(ts *Thread, self Object) (Object, error) {
		d := self.(*WrapperDescriptor)
		return reduceGetattr(ts, d.Owner, d.Name)
	}))
	MethodWrapperType.Methods = append(MethodWrapperType.Methods, reduce(func(ts *Thread, self Object) (Object, error) {
		w := self.(*MethodWrapper)
		return reduceGetattr(ts, w.Self, w.Descr.Name)
	}))
	// A bound method pickles as getattr(its instance, its function's name) (method_reduce).
	MethodType.Methods = append(MethodType.Methods, reduce(func(ts *Thread, self Object) (Object, error) {
		m := self.(*Method)
		name, err := GetAttr(ts, m.Func, NewStr("__name__"))
		if err != nil {
			return nil, err
		}
		n, ok := name.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "__name__ must be a string")
		}
		return reduceGetattr(ts, m.Self, n.value)
	}))
}
