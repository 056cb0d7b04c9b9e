package objects

// The containers' methods and attributes, declared for ReadyBuiltinTypes to install in the
// types' namespaces. Each Go function checks its own arguments with CPython's messages (the
// Argument Clinic ones differ from the generic METH_* checks), so every method is declared
// with the fastcall-with-keywords convention, which hands the arguments over unchecked.

// methodDefs converts a method table into MethodDefs with the given extra flags.
func methodDefs(ms []containerMethod, flags MethodFlags) []MethodDef {
	out := make([]MethodDef, len(ms))
	for i, m := range ms {
		out[i] = MethodDef{Name: m.name, Func: m.fn, Flags: MethFastcall | MethKeywords | flags, Doc: m.doc}
	}
	return out
}

// sliceAttr returns the getset descriptor of one of a slice's fields.
func sliceAttr(name string, field func(*Slice) Object) GetSetDef {
	return GetSetDef{Name: name, Get: func(ts *Thread, o Object) (Object, error) { return field(o.(*Slice)), nil }}
}

func init() {
	ListType.Methods = append(ListType.Methods, methodDefs(listMethods, 0)...)
	TupleType.Methods = append(TupleType.Methods, methodDefs(tupleMethods, 0)...)
	DictType.Methods = append(DictType.Methods, methodDefs(dictMethods, 0)...)
	DictType.Methods = append(DictType.Methods, methodDefs(dictClassMethods, MethClass)...)
	SetType.Methods = append(SetType.Methods, methodDefs(setMethods, 0)...)
	FrozenSetType.Methods = append(FrozenSetType.Methods, methodDefs(frozenSetMethods("frozenset"), 0)...)
	DictKeysType.Methods = append(DictKeysType.Methods, methodDefs(dictKeysMethods, 0)...)
	DictValuesType.Methods = append(DictValuesType.Methods, methodDefs(dictValuesMethods, 0)...)
	DictItemsType.Methods = append(DictItemsType.Methods, methodDefs(dictItemsMethods, 0)...)
	TupleIteratorType.Methods = append(TupleIteratorType.Methods, methodDefs(tupleIteratorMethods, 0)...)
	ListIteratorType.Methods = append(ListIteratorType.Methods, methodDefs(listIteratorMethods, 0)...)
	ListReverseIteratorType.Methods = append(ListReverseIteratorType.Methods, methodDefs(listReverseIteratorMethods, 0)...)
	SetIteratorType.Methods = append(SetIteratorType.Methods, methodDefs(setIteratorMethods, 0)...)
	for _, t := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType,
		DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType} {
		t.Methods = append(t.Methods, methodDefs(dictIteratorMethods, 0)...)
	}
	SliceType.Methods = append(SliceType.Methods, MethodDef{Name: "indices", Flags: MethO,
		Doc: "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.",
		Func: func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			return sliceIndicesMethod(ts, self.(*Slice), args[0])
		}})
	SliceType.GetSets = append(SliceType.GetSets,
		sliceAttr("start", func(s *Slice) Object { return s.Start }),
		sliceAttr("stop", func(s *Slice) Object { return s.Stop }),
		sliceAttr("step", func(s *Slice) Object { return s.Step }))
	// Mutable containers set __hash__ to None, so that subclasses do not inherit a hash.
	for _, t := range []*Type{ListType, DictType, SetType} {
		t.Attrs = append(t.Attrs, TypeAttr{Name: "__hash__", Value: None})
	}
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType, SetIteratorType,
		DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType, DictReverseKeyIteratorType,
		DictReverseValueIteratorType, DictReverseItemIteratorType, TupleIteratorType, ListIteratorType,
		ListReverseIteratorType, SliceType} {
		t.Flags |= TypeFinal
	}
}
