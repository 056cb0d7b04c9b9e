package objects

// Calling special methods found on a type, as CPython's lookup_maybe_method and
// vectorcall_method: the attribute is looked up on the type (not the instance) and called
// with the instance first, without making a bound method for plain functions and method
// descriptors.

// callDescriptor calls m, an attribute found on self's type, as a method of self.
func callDescriptor(ts *Thread, m, self Object, args ...Object) (Object, error) {
	return callDescriptorKw(ts, m, self, args, nil)
}

// callDescriptorKw is callDescriptor with keyword arguments, their values at the end of
// args and their names in kwnames.
func callDescriptorKw(ts *Thread, m, self Object, args []Object, kwnames *Tuple) (Object, error) {
	switch f := m.(type) {
	case *Function:
		all := make([]Object, 0, len(args)+1)
		all = append(append(all, self), args...)
		return f.Call(ts, all, kwnames)
	case *MethodDescriptor:
		if err := descrCheck(f.Def.Name, f.Owner, self); err != nil {
			return nil, err
		}
		return f.CallBound(ts, self, args, kwnames)
	case *WrapperDescriptor:
		if err := f.check(self); err != nil {
			return nil, err
		}
		return f.call(ts, self, args, kwnames)
	}
	if get := m.Type().Slots.DescrGet; get != nil {
		bound, err := get(ts, m, self, self.Type())
		if err != nil {
			return nil, err
		}
		return Call(ts, bound, args, kwnames)
	}
	return Call(ts, m, args, kwnames)
}

// CallMethod calls self.name(*args), looking name up on self's type as the interpreter does
// for special methods; AttributeError when the type lacks it.
func CallMethod(ts *Thread, self Object, name string, args ...Object) (Object, error) {
	key := NewStr(name)
	m := self.Type().Lookup(ts, key)
	if m == nil {
		return nil, noAttributeError(self, key)
	}
	return callDescriptor(ts, m, self, args...)
}

// callSpecial calls the special method name of self's type, reporting found == false (and
// no error) when the type has none.
func callSpecial(ts *Thread, self Object, name *Str, args ...Object) (r Object, found bool, err error) {
	m := self.Type().Lookup(ts, name)
	if m == nil {
		return nil, false, nil
	}
	r, err = callDescriptor(ts, m, self, args...)
	return r, true, err
}

// CallSpecial calls the special method name of o's type with o first, as CPython's
// lookup_maybe_method and call do for round(), math.trunc() and the like: found is false
// (and err nil) when the type does not define it.
func CallSpecial(ts *Thread, o Object, name *Str, args ...Object) (r Object, found bool, err error) {
	return callSpecial(ts, o, name, args...)
}

// LookupSpecial returns the special method name of o's type bound to o, or nil (and no
// error) when the type does not define it, as CPython's _PyObject_LookupSpecial: what
// BEFORE_WITH uses for __enter__ and __exit__.
func LookupSpecial(ts *Thread, o Object, name *Str) (Object, error) {
	m := o.Type().Lookup(ts, name)
	if m == nil {
		return nil, nil
	}
	if get := m.Type().Slots.DescrGet; get != nil {
		return get(ts, m, o, o.Type())
	}
	return m, nil
}
