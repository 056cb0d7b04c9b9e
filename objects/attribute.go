package objects

// Generic attribute access, as CPython's PyObject_GenericGetAttr and PyObject_GenericSetAttr:
// data descriptors on the type first, then the instance's __dict__, then other descriptors
// and class attributes.

// GenericGetAttr returns o.name the generic way.
func GenericGetAttr(ts *Thread, o Object, name *Str) (Object, error) {
	t := o.Type()
	descr := t.Lookup(ts, name)
	var get func(*Thread, Object, Object, Object) (Object, error)
	if descr != nil {
		ds := &descr.Type().Slots
		get = ds.DescrGet
		if get != nil && ds.DescrSet != nil {
			return get(ts, descr, o, t)
		}
	}
	if v, err := instanceAttr(ts, o, name); v != nil || err != nil {
		return v, err
	}
	if get != nil {
		return get(ts, descr, o, t)
	}
	if descr != nil {
		return descr, nil
	}
	return nil, noAttributeError(o, name)
}

// noAttributeError is "'C' object has no attribute 'x'".
func noAttributeError(o Object, name *Str) error {
	return newAttributeError(o, name, "'"+o.Type().Name+"' object has no attribute '"+name.value+"'")
}

// newAttributeError returns an AttributeError with message msg about o.name, its name and
// obj attributes set as CPython's set_attribute_error_context does.
func newAttributeError(o Object, name *Str, msg string) error {
	return NewAttributeError(o, name.value, msg)
}

// GenericSetAttr sets o.name = v the generic way, deleting it when v is nil.
func GenericSetAttr(ts *Thread, o Object, name *Str, v Object) error {
	t := o.Type()
	descr := t.Lookup(ts, name)
	if descr != nil {
		if set := descr.Type().Slots.DescrSet; set != nil {
			return set(ts, descr, o, v)
		}
	}
	if inst, ok := o.(*Instance); ok && inst.class.Flags&TypeHasDict != 0 && inst.inlineSet(name, v) {
		return nil
	}
	dp := instanceDict(o)
	if dp == nil {
		if descr != nil {
			return newAttributeError(o, name, "'"+t.Name+"' object attribute '"+name.value+"' is read-only")
		}
		if isGenericSetAttr(t) {
			return newAttributeError(o, name, "'"+t.Name+"' object has no attribute '"+name.value+"' and no __dict__ for setting new attributes")
		}
		return noAttributeError(o, name)
	}
	return setInDict(ts, dp, o, name, v)
}

// setInDict sets or deletes name in the __dict__ at dp, making the dict on first use.
func setInDict(ts *Thread, dp **Dict, o Object, name *Str, v Object) error {
	if v == nil {
		if *dp != nil {
			found, err := (*dp).DelItem(ts, name)
			if found || err != nil {
				return err
			}
		}
		return noAttributeError(o, name)
	}
	if *dp == nil {
		*dp = NewDict()
	}
	return (*dp).SetItem(ts, name, v)
}

// isGenericSetAttr reports whether t sets attributes the generic way.
func isGenericSetAttr(t *Type) bool {
	return t.Slots.SetAttr != nil && sameFunc(t.Slots.SetAttr, GenericSetAttr)
}

// typeGetAttr is type's tp_getattro: a data descriptor of the metatype, then the MRO of the
// type itself (calling a descriptor's __get__ with no instance), then the metatype's other
// attributes.
func typeGetAttr(ts *Thread, o Object, name *Str) (Object, error) {
	t := o.(*Type)
	meta := t.Type()
	metaAttr := meta.Lookup(ts, name)
	var metaGet func(*Thread, Object, Object, Object) (Object, error)
	if metaAttr != nil {
		ds := &metaAttr.Type().Slots
		metaGet = ds.DescrGet
		if metaGet != nil && ds.DescrSet != nil {
			return metaGet(ts, metaAttr, t, meta)
		}
	}
	if attr := t.Lookup(ts, name); attr != nil {
		if get := attr.Type().Slots.DescrGet; get != nil {
			return get(ts, attr, nil, t)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(ts, metaAttr, t, meta)
	}
	if metaAttr != nil {
		return metaAttr, nil
	}
	return nil, newAttributeError(t, name, "type object '"+t.Name+"' has no attribute '"+name.value+"'")
}

// typeSetAttr is type's tp_setattro: built-in types are immutable; on a class the generic
// rules apply to its namespace, after which its version tag (and its subclasses') changes
// and a dunder's slot is updated.
func typeSetAttr(ts *Thread, o Object, name *Str, v Object) error {
	t := o.(*Type)
	if t.Flags&TypeHeap == 0 {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.value, t.Name)
	}
	meta := t.Type()
	if descr := meta.Lookup(ts, name); descr != nil {
		if set := descr.Type().Slots.DescrSet; set != nil {
			return set(ts, descr, t, v)
		}
	}
	if v == nil {
		found, err := t.Dict.DelItem(ts, name)
		if err != nil {
			return err
		}
		if !found {
			return newAttributeError(t, name, "type object '"+t.Name+"' has no attribute '"+name.value+"'")
		}
	} else if err := t.Dict.SetItem(ts, name, v); err != nil {
		return err
	}
	t.Modified()
	if isDunder(name.value) {
		t.updateSlot(name.value)
	}
	return nil
}

// isDunder reports whether name has the __x__ form of special method names.
func isDunder(name string) bool {
	return len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
}

// GetMethod looks up name on o for a call, as CPython's _PyObject_GetMethod: when the
// attribute is a function or a method descriptor found on o's type (and neither a data
// descriptor nor the instance's __dict__ takes precedence), it returns that unbound callable
// and isMethod true, so that the caller passes o as the first argument instead of making a
// bound method; otherwise it returns the attribute as o.name computes it.
func GetMethod(ts *Thread, o Object, name *Str) (attr Object, isMethod bool, err error) {
	t := o.Type()
	if t.Slots.GetAttr == nil || !sameFunc(t.Slots.GetAttr, GenericGetAttr) {
		attr, err = GetAttr(ts, o, name)
		return attr, false, err
	}
	descr := t.Lookup(ts, name)
	methodLike := false
	if descr != nil {
		switch descr.(type) {
		case *Function, *MethodDescriptor:
			methodLike = true
		default:
			ds := &descr.Type().Slots
			if ds.DescrGet != nil && ds.DescrSet != nil {
				attr, err = ds.DescrGet(ts, descr, o, t)
				return attr, false, err
			}
		}
	}
	if v, err := instanceAttr(ts, o, name); v != nil || err != nil {
		return v, false, err
	}
	if methodLike {
		return descr, true, nil
	}
	if descr != nil {
		if get := descr.Type().Slots.DescrGet; get != nil {
			attr, err = get(ts, descr, o, t)
			return attr, false, err
		}
		return descr, false, nil
	}
	return nil, false, noAttributeError(o, name)
}

// instanceAttr returns name from o's inline values or __dict__, nil when absent.
func instanceAttr(ts *Thread, o Object, name *Str) (Object, error) {
	if inst, ok := o.(*Instance); ok {
		if v, inline := inst.inlineGet(name); inline {
			return v, nil
		}
	}
	if dp := instanceDict(o); dp != nil && *dp != nil {
		return (*dp).GetItem(ts, name)
	}
	return nil, nil
}
