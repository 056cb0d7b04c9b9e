package cmath

import (
	"math"

	"github.com/taipanpy/taipan/objects"
)

// The real functions of C's libm that CPython's algorithms call. CPython gets them from the
// platform's libm; these follow C's special cases.

func hypot(x, y float64) float64 { return objects.Hypot(x, y) }

// exp is e**x. Go's Exp on amd64 overflows early (from about 709.5, below
// log(MaxFloat64)), so the top of the range is taken as a square.
func exp(x float64) float64 {
	if x > 709 && x < 709.8 {
		h := math.Exp(x / 2)
		return h * h
	}
	return math.Exp(x)
}

func cosh(x float64) float64 {
	if ax := math.Abs(x); ax > 21 {
		return exp(ax) / 2
	}
	return math.Cosh(x)
}

func sinh(x float64) float64 {
	if ax := math.Abs(x); ax > 21 {
		return math.Copysign(exp(ax)/2, x)
	}
	return math.Sinh(x)
}

func log(x float64) float64 { return math.Log(x) }

// log1p is log(1+x), keeping the sign of a zero.
func log1p(x float64) float64 {
	if x == 0 {
		return x
	}
	return math.Log1p(x)
}

func cos(x float64) float64      { return math.Cos(x) }
func sin(x float64) float64      { return math.Sin(x) }
func tan(x float64) float64      { return math.Tan(x) }
func tanh(x float64) float64     { return math.Tanh(x) }
func asinh(x float64) float64    { return math.Asinh(x) }
func atan2(y, x float64) float64 { return math.Atan2(y, x) }
