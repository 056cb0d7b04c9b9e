package objects

// Special methods and attributes the built-in types have in CPython that protocols reach
// through the slots here, but that Python code and the copy and pickle machinery look up by
// name: __getnewargs__, __bool__ of None, __complex__, __bytes__, __wrapped__ ...

func getNewArgs(f func(o Object) Object) MethodDef {
	return MethodDef{Name: "__getnewargs__", Flags: MethNoArgs,
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			return NewTuple([]Object{f(self)}), nil
		}}
}

func noArgs(name string, f func(ts *Thread, self Object) (Object, error)) MethodDef {
	return MethodDef{Name: name, Flags: MethNoArgs,
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) { return f(ts, self) }}
}

// bytesExpandTabs is bytes.expandtabs: str's algorithm, a byte a column.
func bytesExpandTabs(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	tabsize, err := tabsizeArg(ts, args, kwnames)
	if err != nil {
		return nil, err
	}
	v := selfBytes(self)
	runes := make([]rune, len(v))
	for i := 0; i < len(v); i++ {
		runes[i] = rune(v[i])
	}
	s, err := NewStr(string(runes)).ExpandTabs(tabsize)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(s.value))
	for _, r := range s.value {
		out = append(out, byte(r))
	}
	return sameKind(self, string(out)), nil
}

func init() {
	IntType.Methods = append(IntType.Methods, getNewArgs(func(o Object) Object {
		i, _ := asInt(o)
		return i.exact()
	}))
	FloatType.Methods = append(FloatType.Methods, getNewArgs(func(o Object) Object { return NewFloat(o.(*Float).value) }))
	ComplexType.Methods = append(ComplexType.Methods,
		noArgs("__getnewargs__", func(ts *Thread, self Object) (Object, error) {
			c := self.(*Complex).value
			return NewTuple([]Object{NewFloat(real(c)), NewFloat(imag(c))}), nil
		}),
		noArgs("__complex__", func(ts *Thread, self Object) (Object, error) { return NewComplex(self.(*Complex).value), nil }))
	StrType.Methods = append(StrType.Methods, getNewArgs(func(o Object) Object { return o.(*Str).exact() }))
	BytesType.Methods = append(BytesType.Methods,
		getNewArgs(func(o Object) Object { return NewBytesString(o.(*Bytes).value) }),
		noArgs("__bytes__", func(ts *Thread, self Object) (Object, error) { return NewBytesString(self.(*Bytes).value), nil }),
		MethodDef{Name: "expandtabs", Flags: MethFastcall | MethKeywords, Func: bytesExpandTabs})
	ByteArrayType.Methods = append(ByteArrayType.Methods,
		MethodDef{Name: "expandtabs", Flags: MethFastcall | MethKeywords, Func: bytesExpandTabs})
	TupleType.Methods = append(TupleType.Methods, getNewArgs(func(o Object) Object { return NewTuple(o.(*Tuple).items) }))
	NoneType.Methods = append(NoneType.Methods, noArgs("__bool__", func(ts *Thread, self Object) (Object, error) { return False, nil }))
	wrapped := func(name string, f func(o Object) Object) GetSetDef {
		return GetSetDef{Name: name, Get: func(ts *Thread, o Object) (Object, error) { return f(o), nil }}
	}
	ClassMethodType.GetSets = append(ClassMethodType.GetSets, wrapped("__wrapped__", func(o Object) Object { return o.(*ClassMethod).Callable }))
	StaticMethodType.GetSets = append(StaticMethodType.GetSets, wrapped("__wrapped__", func(o Object) Object { return o.(*StaticMethod).Callable }))
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		t.GetSets = append(t.GetSets, wrapped("mapping", func(o Object) Object { return &MappingProxy{Mapping: o.(*DictView).d} }))
	}
	EnumerateType.Methods = append(EnumerateType.Methods, ClassGetItem)
	BaseExceptionType.Methods = append(BaseExceptionType.Methods, MethodDef{Name: "__setstate__", Flags: MethO,
		Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			if args[0] == None {
				return None, nil
			}
			d, ok := args[0].(*Dict)
			if !ok {
				return nil, Errorf(TypeErrorType, "state is not a dictionary")
			}
			var err error
			d.Items(func(k, v Object) bool {
				name, ok := k.(*Str)
				if !ok {
					err = Errorf(TypeErrorType, "attribute name must be string, not '%s'", k.Type().Name)
					return false
				}
				err = SetAttr(ts, self, name, v)
				return err == nil
			})
			return None, err
		}})
}
