package cmath

import (
	"github.com/taipanpy/taipan/internal/crmath"
)

// The real functions of C's libm that CPython's algorithms call, computed as glibc computes
// them (see internal/crmath), so that results agree with CPython's to the last bit.

func hypot(x, y float64) float64 { return crmath.Hypot(x, y) }
func exp(x float64) float64      { return crmath.Exp(x) }
func log(x float64) float64      { return crmath.Log(x) }
func log1p(x float64) float64    { return crmath.Log1p(x) }
func cos(x float64) float64      { return crmath.Cos(x) }
func sin(x float64) float64      { return crmath.Sin(x) }
func tan(x float64) float64      { return crmath.Tan(x) }
func cosh(x float64) float64     { return crmath.Cosh(x) }
func sinh(x float64) float64     { return crmath.Sinh(x) }
func tanh(x float64) float64     { return crmath.Tanh(x) }
func asinh(x float64) float64    { return crmath.Asinh(x) }
func atan2(y, x float64) float64 { return crmath.Atan2(y, x) }
