package objects

import (
	"math"

	"github.com/taipanpy/taipan/internal/crmath"
	"github.com/taipanpy/taipan/internal/floatmath"
)

// ComplexType is the type of Python complex numbers.
var ComplexType = newType("complex", ObjectType)

// Complex is a Python complex number.
type Complex struct {
	value complex128
	ext   *Extension
}

// Type returns ComplexType.
func (c *Complex) Type() *Type { return c.ext.classOr(ComplexType) }

// NewComplex returns the complex number v.
func NewComplex(v complex128) *Complex { return &Complex{value: v} }

// Value returns the number as a Go complex128.
func (c *Complex) Value() complex128 { return c.value }

// The complex arithmetic is written out rather than left to Go's operators: Go's division
// recovers infinities as C99 Annex G asks, while CPython's does not, and Python's results
// must match CPython's bit for bit.

// complexMul is the schoolbook product, as CPython's _Py_c_prod.
func complexMul(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

// complexQuo divides by Smith's method, scaling by the larger component of the divisor, as
// CPython's _Py_c_quot; ok is false when the divisor is zero.
func complexQuo(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), true
	}
	// A NaN component leaves the comparisons false.
	return complex(math.NaN(), math.NaN()), true
}

// complexPowInt raises a to a non-negative integer power by repeated squaring (c_powu).
func complexPowInt(a complex128, n int) complex128 {
	r, p := complex128(1), a
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

// complexPow returns a ** b as complex_pow does: small integral exponents by repeated
// multiplication, others through polar form.
func complexPow(a, b complex128) (Object, error) {
	var r complex128
	switch {
	case imag(b) == 0 && real(b) == math.Trunc(real(b)) && math.Abs(real(b)) <= 100:
		n := int(real(b))
		if n >= 0 {
			r = complexPowInt(a, n)
		} else {
			var ok bool
			r, ok = complexQuo(1, complexPowInt(a, -n))
			if !ok {
				return nil, Errorf(ZeroDivisionType, "0.0 to a negative or complex power")
			}
		}
	case b == 0:
		r = 1
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return nil, Errorf(ZeroDivisionType, "0.0 to a negative or complex power")
		}
		r = 0
	default:
		vabs := hypotAny(real(a), imag(a))
		length, status := floatmath.Pow(vabs, real(b)) // correctly rounded, as C's pow
		if status == floatmath.PowOverflow {
			length = math.Inf(1)
		}
		at := crmath.Atan2(imag(a), real(a))
		phase := at * real(b)
		if imag(b) != 0 {
			length /= crmath.Exp(at * imag(b))
			phase += imag(b) * crmath.Log(vabs)
		}
		if math.IsInf(phase, 0) {
			// C's cos and sin of an infinity set errno to EDOM, which CPython reports so.
			return nil, Errorf(ZeroDivisionType, "0.0 to a negative or complex power")
		}
		r = complex(length*crmath.Cos(phase), length*crmath.Sin(phase))
	}
	// As CPython's _Py_ADJUST_ERANGE2: an infinite component means the result overflowed.
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, Errorf(OverflowErrorType, "complex exponentiation")
	}
	return NewComplex(r), nil
}

// complexAbs returns |c| correctly rounded, as C's hypot does.
func complexAbs(c complex128) (float64, error) {
	x, y := real(c), imag(c)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y):
		return hypotAny(x, y), nil
	}
	r := hypot(x, y)
	if math.IsInf(r, 0) {
		return 0, Errorf(OverflowErrorType, "absolute value too large")
	}
	return r, nil
}

// hypot returns sqrt(x*x + y*y) for finite x and y as C's hypot does on CPython's usual
// platform (glibc), to the last bit.
func hypot(x, y float64) float64 { return crmath.Hypot(x, y) }

// hypotAny is hypot for any operands: infinities win over NaNs, as in C.
func hypotAny(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	return hypot(x, y)
}

// complexEqualsReal reports whether the complex c equals the real number o (an int, bool or
// float); ok is false when o is not one.
func complexEqualsReal(c complex128, o Object) (eq, ok bool) {
	if f, isFloat := o.(*Float); isFloat {
		return real(c) == f.value && imag(c) == 0, true
	}
	if i, isInt := asInt(o); isInt {
		if imag(c) != 0 {
			return false, true
		}
		cmp, ordered := compareIntFloat(i, real(c))
		return ordered && cmp == 0, true
	}
	return false, false
}

// asComplex views complex numbers, floats, ints and bools as complex numbers; ok is false for
// other types, and err reports an int too large for a float.
func asComplex(o Object) (c complex128, ok bool, err error) {
	switch v := o.(type) {
	case *Complex:
		return v.value, true, nil
	case *Float:
		return complex(v.value, 0), true, nil
	}
	if i, isInt := asInt(o); isInt {
		f, fits := i.Float()
		if !fits {
			return 0, true, errIntTooLargeForFloat()
		}
		return complex(f, 0), true, nil
	}
	return 0, false, nil
}
