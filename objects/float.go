package objects

import (
	"math"
	"math/big"

	"github.com/taipanpy/taipan/internal/floatmath"
)

// FloatType is the type of Python floats.
var FloatType = newType("float", ObjectType)

// Float is a Python float.
type Float struct {
	value float64
	ext   *Extension
}

// Type returns FloatType.
func (f *Float) Type() *Type { return f.ext.classOr(FloatType) }

// NewFloat returns the float v.
func NewFloat(v float64) *Float { return &Float{value: v} }

// Value returns the float as a Go float64.
func (f *Float) Value() float64 { return f.value }

// errFloatRange is the OverflowError CPython raises when a float operation overflows: it
// carries errno's arguments, (34, 'Numerical result out of range').
func errFloatRange() error {
	return NewException(OverflowErrorType, NewInt(34), NewStr("Numerical result out of range"))
}

// floatMod returns x % y with the divisor's sign, as float_rem does.
func floatMod(x, y float64) (float64, error) {
	if y == 0 {
		return 0, Errorf(ZeroDivisionType, "float modulo by zero")
	}
	return floatmath.Mod(x, y), nil
}

// floatPow returns x ** y with float_pow's special cases; a negative base with a fractional
// exponent gives a complex result.
func floatPow(x, y float64) (Object, error) {
	r, status := floatmath.Pow(x, y)
	switch status {
	case floatmath.PowZeroToNegative:
		return nil, Errorf(ZeroDivisionType, "0.0 cannot be raised to a negative power")
	case floatmath.PowComplex:
		return complexPow(complex(x, 0), complex(y, 0))
	case floatmath.PowOverflow:
		return nil, errFloatRange()
	}
	return NewFloat(r), nil
}

// floatToInt converts a finite float to an int, truncating towards zero (int(float)).
func floatToInt(f float64) (*Int, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if t >= -(1<<63) && t < 1<<63 {
		return NewInt(int64(t)), nil
	}
	i, _ := new(big.Float).SetFloat64(t).Int(nil)
	return NewBigInt(i), nil
}

// FloatIsInteger reports whether f is finite and integral (float.is_integer()).
func FloatIsInteger(f float64) bool {
	return !math.IsInf(f, 0) && !math.IsNaN(f) && f == math.Trunc(f)
}

// FloatAsIntegerRatio returns the numerator and the positive denominator of f in lowest
// terms (float.as_integer_ratio()).
func FloatAsIntegerRatio(f float64) (*Int, *Int, error) {
	if math.IsInf(f, 0) {
		return nil, nil, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, nil, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return NewBigInt(new(big.Int).Set(r.Num())), NewBigInt(new(big.Int).Set(r.Denom())), nil
}

// compareIntFloat compares the int i with the float f exactly, returning -1, 0 or +1; ok is
// false when f is NaN, which is unordered.
func compareIntFloat(i *Int, f float64) (c int, ok bool) {
	switch {
	case math.IsNaN(f):
		return 0, false
	case math.IsInf(f, 1):
		return -1, true
	case math.IsInf(f, -1):
		return 1, true
	}
	if v, small := i.Int64(); small && absU64(v) <= 1<<53 {
		// v is exactly a float, so the float comparison is exact.
		switch fv := float64(v); {
		case fv < f:
			return -1, true
		case fv > f:
			return 1, true
		}
		return 0, true
	}
	x := new(big.Float).SetInt(i.bigView())
	return x.Cmp(new(big.Float).SetFloat64(f)), true
}
