package objects

// Conversions of arguments to C doubles and complex numbers, as the "d" and "D" converters of
// CPython's argument parsing do, for modules that compute with float64 and complex128.

// AsDouble converts o to a float64 as PyFloat_AsDouble: floats (and their subclasses) as
// they are, then __float__, then __index__; anything else is "must be real number".
func AsDouble(ts *Thread, o Object) (float64, error) {
	switch v := o.(type) {
	case *Float:
		return v.value, nil
	case *Int:
		if v.Type() == IntType {
			return intAsDouble(v)
		}
	case *Bool:
		if v.Value() {
			return 1, nil
		}
		return 0, nil
	}
	s := &o.Type().Slots
	if s.Float != nil {
		r, err := s.Float(ts, o)
		if err != nil {
			return 0, err
		}
		f, ok := r.(*Float)
		if !ok {
			return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", o.Type().Name, r.Type().Name)
		}
		if f.ext != nil {
			if err := Warn(ts, DeprecationWarningType, o.Type().Name+".__float__ returned non-float (type "+r.Type().Name+").  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", 1); err != nil {
				return 0, err
			}
		}
		return f.value, nil
	}
	if s.Index != nil {
		i, err := s.Index(ts, o)
		if err != nil {
			return 0, err
		}
		return intAsDouble(i)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", o.Type().Name)
}

// intAsDouble is PyLong_AsDouble: the nearest float, or OverflowError.
func intAsDouble(i *Int) (float64, error) {
	f, ok := i.Float()
	if !ok {
		return 0, errIntTooLargeForFloat()
	}
	return f, nil
}

// AsComplex converts o to a complex128 as PyComplex_AsCComplex: complex numbers (and their
// subclasses) as they are, then __complex__, then o as a real number (AsDouble).
func AsComplex(ts *Thread, o Object) (complex128, error) {
	switch v := o.(type) {
	case *Complex:
		return v.value, nil
	case *Float:
		// Only a subclass can have a __complex__ of its own.
		if v.ext == nil {
			return complex(v.value, 0), nil
		}
	case *Int:
		if v.Type() == IntType {
			f, err := intAsDouble(v)
			return complex(f, 0), err
		}
	}
	if c, ok, err := complexSpecial(ts, o); ok || err != nil {
		return c, err
	}
	f, err := AsDouble(ts, o)
	return complex(f, 0), err
}

// ComplexQuo divides a by b as CPython's _Py_c_quot; ok is false when b is zero (where C
// sets errno to EDOM).
func ComplexQuo(a, b complex128) (q complex128, ok bool) { return complexQuo(a, b) }
