package math

import (
	gomath "math"
	"math/big"

	"github.com/taipanpy/taipan/internal/crmath"
	"github.com/taipanpy/taipan/internal/floatmath"
	"github.com/taipanpy/taipan/objects"
)

// The wrappers of libm functions (CPython's math_1, math_1a and math_2) and the functions
// that CPython wraps in its own special-value handling.

// libm1 wraps f as math_1: a NaN from a non-NaN is a domain error, an infinity from a finite
// argument an overflow (canOverflow) or a singularity (domain error).
func libm1(f func(float64) float64, canOverflow bool) func(*objects.Thread, objects.Object) (objects.Object, error) {
	return func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
		x, err := asDouble(ts, arg)
		if err != nil {
			return nil, err
		}
		return math1(x, f(x), canOverflow)
	}
}

func math1(x, r float64, canOverflow bool) (objects.Object, error) {
	if gomath.IsNaN(r) && !gomath.IsNaN(x) {
		return nil, domainError()
	}
	if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && !gomath.IsNaN(x) {
		if canOverflow {
			return nil, rangeError()
		}
		return nil, domainError()
	}
	return objects.NewFloat(r), nil
}

// libm1a wraps a function that reports its own errors as errno codes (math_1a).
func libm1a(f func(float64) (float64, int)) func(*objects.Thread, objects.Object) (objects.Object, error) {
	return func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
		x, err := asDouble(ts, arg)
		if err != nil {
			return nil, err
		}
		r, code := f(x)
		if err := isError(code, r); err != nil {
			return nil, err
		}
		return objects.NewFloat(r), nil
	}
}

// libm2 wraps a two-argument function as math_2.
func libm2(f func(x, y float64) float64) func(*objects.Thread, objects.Object, objects.Object) (objects.Object, error) {
	return func(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
		x, err := asDouble(ts, a)
		if err != nil {
			return nil, err
		}
		y, err := asDouble(ts, b)
		if err != nil {
			return nil, err
		}
		r := f(x, y)
		code := errNone
		finite := func(v float64) bool { return !gomath.IsNaN(v) && !gomath.IsInf(v, 0) }
		if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
			code = errDomain
		} else if gomath.IsInf(r, 0) && finite(x) && finite(y) {
			code = errRange
		}
		if err := isError(code, r); err != nil {
			return nil, err
		}
		return objects.NewFloat(r), nil
	}
}

// floatFunc wraps a function that cannot fail on a float argument.
func floatFunc(f func(float64) float64) func(*objects.Thread, objects.Object) (objects.Object, error) {
	return func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
		x, err := asDouble(ts, arg)
		if err != nil {
			return nil, err
		}
		return objects.NewFloat(f(x)), nil
	}
}

// floatPredicate wraps a test of a float.
func floatPredicate(f func(float64) bool) func(*objects.Thread, objects.Object) (objects.Object, error) {
	return func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
		x, err := asDouble(ts, arg)
		if err != nil {
			return nil, err
		}
		return objects.NewBool(f(x)), nil
	}
}

// atan2 handles the special values itself, as CPython does for consistency across libms.
func atan2(y, x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsNaN(y) {
		return gomath.NaN()
	}
	if gomath.IsInf(y, 0) {
		if gomath.IsInf(x, 0) {
			if !gomath.Signbit(x) {
				return gomath.Copysign(0.25*gomath.Pi, y)
			}
			return gomath.Copysign(0.75*gomath.Pi, y)
		}
		return gomath.Copysign(0.5*gomath.Pi, y)
	}
	if gomath.IsInf(x, 0) || y == 0 {
		if !gomath.Signbit(x) {
			return gomath.Copysign(0, y)
		}
		return gomath.Copysign(gomath.Pi, y)
	}
	// The result has y's sign even when y/x underflows to zero.
	return gomath.Copysign(crmath.Atan2(y, x), y)
}

// remainder is IEEE 754's remainder: x - n*y for the nearest integer n, ties to even; the
// result is exact.
func remainder(x, y float64) float64 {
	finite := func(v float64) bool { return !gomath.IsNaN(v) && !gomath.IsInf(v, 0) }
	if finite(x) && finite(y) {
		if y == 0 {
			return gomath.NaN()
		}
		ax, ay := gomath.Abs(x), gomath.Abs(y)
		m := gomath.Mod(ax, ay)
		// Compare m with ay - m rather than with ay/2, which may be inexact for tiny ay.
		c := ay - m
		var r float64
		switch {
		case m < c:
			r = m
		case m > c:
			r = -c
		default:
			// Halfway: choose the even multiple; every step here is exact.
			r = m - 2.0*gomath.Mod(0.5*(ax-m), ay)
		}
		return gomath.Copysign(1, x) * r
	}
	switch {
	case gomath.IsNaN(x):
		return x
	case gomath.IsNaN(y):
		return y
	case gomath.IsInf(x, 0):
		return gomath.NaN()
	}
	return x
}

