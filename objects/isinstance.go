package objects

// isinstance() and issubclass(), as CPython's PyObject_IsInstance and PyObject_IsSubclass:
// tuples of classes, the __instancecheck__ and __subclasscheck__ hooks of metaclasses, and
// the __class__ and __bases__ protocol for objects that only pretend to be classes.

var (
	dunderInstancecheck = NewStr("__instancecheck__")
	dunderSubclasscheck = NewStr("__subclasscheck__")
	dunderBases         = NewStr("__bases__")
	dunderClass         = NewStr("__class__")
)

// IsInstance reports isinstance(inst, cls).
func IsInstance(ts *Thread, inst, cls Object) (bool, error) {
	if inst.Type() == cls {
		return true, nil
	}
	if t, ok := cls.(*Type); ok && t.Type() == TypeType {
		return recursiveIsInstance(ts, inst, cls)
	}
	if tup, ok := cls.(*Tuple); ok {
		for _, c := range tup.items {
			r, err := IsInstance(ts, inst, c)
			if r || err != nil {
				return r, err
			}
		}
		return false, nil
	}
	if checker := cls.Type().Lookup(ts, dunderInstancecheck); checker != nil {
		r, err := callDescriptor(ts, checker, cls, inst)
		if err != nil {
			return false, err
		}
		return IsTrue(ts, r)
	}
	return recursiveIsInstance(ts, inst, cls)
}

func recursiveIsInstance(ts *Thread, inst, cls Object) (bool, error) {
	if t, ok := cls.(*Type); ok {
		if inst.Type().IsSubtype(t) {
			return true, nil
		}
		c, err := GetAttr(ts, inst, dunderClass)
		if err != nil {
			if IsAttributeError(err) {
				return false, nil
			}
			return false, err
		}
		if ct, ok := c.(*Type); ok && ct != inst.Type() {
			return ct.IsSubtype(t), nil
		}
		return false, nil
	}
	if ok, err := hasBases(ts, cls); !ok || err != nil {
		if err == nil {
			err = Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
		}
		return false, err
	}
	c, err := GetAttr(ts, inst, dunderClass)
	if err != nil {
		if IsAttributeError(err) {
			return false, nil
		}
		return false, err
	}
	return abstractIsSubclass(ts, c, cls)
}

// IsSubclass reports issubclass(derived, cls).
func IsSubclass(ts *Thread, derived, cls Object) (bool, error) {
	if t, ok := cls.(*Type); ok && t.Type() == TypeType {
		if derived == cls {
			return true, nil
		}
		return recursiveIsSubclass(ts, derived, cls)
	}
	if tup, ok := cls.(*Tuple); ok {
		for _, c := range tup.items {
			r, err := IsSubclass(ts, derived, c)
			if r || err != nil {
				return r, err
			}
		}
		return false, nil
	}
	if checker := cls.Type().Lookup(ts, dunderSubclasscheck); checker != nil {
		r, err := callDescriptor(ts, checker, cls, derived)
		if err != nil {
			return false, err
		}
		return IsTrue(ts, r)
	}
	return recursiveIsSubclass(ts, derived, cls)
}

func recursiveIsSubclass(ts *Thread, derived, cls Object) (bool, error) {
	d, dok := derived.(*Type)
	c, cok := cls.(*Type)
	if dok && cok {
		return d.IsSubtype(c), nil
	}
	if ok, err := hasBases(ts, derived); !ok || err != nil {
		if err == nil {
			err = Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return false, err
	}
	if ok, err := hasBases(ts, cls); !ok || err != nil {
		if err == nil {
			err = Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
		}
		return false, err
	}
	return abstractIsSubclass(ts, derived, cls)
}

// hasBases reports whether o is a class or has a __bases__ tuple; an error other than
// AttributeError getting __bases__ is passed on, as abstract_get_bases does.
func hasBases(ts *Thread, o Object) (bool, error) {
	if _, ok := o.(*Type); ok {
		return true, nil
	}
	b, err := GetAttr(ts, o, dunderBases)
	if err != nil {
		if IsAttributeError(err) {
			return false, nil
		}
		return false, err
	}
	_, ok := b.(*Tuple)
	return ok, nil
}

// abstractIsSubclass walks __bases__ for objects that are not types.
func abstractIsSubclass(ts *Thread, derived, cls Object) (bool, error) {
	for depth := 0; depth < 1000; depth++ {
		if derived == cls {
			return true, nil
		}
		b, err := GetAttr(ts, derived, dunderBases)
		if err != nil {
			if IsAttributeError(err) {
				return false, nil
			}
			return false, err
		}
		bases, ok := b.(*Tuple)
		if !ok || len(bases.items) == 0 {
			return false, nil
		}
		if len(bases.items) == 1 {
			derived = bases.items[0]
			continue
		}
		if err := ts.EnterRecursive(" in __subclasscheck__"); err != nil {
			return false, err
		}
		defer ts.LeaveRecursive()
		for _, base := range bases.items {
			r, err := abstractIsSubclass(ts, base, cls)
			if r || err != nil {
				return r, err
			}
		}
		return false, nil
	}
	return false, Errorf(RecursionErrorType, "maximum recursion depth exceeded in __subclasscheck__")
}
