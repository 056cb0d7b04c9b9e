package objects

// The abstract object protocols, as CPython's Objects/abstract.c: each dispatches through the
// operand's type slots and raises CPython's TypeError when the type lacks the slot.

// GetAttr returns o.name.
func GetAttr(ts *Thread, o Object, name *Str) (Object, error) {
	if f := o.Type().Slots.GetAttr; f != nil {
		return f(ts, o, name)
	}
	return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", o.Type().Name, name.value)
}

// SetAttr sets o.name = v, or deletes o.name when v is nil.
func SetAttr(ts *Thread, o Object, name *Str, v Object) error {
	if f := o.Type().Slots.SetAttr; f != nil {
		return f(ts, o, name, v)
	}
	if v == nil {
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", o.Type().Name, name.value)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", o.Type().Name, name.value)
}

// Call calls callable with positional arguments and then keyword arguments, the keywords
// named by kwnames (nil for none).
func Call(ts *Thread, callable Object, args []Object, kwnames *Tuple) (Object, error) {
	if f := callable.Type().Slots.Call; f != nil {
		return f(ts, callable, args, kwnames)
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not callable", callable.Type().Name)
}

// GetIter returns an iterator over o; what the type's __iter__ returns must be an iterator.
// An object with __getitem__ and no __iter__ is iterated by index (the sequence protocol).
func GetIter(ts *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Iter; f != nil {
		it, err := f(ts, o)
		if err != nil {
			return nil, err
		}
		if it.Type().Slots.IterNext == nil {
			return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", it.Type().Name)
		}
		return it, nil
	}
	if o.Type().Slots.GetItem != nil && !o.Type().IsSubtype(DictType) {
		return NewSeqIterator(o), nil
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not iterable", o.Type().Name)
}

// endsIteration reports whether an iterator's error is StopIteration: a generator that
// returns a value ends with StopIteration(value), which is the end to everything but next()
// itself, as PyIter_Next clears it.
func endsIteration(err error) bool {
	e, ok := err.(*BaseException)
	return ok && e.Type().IsSubtype(StopIterationType)
}

// Next returns the next item of the iterator it, or nil and no error when it is exhausted.
func Next(ts *Thread, it Object) (Object, error) {
	if f := it.Type().Slots.IterNext; f != nil {
		v, err := f(ts, it)
		if err != nil && endsIteration(err) {
			return nil, nil
		}
		return v, err
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
}

// Len returns len(o).
func Len(ts *Thread, o Object) (int, error) {
	if f := o.Type().Slots.Len; f != nil {
		return f(ts, o)
	}
	return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", o.Type().Name)
}

// GetItem returns o[key]; a class without a metaclass __getitem__ is subscripted through its
// __class_getitem__ (list[int]), and type[X] is a generic alias.
func GetItem(ts *Thread, o, key Object) (Object, error) {
	if f := o.Type().Slots.GetItem; f != nil {
		return f(ts, o, key)
	}
	if t, ok := o.(*Type); ok {
		if t == TypeType {
			return NewGenericAlias(ts, t, key)
		}
		m, err := GetAttr(ts, t, NewStr("__class_getitem__"))
		if err == nil {
			return Call(ts, m, []Object{key}, nil)
		}
		if !IsAttributeError(err) {
			return nil, err
		}
		return nil, Errorf(TypeErrorType, "type '%s' is not subscriptable", t.Name)
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not subscriptable", o.Type().Name)
}

// SetItem sets o[key] = v.
func SetItem(ts *Thread, o, key, v Object) error {
	if f := o.Type().Slots.SetItem; f != nil {
		return f(ts, o, key, v)
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", o.Type().Name)
}

// DelItem deletes o[key].
func DelItem(ts *Thread, o, key Object) error {
	if f := o.Type().Slots.SetItem; f != nil {
		return f(ts, o, key, nil)
	}
	return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", o.Type().Name)
}

// Contains reports whether item in container.
func Contains(ts *Thread, container, item Object) (bool, error) {
	if f := container.Type().Slots.Contains; f != nil {
		return f(ts, container, item)
	}
	it, err := GetIter(ts, container)
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(TypeErrorType) {
			return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", container.Type().Name)
		}
		return false, err
	}
	for {
		v, err := Next(ts, it)
		if v == nil || err != nil {
			return false, err
		}
		if eq, err := Equal(ts, v, item); eq || err != nil {
			return eq, err
		}
	}
}

// Hash returns hash(o).
func Hash(ts *Thread, o Object) (int64, error) {
	if f := o.Type().Slots.Hash; f != nil {
		return f(ts, o)
	}
	return 0, Errorf(TypeErrorType, "unhashable type: '%s'", o.Type().Name)
}

// Equal reports whether a == b, by identity first as CPython's containers do.
func Equal(ts *Thread, a, b Object) (bool, error) {
	if a == b {
		return true, nil
	}
	r, err := Compare(ts, a, b, CmpEQ)
	if err != nil {
		return false, err
	}
	return IsTrue(ts, r)
}

// Format returns format(o, spec).
func Format(ts *Thread, o Object, spec *Str) (Object, error) {
	if f := o.Type().Slots.Format; f != nil {
		r, err := f(ts, o, spec)
		if err == nil {
			if _, ok := r.(*Str); !ok {
				return nil, Errorf(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
			}
		}
		return r, err
	}
	return nil, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", o.Type().Name)
}
