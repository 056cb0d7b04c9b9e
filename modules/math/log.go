package math

import (
	gomath "math"
	"math/big"

	"github.com/taipanpy/taipan/internal/crmath"
	"github.com/taipanpy/taipan/objects"
)

// Logarithms, of floats and of ints of any size.

// logPositive is the natural logarithm of a positive finite x, as glibc computes it.
func logPositive(x float64) float64 { return crmath.Log(x) }

// mlog is C's log with CPython's handling of zero, negative and special arguments.
func mlog(x float64) (float64, int) {
	switch {
	case gomath.IsNaN(x):
		return x, errNone
	case gomath.IsInf(x, 1):
		return x, errNone
	case gomath.IsInf(x, -1):
		return gomath.NaN(), errDomain
	case x > 0:
		return logPositive(x), errNone
	case x == 0:
		return gomath.Inf(-1), errDomain
	}
	return gomath.NaN(), errDomain
}

func log2(x float64) (float64, int) {
	switch {
	case gomath.IsNaN(x):
		return x, errNone
	case gomath.IsInf(x, 1):
		return x, errNone
	case gomath.IsInf(x, -1):
		return gomath.NaN(), errDomain
	case x > 0:
		return crmath.Log2(x), errNone
	case x == 0:
		return gomath.Inf(-1), errDomain
	}
	return gomath.NaN(), errDomain
}

func log10(x float64) (float64, int) {
	switch {
	case gomath.IsNaN(x):
		return x, errNone
	case gomath.IsInf(x, 1):
		return x, errNone
	case gomath.IsInf(x, -1):
		return gomath.NaN(), errDomain
	case x > 0:
		return crmath.Log10(x), errNone
	case x == 0:
		return gomath.Inf(-1), errDomain
	}
	return gomath.NaN(), errDomain
}

// logHelper computes f of an int of any size (from its mantissa and exponent when it is too
// large for a float) or of a float, as CPython's loghelper.
func logHelper(ts *objects.Thread, arg objects.Object, f func(float64) (float64, int)) (objects.Object, error) {
	if i, ok := asInt(arg); ok {
		if i.Sign() <= 0 {
			return nil, domainError()
		}
		if x, fits := i.Float(); fits {
			r, _ := f(x)
			return objects.NewFloat(r), nil
		}
		m, e := intFrexp(i)
		r1, _ := f(m)
		r2, _ := f(2.0)
		return objects.NewFloat(r1 + r2*float64(e)), nil
	}
	x, err := asDouble(ts, arg)
	if err != nil {
		return nil, err
	}
	r, _ := f(x)
	return math1(x, r, false)
}

// intFrexp returns m and e with i ≈ m * 2**e, 0.5 <= m < 1, m rounded to 53 bits.
func intFrexp(i *objects.Int) (float64, int) {
	bf := new(big.Float).SetPrec(53).SetInt(i.Big())
	mant := new(big.Float)
	e := bf.MantExp(mant)
	m, _ := mant.Float64()
	return m, e
}

// logFunc is math.log(x[, base]).
func logFunc(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	if err := objects.CheckPositional("log", len(args), 1, 2); err != nil {
		return nil, err
	}
	num, err := logHelper(ts, args[0], mlog)
	if err != nil || len(args) == 1 {
		return num, err
	}
	den, err := logHelper(ts, args[1], mlog)
	if err != nil {
		return nil, err
	}
	return objects.Binary(ts, num, den, objects.OpTrueDivide)
}
