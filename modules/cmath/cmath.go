// Package cmath is CPython's cmath module written in Go: the elementary functions of complex
// numbers with C99's branch cuts and special values, computed by CPython's algorithms so
// that results, signs of zeros and errors agree with CPython's.
package cmath

import (
	"math"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the cmath module.
var Module = vm.BuiltinModule{Name: "cmath", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("This module provides access to mathematical functions for complex\nnumbers."))
	defs := functions()
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	for name, v := range map[string]objects.Object{
		"pi":   objects.NewFloat(math.Pi),
		"e":    objects.NewFloat(math.E),
		"tau":  objects.NewFloat(2 * math.Pi),
		"inf":  objects.NewFloat(math.Inf(1)),
		"infj": objects.NewComplex(complex(0, math.Inf(1))),
		// NaN with its sign bit clear, whatever the machine's default NaN.
		"nan":  objects.NewFloat(math.Abs(math.NaN())),
		"nanj": objects.NewComplex(complex(0, math.Abs(math.NaN()))),
	} {
		m.Dict.SetStr(objects.NewStr(name), v)
	}
	return nil
}

// functions lists the module's functions.
func functions() []objects.MethodDef {
	return []objects.MethodDef{
		unary("acos", cacos, "Return the arc cosine of z."),
		unary("acosh", cacosh, "Return the inverse hyperbolic cosine of z."),
		unary("asin", casin, "Return the arc sine of z."),
		unary("asinh", casinh, "Return the inverse hyperbolic sine of z."),
		unary("atan", catan, "Return the arc tangent of z."),
		unary("atanh", catanh, "Return the inverse hyperbolic tangent of z."),
		unary("cos", ccos, "Return the cosine of z."),
		unary("cosh", ccosh, "Return the hyperbolic cosine of z."),
		unary("exp", cexp, "Return the exponential value e**z."),
		{Name: "isclose", Flags: objects.MethFastcall | objects.MethKeywords, Func: isclose, Doc: iscloseDoc},
		predicate("isfinite", finite, "Return True if both the real and imaginary parts of z are finite, else False."),
		predicate("isinf", func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) },
			"Checks if the real or imaginary part of z is infinite."),
		predicate("isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) },
			"Checks if the real or imaginary part of z not a number (NaN)."),
		{Name: "log", Flags: objects.MethFastcall, Func: logFunc, Doc: logDoc},
		unary("log10", clog10, "Return the base-10 logarithm of z."),
		{Name: "phase", Flags: objects.MethO, Func: phase, Doc: "Return argument, also known as the phase angle, of a complex."},
		{Name: "polar", Flags: objects.MethO, Func: polar, Doc: polarDoc},
		{Name: "rect", Flags: objects.MethFastcall, Func: rect, Doc: "Convert from polar coordinates to rectangular coordinates."},
		unary("sin", csin, "Return the sine of z."),
		unary("sinh", csinh, "Return the hyperbolic sine of z."),
		unary("sqrt", csqrt, "Return the square root of z."),
		unary("tan", ctan, "Return the tangent of z."),
		unary("tanh", ctanh, "Return the hyperbolic tangent of z."),
	}
}

const (
	logDoc = "log(z[, base]) -> the logarithm of z to the given base.\n\n" +
		"If the base is not specified, returns the natural logarithm (base e) of z."
	polarDoc = "Convert a complex from rectangular coordinates to polar coordinates.\n\n" +
		"r is the distance from 0 and phi the phase angle."
	iscloseDoc = "Determine whether two complex numbers are close in value.\n\n" +
		"  rel_tol\n    maximum difference for being considered \"close\", relative to the\n    magnitude of the input values\n" +
		"  abs_tol\n    maximum difference for being considered \"close\", regardless of the\n    magnitude of the input values\n\n" +
		"Return True if a is close in value to b, and False otherwise.\n\n" +
		"For the values to be considered close, the difference between them must be\n" +
		"smaller than at least one of the tolerances.\n\n" +
		"-inf, inf and NaN behave similarly to the IEEE 754 Standard. That is, NaN is\n" +
		"not close to anything, even itself. inf and -inf are only close to themselves."
)
