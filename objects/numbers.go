package objects

// The number slots of int, bool and float, as far as the runtime needs them so far.

// asInt views ints and bools as ints.
func asInt(o Object) (*Int, bool) {
	switch v := o.(type) {
	case *Int:
		return v, true
	case *Bool:
		if v.value {
			return NewInt(1), true
		}
		return NewInt(0), true
	}
	return nil, false
}

// asFloat views floats, ints and bools as floats.
func asFloat(o Object) (float64, bool) {
	if f, ok := o.(*Float); ok {
		return f.value, true
	}
	if i, ok := asInt(o); ok {
		f, fits := i.Float()
		return f, fits
	}
	return 0, false
}

// intBinarySlot makes an int number slot from an operation on two ints.
func intBinarySlot(f func(x, y *Int) (Object, error)) func(*Thread, Object, Object) (Object, error) {
	return func(ts *Thread, a, b Object) (Object, error) {
		x, ok := asInt(a)
		if !ok {
			return NotImplemented, nil
		}
		y, ok := asInt(b)
		if !ok {
			return NotImplemented, nil
		}
		return f(x, y)
	}
}

// floatBinarySlot makes a float number slot from an operation on two floats; ints and bools
// on either side convert.
func floatBinarySlot(f func(x, y float64) (Object, error)) func(*Thread, Object, Object) (Object, error) {
	return func(ts *Thread, a, b Object) (Object, error) {
		x, ok := asFloat(a)
		if !ok {
			return NotImplemented, nil
		}
		y, ok := asFloat(b)
		if !ok {
			return NotImplemented, nil
		}
		return f(x, y)
	}
}

func intFloorDivMod(x, y *Int, wantQuotient bool) (Object, error) {
	if y.Sign() == 0 {
		if wantQuotient {
			return nil, Errorf(ZeroDivisionType, "integer division or modulo by zero")
		}
		return nil, Errorf(ZeroDivisionType, "integer modulo by zero")
	}
	q, r := x.FloorDivMod(y)
	if wantQuotient {
		return q, nil
	}
	return r, nil
}

func init() {
	n := &IntType.Slots
	n.NumBinary[OpAdd] = intBinarySlot(func(x, y *Int) (Object, error) { return x.Add(y), nil })
	n.NumBinary[OpSubtract] = intBinarySlot(func(x, y *Int) (Object, error) { return x.Sub(y), nil })
	n.NumBinary[OpMultiply] = intBinarySlot(func(x, y *Int) (Object, error) { return x.Mul(y), nil })
	n.NumBinary[OpFloorDivide] = intBinarySlot(func(x, y *Int) (Object, error) { return intFloorDivMod(x, y, true) })
	n.NumBinary[OpRemainder] = intBinarySlot(func(x, y *Int) (Object, error) { return intFloorDivMod(x, y, false) })
	n.Negative = func(ts *Thread, o Object) (Object, error) { i, _ := asInt(o); return i.Neg(), nil }
	n.Positive = func(ts *Thread, o Object) (Object, error) { i, _ := asInt(o); return i, nil }
	n.Invert = func(ts *Thread, o Object) (Object, error) { i, _ := asInt(o); return i.Neg().Sub(NewInt(1)), nil }
	n.Bool = func(ts *Thread, o Object) (bool, error) { i, _ := asInt(o); return i.Sign() != 0, nil }
	n.Index = func(ts *Thread, o Object) (*Int, error) { i, _ := asInt(o); return i, nil }
	n.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x, _ := asInt(a)
		if y, ok := asInt(b); ok {
			return NewBool(op.Holds(x.Cmp(y))), nil
		}
		return NotImplemented, nil
	}

	f := &FloatType.Slots
	f.NumBinary[OpAdd] = floatBinarySlot(func(x, y float64) (Object, error) { return NewFloat(x + y), nil })
	f.NumBinary[OpSubtract] = floatBinarySlot(func(x, y float64) (Object, error) { return NewFloat(x - y), nil })
	f.NumBinary[OpMultiply] = floatBinarySlot(func(x, y float64) (Object, error) { return NewFloat(x * y), nil })
	f.NumBinary[OpTrueDivide] = floatBinarySlot(func(x, y float64) (Object, error) {
		if y == 0 {
			return nil, Errorf(ZeroDivisionType, "float division by zero")
		}
		return NewFloat(x / y), nil
	})
	f.Negative = func(ts *Thread, o Object) (Object, error) { return NewFloat(-o.(*Float).value), nil }
	f.Positive = func(ts *Thread, o Object) (Object, error) { return o, nil }
	f.Bool = func(ts *Thread, o Object) (bool, error) { return o.(*Float).value != 0, nil }
	f.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Float).value
		if y, ok := asFloat(b); ok {
			return NewBool(op.HoldsFloat(x, y)), nil
		}
		return NotImplemented, nil
	}

	StrType.Slots.Concat = func(ts *Thread, a, b Object) (Object, error) {
		y, ok := b.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.Type().Name)
		}
		return NewStr(a.(*Str).value + y.value), nil
	}
	StrType.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		y, ok := b.(*Str)
		if !ok {
			return NotImplemented, nil
		}
		x, c := a.(*Str).value, 0
		if x < y.value {
			c = -1
		} else if x > y.value {
			c = 1
		}
		return NewBool(op.Holds(c)), nil
	}
	StrType.Slots.Len = func(ts *Thread, o Object) (int, error) { return len([]rune(o.(*Str).value)), nil }
}
