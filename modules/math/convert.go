package math

import (
	gomath "math"
	"math/big"

	"github.com/taipanpy/taipan/objects"
)

// Converting arguments and reporting errors as CPython's math module does.

// asDouble converts o to a float64 as PyFloat_AsDouble ("must be real number" for others).
func asDouble(ts *objects.Thread, o objects.Object) (float64, error) {
	return objects.AsDouble(ts, o)
}

// intToDouble is PyLong_AsDouble: the nearest float, or OverflowError.
func intToDouble(i *objects.Int) (float64, error) {
	f, ok := i.Float()
	if !ok {
		return 0, objects.Errorf(objects.OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// asInt views o as an int when it is an int or a bool (PyLong_Check).
func asInt(o objects.Object) (*objects.Int, bool) {
	switch v := o.(type) {
	case *objects.Int:
		return v, true
	case *objects.Bool:
		if v.Value() {
			return objects.NewInt(1), true
		}
		return objects.NewInt(0), true
	}
	return nil, false
}

// index is PyNumber_Index, with bools seen as ints.
func index(ts *objects.Thread, o objects.Object) (*objects.Int, error) {
	if i, ok := asInt(o); ok {
		return i, nil
	}
	return objects.Index(ts, o)
}

func domainError() error { return objects.Errorf(objects.ValueErrorType, "math domain error") }
func rangeError() error  { return objects.Errorf(objects.OverflowErrorType, "math range error") }

// errno values of the C library that CPython's wrappers inspect.
const (
	errNone = iota
	errDomain
	errRange
)

// isError turns an errno-like code and a result into CPython's exception (is_error): an
// ERANGE with a result below 1.5 in magnitude is an underflow and no error.
func isError(code int, r float64) error {
	switch code {
	case errDomain:
		return domainError()
	case errRange:
		if gomath.Abs(r) < 1.5 {
			return nil
		}
		return rangeError()
	}
	return nil
}

// lookupSpecial finds a special method on o's type and binds it to o
// (_PyObject_LookupSpecial); nil when the type has none.
func lookupSpecial(ts *objects.Thread, o objects.Object, name string) (objects.Object, error) {
	attr := o.Type().Lookup(ts, objects.NewStr(name))
	if attr == nil {
		return nil, nil
	}
	if get := attr.Type().Slots.DescrGet; get != nil {
		return get(ts, attr, o, o.Type())
	}
	return attr, nil
}

// floatToInt is PyLong_FromDouble: a float's integral value as an int.
func floatToInt(f float64) (objects.Object, error) {
	if gomath.IsInf(f, 0) {
		return nil, objects.Errorf(objects.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if gomath.IsNaN(f) {
		return nil, objects.Errorf(objects.ValueErrorType, "cannot convert float NaN to integer")
	}
	if f >= -(1<<63) && f < 1<<63 {
		return objects.NewInt(int64(f)), nil
	}
	i, _ := new(big.Float).SetFloat64(f).Int(nil)
	return objects.NewBigInt(i), nil
}

// longAsLongAndOverflow is PyLong_AsLongAndOverflow on an int: its value, or the sign of its
// overflow (+1 or -1).
func longAsLongAndOverflow(i *objects.Int) (int64, int) {
	if v, ok := i.Int64(); ok {
		return v, 0
	}
	return -1, i.Sign()
}

func newFloat(f float64) objects.Object { return objects.NewFloat(f) }