// exp, sinh, cosh and log1p are glibc's (see internal/crmath), which CPython calls; Go's
// differ in the last bit of many results, and its Exp overflows early.
func exp(x float64) float64   { return crmath.Exp(x) }
func sinh(x float64) float64  { return crmath.Sinh(x) }
func cosh(x float64) float64  { return crmath.Cosh(x) }
func log1p(x float64) float64 { return crmath.Log1p(x) }

// fmod is C's fmod, with fmod(x, ±inf) == x for finite x.
func fmod(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
	x, err := asDouble(ts, a)
	if err != nil {
		return nil, err
	}
	y, err := asDouble(ts, b)
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(y, 0) && !gomath.IsInf(x, 0) && !gomath.IsNaN(x) {
		return objects.NewFloat(x), nil
	}
	r := gomath.Mod(x, y)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return nil, domainError()
	}
	return objects.NewFloat(r), nil
}

// pow is math.pow: C99's special values handled directly, ValueError for a negative base
// with a non-integral exponent and for zero to a negative power, OverflowError on overflow.
func pow(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
	x, err := asDouble(ts, a)
	if err != nil {
		return nil, err
	}
	y, err := asDouble(ts, b)
	if err != nil {
		return nil, err
	}
	finite := func(v float64) bool { return !gomath.IsNaN(v) && !gomath.IsInf(v, 0) }
	var r float64
	code := errNone
	if !finite(x) || !finite(y) {
		switch {
		case gomath.IsNaN(x):
			r = x
			if y == 0 {
				r = 1
			}
		case gomath.IsNaN(y):
			r = y
			if x == 1 {
				r = 1
			}
		case gomath.IsInf(x, 0):
			oddY := finite(y) && gomath.Mod(gomath.Abs(y), 2) == 1
			switch {
			case y > 0:
				r = gomath.Abs(x)
				if oddY {
					r = x
				}
			case y == 0:
				r = 1
			default:
				r = 0
				if oddY {
					r = gomath.Copysign(0, x)
				}
			}
		default: // y infinite
			switch {
			case gomath.Abs(x) == 1:
				r = 1
			case y > 0 && gomath.Abs(x) > 1:
				r = y
			case y < 0 && gomath.Abs(x) < 1:
				r = -y
			default:
				r = 0
			}
		}
	} else {
		r = powFinite(x, y)
		if gomath.IsNaN(r) {
			code = errDomain
		} else if gomath.IsInf(r, 0) {
			if x == 0 {
				code = errDomain
			} else {
				code = errRange
			}
		}
	}
	if err := isError(code, r); err != nil {
		return nil, err
	}
	return objects.NewFloat(r), nil
}

// powFinite is C's pow for finite x and y. Integral exponents are computed by squaring in
// 256-bit precision and rounded once, since repeated float multiplication drifts.
func powFinite(x, y float64) float64 {
	if y == gomath.Trunc(y) && gomath.Abs(y) <= 1<<20 && x != 0 {
		n := int64(gomath.Abs(y))
		base := new(big.Float).SetPrec(256).SetFloat64(x)
		r := new(big.Float).SetPrec(256).SetFloat64(1)
		for ; n > 0; n >>= 1 {
			if n&1 != 0 {
				r.Mul(r, base)
			}
			base.Mul(base, base)
		}
		if y < 0 {
			r.Quo(new(big.Float).SetPrec(256).SetFloat64(1), r)
		}
		f, _ := r.Float64()
		return f
	}
	return cpow(x, y)
}

// cpow is C's pow for finite x and y, correctly rounded as glibc's is (to within a few
// thousandths of an ulp): NaN for a negative base with a fractional exponent, infinity for
// zero to a negative power and on overflow.
func cpow(x, y float64) float64 {
	r, status := floatmath.Pow(x, y)
	switch status {
	case floatmath.PowComplex:
		return gomath.NaN()
	case floatmath.PowZeroToNegative, floatmath.PowOverflow:
		return gomath.Inf(1)
	}
	return r
}
