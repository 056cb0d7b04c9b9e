package objects

import (
	"math"
	"strings"

	"github.com/taipanpy/taipan/internal/floatmath"
	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The number slots of int, bool, float and complex, and the number protocols that have no
// home in binop.go (divmod, three-argument pow).

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

// asFloat views floats, ints and bools as floats; ok is false for other types, and err
// reports an int too large for a float.
func asFloat(o Object) (f float64, ok bool, err error) {
	if v, isFloat := o.(*Float); isFloat {
		return v.value, true, nil
	}
	if i, isInt := asInt(o); isInt {
		f, fits := i.Float()
		if !fits {
			return 0, true, errIntTooLargeForFloat()
		}
		return f, true, nil
	}
	return 0, false, nil
}

type binaryFunc = func(ts *Thread, a, b Object) (Object, error)

// intBinarySlot makes an int number slot from an operation on two ints.
func intBinarySlot(f func(x, y *Int) (Object, error)) binaryFunc {
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
func floatBinarySlot(f func(x, y float64) (Object, error)) binaryFunc {
	return func(ts *Thread, a, b Object) (Object, error) {
		x, ok, err := asFloat(a)
		if !ok || err != nil {
			return notImplementedOr(err)
		}
		y, ok, err := asFloat(b)
		if !ok || err != nil {
			return notImplementedOr(err)
		}
		return f(x, y)
	}
}

// complexBinarySlot makes a complex number slot from an operation on two complex numbers;
// ints, bools and floats on either side convert.
func complexBinarySlot(f func(x, y complex128) (Object, error)) binaryFunc {
	return func(ts *Thread, a, b Object) (Object, error) {
		x, ok, err := asComplex(a)
		if !ok || err != nil {
			return notImplementedOr(err)
		}
		y, ok, err := asComplex(b)
		if !ok || err != nil {
			return notImplementedOr(err)
		}
		return f(x, y)
	}
}

func notImplementedOr(err error) (Object, error) {
	if err != nil {
		return nil, err
	}
	return NotImplemented, nil
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

// intDivmod is int's nb_divmod.
var intDivmod = intBinarySlot(func(x, y *Int) (Object, error) {
	if y.Sign() == 0 {
		return nil, Errorf(ZeroDivisionType, "integer division or modulo by zero")
	}
	q, r := x.FloorDivMod(y)
	return NewTuple([]Object{q, r}), nil
})

// floatDivmodSlot is float's nb_divmod.
var floatDivmodSlot = floatBinarySlot(func(x, y float64) (Object, error) {
	if y == 0 {
		return nil, Errorf(ZeroDivisionType, "float divmod()")
	}
	q, r := floatmath.DivMod(x, y)
	return NewTuple([]Object{NewFloat(q), NewFloat(r)}), nil
})

// divmodSlot returns a type's nb_divmod.
func divmodSlot(t *Type) binaryFunc { return t.Slots.Divmod }

func init() {
	IntType.Slots.Divmod = intDivmod
	FloatType.Slots.Divmod = floatDivmodSlot
}

// DivMod returns divmod(a, b), dispatching as binary operators do.
func DivMod(ts *Thread, a, b Object) (Object, error) {
	ta, tb := a.Type(), b.Type()
	slotA, slotB := divmodSlot(ta), divmodSlot(tb)
	if slotA != nil && slotB != nil && sameFunc(slotA, slotB) {
		slotB = nil
	}
	if slotA != nil {
		if slotB != nil && tb.IsSubtype(ta) {
			if r, err := slotB(ts, a, b); err != nil || r != NotImplemented {
				return r, err
			}
			slotB = nil
		}
		if r, err := slotA(ts, a, b); err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotB != nil {
		if r, err := slotB(ts, a, b); err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", ta.Name, tb.Name)
}

// Power returns pow(a, b, mod); a nil or None mod is a ** b. As CPython's ternary_op, the
// three-argument form tries a's slot, then b's, then mod's.
func Power(ts *Thread, a, b, mod Object) (Object, error) {
	if mod == nil || mod == None {
		return Binary(ts, a, b, OpPower)
	}
	tried := make([]func(*Thread, Object, Object, Object) (Object, error), 0, 3)
	for _, o := range []Object{a, b, mod} {
		f := o.Type().Slots.PowerMod
		if f == nil {
			continue
		}
		seen := false
		for _, g := range tried {
			seen = seen || sameFunc(f, g)
		}
		if seen {
			continue
		}
		tried = append(tried, f)
		if r, err := f(ts, a, b, mod); err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		a.Type().Name, b.Type().Name, mod.Type().Name)
}

func intShift(left bool) binaryFunc {
	return intBinarySlot(func(x, y *Int) (Object, error) {
		if left {
			return x.Lshift(y)
		}
		return x.Rshift(y)
	})
}

func initIntSlots() {
	n := &IntType.Slots
	n.NumBinary[OpAdd] = intBinarySlot(func(x, y *Int) (Object, error) { return x.Add(y), nil })
	n.NumBinary[OpSubtract] = intBinarySlot(func(x, y *Int) (Object, error) { return x.Sub(y), nil })
	n.NumBinary[OpMultiply] = intBinarySlot(func(x, y *Int) (Object, error) { return x.Mul(y), nil })
	n.NumBinary[OpFloorDivide] = intBinarySlot(func(x, y *Int) (Object, error) { return intFloorDivMod(x, y, true) })
	n.NumBinary[OpRemainder] = intBinarySlot(func(x, y *Int) (Object, error) { return intFloorDivMod(x, y, false) })
	n.NumBinary[OpTrueDivide] = intBinarySlot(func(x, y *Int) (Object, error) {
		f, err := x.TrueDiv(y)
		if err != nil {
			return nil, err
		}
		return NewFloat(f), nil
	})
	n.NumBinary[OpPower] = intBinarySlot(func(x, y *Int) (Object, error) { return x.Pow(y) })
	n.NumBinary[OpLshift] = intShift(true)
	n.NumBinary[OpRshift] = intShift(false)
	n.NumBinary[OpAnd] = intBinarySlot(func(x, y *Int) (Object, error) { return x.And(y), nil })
	n.NumBinary[OpOr] = intBinarySlot(func(x, y *Int) (Object, error) { return x.Or(y), nil })
	n.NumBinary[OpXor] = intBinarySlot(func(x, y *Int) (Object, error) { return x.Xor(y), nil })
	n.PowerMod = func(ts *Thread, a, b, mod Object) (Object, error) {
		x, ok1 := asInt(a)
		y, ok2 := asInt(b)
		m, ok3 := asInt(mod)
		if !ok1 || !ok2 || !ok3 {
			return NotImplemented, nil
		}
		return x.PowMod(y, m)
	}
	intOf := func(o Object) *Int { i, _ := asInt(o); return i }
	n.Negative = func(ts *Thread, o Object) (Object, error) { return intOf(o).Neg(), nil }
	n.Positive = func(ts *Thread, o Object) (Object, error) { return intOf(o).exact(), nil }
	n.Invert = func(ts *Thread, o Object) (Object, error) { return intOf(o).Invert(), nil }
	n.Absolute = func(ts *Thread, o Object) (Object, error) { return intOf(o).Abs(), nil }
	n.Bool = func(ts *Thread, o Object) (bool, error) { return intOf(o).Sign() != 0, nil }
	n.Index = func(ts *Thread, o Object) (*Int, error) { return intOf(o).exact(), nil }
	n.Int = func(ts *Thread, o Object) (Object, error) { return intOf(o).exact(), nil }
	n.Float = func(ts *Thread, o Object) (Object, error) {
		f, ok := intOf(o).Float()
		if !ok {
			return nil, errIntTooLargeForFloat()
		}
		return NewFloat(f), nil
	}
	n.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := intOf(a)
		if y, ok := asInt(b); ok {
			return NewBool(op.Holds(x.Cmp(y))), nil
		}
		return NotImplemented, nil
	}

	// bool's &, | and ^ keep bools bool; its other operators are int's.
	b := &BoolType.Slots
	boolOp := func(f func(x, y bool) bool, intOp BinaryOp) binaryFunc {
		return func(ts *Thread, x, y Object) (Object, error) {
			bx, ok1 := x.(*Bool)
			by, ok2 := y.(*Bool)
			if ok1 && ok2 {
				return NewBool(f(bx.value, by.value)), nil
			}
			return IntType.Slots.NumBinary[intOp](ts, x, y)
		}
	}
	b.NumBinary[OpAnd] = boolOp(func(x, y bool) bool { return x && y }, OpAnd)
	b.NumBinary[OpOr] = boolOp(func(x, y bool) bool { return x || y }, OpOr)
	b.NumBinary[OpXor] = boolOp(func(x, y bool) bool { return x != y }, OpXor)
	b.Bool = func(ts *Thread, o Object) (bool, error) { return o.(*Bool).value, nil }
	b.Invert = func(ts *Thread, o Object) (Object, error) {
		if err := Warn(ts, DeprecationWarningType, boolInvertDeprecation, 1); err != nil {
			return nil, err
		}
		return IntType.Slots.Invert(ts, o)
	}
}

// boolInvertDeprecation is the warning ~True and ~False give since Python 3.12.
const boolInvertDeprecation = "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. " +
	"This returns the bitwise inversion of the underlying int object and is usually not what you expect from " +
	"negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise " +
	"inversion of the underlying int."

func initFloatSlots() {
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
	f.NumBinary[OpFloorDivide] = floatBinarySlot(func(x, y float64) (Object, error) {
		if y == 0 {
			return nil, Errorf(ZeroDivisionType, "float floor division by zero")
		}
		q, _ := floatmath.DivMod(x, y)
		return NewFloat(q), nil
	})
	f.NumBinary[OpRemainder] = floatBinarySlot(func(x, y float64) (Object, error) {
		m, err := floatMod(x, y)
		if err != nil {
			return nil, err
		}
		return NewFloat(m), nil
	})
	f.NumBinary[OpPower] = floatBinarySlot(floatPow)
	f.PowerMod = func(ts *Thread, a, b, mod Object) (Object, error) {
		_, ok1, err1 := asFloat(a)
		_, ok2, err2 := asFloat(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		if err1 != nil {
			return nil, err1
		}
		if err2 != nil {
			return nil, err2
		}
		return nil, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	val := func(o Object) float64 { return o.(*Float).value }
	f.Negative = func(ts *Thread, o Object) (Object, error) { return NewFloat(-val(o)), nil }
	f.Positive = func(ts *Thread, o Object) (Object, error) {
		if o.(*Float).ext == nil {
			return o, nil
		}
		return NewFloat(val(o)), nil
	}
	f.Absolute = func(ts *Thread, o Object) (Object, error) { return NewFloat(math.Abs(val(o))), nil }
	f.Bool = func(ts *Thread, o Object) (bool, error) { return val(o) != 0, nil }
	f.Int = func(ts *Thread, o Object) (Object, error) { return floatToInt(val(o)) }
	f.Float = f.Positive
	f.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := val(a)
		switch y := b.(type) {
		case *Float:
			return NewBool(op.HoldsFloat(x, y.value)), nil
		}
		if i, ok := asInt(b); ok {
			c, ordered := compareIntFloat(i, x)
			if !ordered {
				return NewBool(op == CmpNE), nil
			}
			// c compares the int with the float; the comparison asks the reverse.
			return NewBool(op.Holds(-c)), nil
		}
		return NotImplemented, nil
	}
}

func initComplexSlots() {
	c := &ComplexType.Slots
	c.NumBinary[OpAdd] = complexBinarySlot(func(x, y complex128) (Object, error) {
		return NewComplex(complex(real(x)+real(y), imag(x)+imag(y))), nil
	})
	c.NumBinary[OpSubtract] = complexBinarySlot(func(x, y complex128) (Object, error) {
		return NewComplex(complex(real(x)-real(y), imag(x)-imag(y))), nil
	})
	c.NumBinary[OpMultiply] = complexBinarySlot(func(x, y complex128) (Object, error) {
		return NewComplex(complexMul(x, y)), nil
	})
	c.NumBinary[OpTrueDivide] = complexBinarySlot(func(x, y complex128) (Object, error) {
		q, ok := complexQuo(x, y)
		if !ok {
			return nil, Errorf(ZeroDivisionType, "complex division by zero")
		}
		return NewComplex(q), nil
	})
	c.NumBinary[OpPower] = complexBinarySlot(complexPow)
	c.PowerMod = func(ts *Thread, a, b, mod Object) (Object, error) {
		_, ok1, _ := asComplex(a)
		_, ok2, _ := asComplex(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return nil, Errorf(ValueErrorType, "complex modulo")
	}
	val := func(o Object) complex128 { return o.(*Complex).value }
	c.Negative = func(ts *Thread, o Object) (Object, error) {
		v := val(o)
		return NewComplex(complex(-real(v), -imag(v))), nil
	}
	c.Positive = func(ts *Thread, o Object) (Object, error) {
		if o.(*Complex).ext == nil {
			return o, nil
		}
		return NewComplex(val(o)), nil
	}
	c.Absolute = func(ts *Thread, o Object) (Object, error) {
		r, err := complexAbs(val(o))
		if err != nil {
			return nil, err
		}
		return NewFloat(r), nil
	}
	c.Bool = func(ts *Thread, o Object) (bool, error) { return val(o) != 0, nil }
	c.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		if op != CmpEQ && op != CmpNE {
			return NotImplemented, nil
		}
		x := val(a)
		var eq bool
		if y, ok := b.(*Complex); ok {
			eq = x == y.value
		} else if e, ok := complexEqualsReal(x, b); ok {
			eq = e
		} else {
			return NotImplemented, nil
		}
		return NewBool(eq == (op == CmpEQ)), nil
	}
}

func init() {
	initIntSlots()
	initFloatSlots()
	initComplexSlots()
	initNumberText()
}

// formatSlot makes a __format__ slot: an empty spec is str(o), as object.__format__ gives.
func formatSlot(f func(o Object, spec string) (string, error)) func(*Thread, Object, *Str) (Object, error) {
	return func(ts *Thread, o Object, spec *Str) (Object, error) {
		if spec.value == "" {
			return StrOf(ts, o)
		}
		s, err := f(o, spec.value)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	}
}

func initNumberText() {
	IntType.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		s, err := o.(*Int).Decimal()
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	}
	IntType.Slots.Format = formatSlot(func(o Object, spec string) (string, error) {
		i, _ := asInt(o)
		return formatInt(i, spec, o.Type().Name)
	})
	FloatType.Slots.Repr = func(ts *Thread, o Object) (*Str, error) { return NewStr(pyfmt.FloatRepr(o.(*Float).value)), nil }
	FloatType.Slots.Format = formatSlot(func(o Object, spec string) (string, error) { return formatFloat(o.(*Float).value, spec, o.Type().Name) })
	ComplexType.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		return NewStr(pyfmt.ComplexRepr(o.(*Complex).value)), nil
	}
	ComplexType.Slots.Format = formatSlot(func(o Object, spec string) (string, error) {
		return formatComplex(o.(*Complex).value, spec, o.Type().Name)
	})
}

// ToInt is int(o) for one argument (PyNumber_Long): the __int__ slot, then __index__, then
// the deprecated __trunc__, then the text of a str or a bytes-like object. The result is an
// exact int.
func ToInt(ts *Thread, o Object) (Object, error) {
	if i, ok := o.(*Int); ok && i.ext == nil {
		return i, nil
	}
	s := &o.Type().Slots
	if s.Int != nil {
		r, err := s.Int(ts, o)
		if err != nil {
			return nil, err
		}
		return exactIntResult(ts, r, "__int__")
	}
	if s.Index != nil {
		r, err := s.Index(ts, o)
		if err != nil {
			return nil, err
		}
		return exactIntResult(ts, r, "__index__")
	}
	if trunc := o.Type().Lookup(ts, NewStr("__trunc__")); trunc != nil {
		if err := Warn(ts, DeprecationWarningType, "The delegation of int() to __trunc__ is deprecated.", 1); err != nil {
			return nil, err
		}
		r, err := callDescriptorKw(ts, trunc, o, nil, nil)
		if err != nil {
			return nil, err
		}
		if i, ok := r.(*Int); ok {
			return i.exact(), nil
		}
		if r.Type().Slots.Index == nil {
			return nil, Errorf(TypeErrorType, "__trunc__ returned non-Integral (type %s)", r.Type().Name)
		}
		return Index(ts, r)
	}
	switch v := o.(type) {
	case *Str:
		return ParseInt(v.value, 10)
	case *Bytes, *ByteArray:
	default:
		if b, ok := bytesOf(o); ok {
			// Another buffer is read as the bytes it holds.
			return ParseIntBytes([]byte(b), 10)
		}
		return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", o.Type().Name)
	}
	b, _ := bytesOf(o)
	return ParseIntBytes([]byte(b), 10)
}

// exactIntResult checks what __int__ or __index__ returned for int(): an int, an instance of
// a subclass being deprecated and converted.
func exactIntResult(ts *Thread, r Object, method string) (Object, error) {
	i, ok := asInt(r)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s returned non-int (type %s)", method, r.Type().Name)
	}
	if r.Type() == IntType {
		return i, nil
	}
	msg := method + " returned non-int (type " + r.Type().Name + ").  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python."
	if err := Warn(ts, DeprecationWarningType, msg, 1); err != nil {
		return nil, err
	}
	return i.exact(), nil
}

// ToFloat is float(o) for one argument (PyNumber_Float): the __float__ slot, then __index__,
// then the text of a str.
func ToFloat(ts *Thread, o Object) (Object, error) {
	if f, ok := o.(*Float); ok && f.ext == nil {
		return f, nil
	}
	s := &o.Type().Slots
	if s.Float != nil {
		return s.Float(ts, o)
	}
	if s.Index != nil {
		i, err := s.Index(ts, o)
		if err != nil {
			return nil, err
		}
		f, ok := i.Float()
		if !ok {
			return nil, errIntTooLargeForFloat()
		}
		return NewFloat(f), nil
	}
	if str, ok := o.(*Str); ok {
		f, err := ParseFloat(str.value)
		if err != nil {
			return nil, err
		}
		return NewFloat(f), nil
	}
	if b, ok := bytesOf(o); ok {
		t := strings.Trim(b, asciiSpace)
		if v, n := scanFloat(t); n > 0 && n == len(t) {
			return NewFloat(v), nil
		}
		// The message shows the object itself, as PyFloat_FromString does for a buffer.
		r, err := Repr(ts, o)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueErrorType, "could not convert string to float: %s", r.value)
	}
	return nil, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", o.Type().Name)
}

// Round is round(o, ndigits) for the built-in numbers (int.__round__, float.__round__); a
// nil or None ndigits rounds to an int.
func Round(ts *Thread, o, ndigits Object) (Object, error) {
	if ndigits == nil {
		ndigits = None
	}
	var nd *Int
	if ndigits != None {
		var err error
		if nd, err = Index(ts, ndigits); err != nil {
			return nil, err
		}
	}
	if i, ok := asInt(o); ok {
		if nd == nil {
			return i.exact(), nil
		}
		return RoundInt(i, nd), nil
	}
	if f, ok := o.(*Float); ok {
		if nd == nil {
			return RoundFloatToInt(f.value)
		}
		// Out-of-range ndigits clamp, as PyNumber_AsSsize_t(ndigits, NULL) does.
		n, fits := nd.Int64()
		if !fits {
			n = math.MaxInt64
			if nd.Sign() < 0 {
				n = math.MinInt64
			}
		}
		r, err := RoundFloat(f.value, n)
		if err != nil {
			return nil, err
		}
		return NewFloat(r), nil
	}
	return nil, Errorf(TypeErrorType, "type %s doesn't define __round__ method", o.Type().Name)
}
