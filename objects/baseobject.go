package objects

// The slots and methods of object, the root of every class.

// objectNew is object.__new__: it makes an Instance of cls. Extra arguments are an error
// unless the class overrides __init__ and not __new__, as CPython's object_new allows.
func objectNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	if len(args) > 0 {
		if !sameFunc(cls.Slots.New, objectNew) {
			return nil, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if cls.Slots.Init == nil || sameFunc(cls.Slots.Init, objectInit) {
			return nil, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
		}
	}
	if cls.Flags&TypeAbstract != 0 {
		return nil, abstractInstantiationError(ts, cls)
	}
	if b := solidBase(cls); b != ObjectType {
		return nil, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, b.Name)
	}
	return NewInstance(cls), nil
}

// objectInit is object.__init__: it accepts extra arguments only when the class overrides
// __new__ and not __init__.
func objectInit(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
	if len(args) > 0 {
		t := o.Type()
		if !sameFunc(t.Slots.Init, objectInit) {
			return Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if sameFunc(t.Slots.New, objectNew) {
			return Errorf(TypeErrorType, "%s() takes no arguments", t.Name)
		}
	}
	return nil
}

// abstractInstantiationError is "Can't instantiate abstract class C without an
// implementation for abstract method 'f'".
func abstractInstantiationError(ts *Thread, cls *Type) error {
	v := cls.Dict.GetStr(NewStr("__abstractmethods__"))
	var names []string
	if v != nil {
		if it, err := GetIter(ts, v); err == nil {
			for {
				x, err := Next(ts, it)
				if x == nil || err != nil {
					break
				}
				if s, ok := x.(*Str); ok {
					names = append(names, s.value)
				}
			}
		}
	}
	sortStrings(names)
	list := ""
	for i, n := range names {
		if i > 0 {
			list += ", "
		}
		list += "'" + n + "'"
	}
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s without an implementation for abstract method%s %s",
		cls.Name, pluralS(len(names)), list)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// objectRepr is object.__repr__: "<module.Qualname object at 0x...>".
func objectRepr(ts *Thread, o Object) (*Str, error) {
	t := o.Type()
	mod := t.moduleName()
	if mod != "" && mod != "builtins" {
		return NewStr("<" + mod + "." + t.QualName() + " object at " + addressOf(o) + ">"), nil
	}
	return NewStr("<" + t.Name + " object at " + addressOf(o) + ">"), nil
}

// objectRichCompare is object's comparison: == by identity, != as the negation of ==, and
// NotImplemented for the orderings.
func objectRichCompare(ts *Thread, a, b Object, op CompareOp) (Object, error) {
	switch op {
	case CmpEQ:
		if a == b {
			return True, nil
		}
		return NotImplemented, nil
	case CmpNE:
		// != is the negation of ==, when the type defines __eq__ (CPython's object_richcompare).
		if eq := a.Type().Slots.RichCompare; eq != nil {
			r, err := eq(ts, a, b, CmpEQ)
			if err != nil || r == NotImplemented {
				return r, err
			}
			t, err := IsTrue(ts, r)
			if err != nil {
				return nil, err
			}
			return NewBool(!t), nil
		}
	}
	return NotImplemented, nil
}

// objectFormat is object.__format__: str(self) for an empty spec.
func objectFormat(ts *Thread, o Object, spec *Str) (Object, error) {
	if spec.value != "" {
		return nil, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", o.Type().Name)
	}
	return StrOf(ts, o)
}

// objectClassGet and objectClassSet are object.__class__.
func objectClassGet(ts *Thread, o Object) (Object, error) { return o.Type(), nil }

func objectClassSet(ts *Thread, o, v Object) error {
	if v == nil {
		return Errorf(TypeErrorType, "can't delete __class__ attribute")
	}
	newT, ok := v.(*Type)
	if !ok {
		return Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", v.Type().Name)
	}
	oldT := o.Type()
	if !(newT.IsHeapType() && oldT.IsHeapType()) {
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if !compatibleForAssignment(oldT, newT) {
		return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", newT.Name, oldT.Name)
	}
	switch x := o.(type) {
	case *Instance:
		x.materialize() // the inline values follow the old class's layout
		x.class = newT
	case extended:
		x.extension().Class = newT
	default:
		return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", newT.Name, oldT.Name)
	}
	return nil
}

// compatibleForAssignment reports whether instances of a and b have the same layout: the same
// built-in base, the same __slots__ and both or neither with a __dict__.
func compatibleForAssignment(a, b *Type) bool {
	if solidBase(a) != solidBase(b) {
		return false
	}
	if a.Flags&TypeHasDict != b.Flags&TypeHasDict || a.nSlots != b.nSlots {
		return false
	}
	for sa, sb := a, b; sa != nil && sb != nil; sa, sb = sa.Base, sb.Base {
		if len(sa.slotNames) != len(sb.slotNames) {
			return false
		}
		for i := range sa.slotNames {
			if sa.slotNames[i] != sb.slotNames[i] {
				return false
			}
		}
		if sa.slotNames == nil && sb.slotNames == nil {
			break
		}
	}
	return true
}

// solidBase returns the built-in type whose Go representation t's instances use.
func solidBase(t *Type) *Type {
	for t.Flags&(TypeHeap|TypeBaseLayout) != 0 {
		t = t.Base
	}
	return t
}

func init() {
	o := ObjectType
	o.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"
	o.Slots.GetAttr = GenericGetAttr
	o.Slots.SetAttr = GenericSetAttr
	o.Slots.New = objectNew
	o.Slots.Init = objectInit
	o.Slots.Repr = objectRepr
	o.Slots.Str = func(ts *Thread, o Object) (*Str, error) { return Repr(ts, o) }
	o.Slots.RichCompare = objectRichCompare
	o.Slots.Format = objectFormat
	o.GetSets = []GetSetDef{
		{Name: "__class__", Get: objectClassGet, Set: objectClassSet, Doc: "the object's class"},
	}
	o.Methods = []MethodDef{
		{Name: "__init_subclass__", Flags: MethNoArgs | MethClass, Func: func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			return None, nil
		}, Doc: "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n"},
		{Name: "__subclasshook__", Flags: MethO | MethClass, Func: func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			return NotImplemented, nil
		}},
		{Name: "__format__", Flags: MethO, Func: func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			spec, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
			}
			return objectFormat(ts, self, spec)
		}},
		{Name: "__dir__", Flags: MethNoArgs, Func: objectDir},
	}
	o.Methods = append(o.Methods, reduceMethods...)
}

// objectDir is object.__dir__: the keys of the instance's __dict__ and of its class's
// namespaces, as a list (dir() sorts it).
func objectDir(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
	seen := NewDict()
	if dp := instanceDict(self); dp != nil && *dp != nil {
		(*dp).Items(func(k, _ Object) bool { seen.SetItem(ts, k, None); return true })
	}
	for _, c := range self.Type().MRO {
		c.Dict.Items(func(k, _ Object) bool { seen.SetItem(ts, k, None); return true })
	}
	var keys []Object
	seen.Items(func(k, _ Object) bool { keys = append(keys, k); return true })
	return NewList(keys), nil
}
