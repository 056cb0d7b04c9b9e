package objects

import "strings"

// readyBuiltin completes a built-in type (PyType_Ready), its bases first.
func readyBuiltin(t *Type) {
	if t.Flags&TypeReady != 0 {
		return
	}
	own := new(Slots)
	*own = t.Slots // the slots the type defines itself get slot wrappers
	if t.Base != nil {
		readyBuiltin(t.Base)
		if t.Bases == nil {
			t.Bases = []*Type{t.Base}
		}
		// A built-in type deriving directly from object without a constructor of its own
		// cannot be instantiated from Python (Py_TPFLAGS_DISALLOW_INSTANTIATION).
		noNew := t.Slots.New == nil && t.Base == ObjectType
		t.Slots.inheritFrom(&t.Base.Slots)
		if noNew {
			t.Slots.New = nil
		}
		t.Base.addSubclass(t)
		t.MRO = append([]*Type{t}, t.Base.MRO...)
		if len(t.Bases) > 1 { // ExceptionGroup(BaseExceptionGroup, Exception)
			for _, b := range t.Bases[1:] {
				readyBuiltin(b)
				b.addSubclass(t)
			}
			if mro, err := computeMRO(t); err == nil {
				t.MRO = mro
			}
		}
	} else {
		t.MRO = []*Type{t}
	}
	if t.Dict == nil {
		t.Dict = NewDict()
	}
	t.fillBuiltinDict(own)
	t.setCollectionFlags(nil)
	t.Flags |= TypeReady
	// Built-in types are shared by every interpreter in the process and never change after
	// this: give them their tags now, so that no lookup writes to them later.
	t.VersionTag()
	t.Dict.KeysVersion()
}

// fillBuiltinDict installs a built-in type's declared methods, getset descriptors, class
// attributes, slot wrappers and docstring in its namespace; a name already there is kept.
func (t *Type) fillBuiltinDict(own *Slots) {
	d := t.Dict
	put := func(name string, v Object) {
		k := NewStr(name)
		if d.GetStr(k) == nil {
			d.SetStr(k, v)
		}
	}
	for i := range t.Methods {
		def := &t.Methods[i]
		switch {
		case def.Flags&MethClass != 0:
			put(def.Name, &ClassMethodDescriptor{Def: def, Owner: t})
		case def.Flags&MethStatic != 0:
			// Bound to the type, as CPython's METH_STATIC functions are: "built-in method
			// maketrans of type object", qualified name str.maketrans.
			put(def.Name, NewStaticMethod(&BuiltinFunction{Def: def, Self: t}))
		default:
			put(def.Name, &MethodDescriptor{Def: def, Owner: t})
		}
	}
	for i := range t.GetSets {
		put(t.GetSets[i].Name, &GetSetDescriptor{Def: &t.GetSets[i], Owner: t})
	}
	for _, a := range t.Attrs {
		put(a.Name, a.Value)
	}
	t.addSlotWrappers(own, put)
	put("__doc__", docText(t.Name, t.Doc))
}

// ReadyType completes a built-in type defined outside this package (a module's type, such
// as _io.TextIOWrapper) as ReadyBuiltinTypes completes the package's own: fill in Name (with
// the module, "_io.TextIOWrapper"), Base, Slots, Methods, GetSets, Attrs and Doc, then call it
// once, from the package variable's initializer, before the type is used:
//
//	var TextIOWrapperType = objects.ReadyType(&objects.Type{Name: "_io.TextIOWrapper",
//		Base: textIOBaseType, Methods: textIOWrapperMethods, ...})
func ReadyType(t *Type) *Type {
	ReadyBuiltinTypes()
	if t.Base == nil {
		t.Base = ObjectType
	}
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 && !hasAttr(t.Attrs, "__module__") {
		// As PyType_Ready does for a static type named "module.name".
		t.Attrs = append(t.Attrs, TypeAttr{Name: "__module__", Value: NewStr(t.Name[:i])})
	}
	readyBuiltin(t)
	return t
}

func hasAttr(attrs []TypeAttr, name string) bool {
	for _, a := range attrs {
		if a.Name == name {
			return true
		}
	}
	return false
}
