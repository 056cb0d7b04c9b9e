package floatmath

import "math"

// Mod returns x % y for y != 0, with the divisor's sign, as CPython's float_rem does.
func Mod(x, y float64) float64 {
	m := math.Mod(x, y)
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
		}
	} else {
		m = math.Copysign(0, y)
	}
	return m
}

// DivMod returns x // y and x % y for y != 0 as CPython's float_divmod computes them, so that
// the quotient is exact where it can be and the pair stays consistent.
func DivMod(x, y float64) (float64, float64) {
	m := math.Mod(x, y)
	div := (x - m) / y
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
			div--
		}
	} else {
		m = math.Copysign(0, y)
	}
	var q float64
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q++
		}
	} else {
		q = math.Copysign(0, x/y)
	}
	return q, m
}

// PowStatus says how Pow ended.
type PowStatus uint8

// The outcomes of Pow besides a float result.
const (
	PowOK PowStatus = iota
	// PowZeroToNegative is 0.0 raised to a negative power (ZeroDivisionError).
	PowZeroToNegative
	// PowComplex is a negative base with a fractional exponent: the result is complex.
	PowComplex
	// PowOverflow is a result too large for a float (OverflowError).
	PowOverflow
)

// Pow returns x ** y with the special cases of CPython's float_pow, correctly rounded.
func Pow(x, y float64) (float64, PowStatus) {
	switch {
	case y == 0:
		return 1, PowOK
	case math.IsNaN(x):
		return x, PowOK
	case math.IsNaN(y):
		if x == 1 {
			return 1, PowOK
		}
		return y, PowOK
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, PowOK
		case (y > 0) == (ax > 1):
			return math.Inf(1), PowOK
		}
		return 0, PowOK
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, PowOK
			}
			return math.Abs(x), PowOK
		}
		if odd {
			return math.Copysign(0, x), PowOK
		}
		return 0, PowOK
	case x == 0:
		if y < 0 {
			return 0, PowZeroToNegative
		}
		if isOddInteger(y) {
			return x, PowOK
		}
		return 0, PowOK
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, PowComplex
		}
		x = -x
		negate = isOddInteger(y)
	}
	if x == 1 {
		if negate {
			return -1, PowOK
		}
		return 1, PowOK
	}
	r := powPositive(x, y)
	if math.IsInf(r, 0) {
		return 0, PowOverflow
	}
	if negate {
		r = -r
	}
	return r, PowOK
}

// isOddInteger reports whether f is an odd integer.
func isOddInteger(f float64) bool { return math.Mod(f, 2) == 1 || math.Mod(f, 2) == -1 }
