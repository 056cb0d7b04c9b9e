// Package math is CPython's math module written in Go: the functions of C's libm with
// CPython's handling of special values and errors, and the exact integer and summation
// functions (fsum, isqrt, comb, factorial ...).
package math

import (
	gomath "math"

	"github.com/taipanpy/taipan/internal/crmath"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the math module.
var Module = vm.BuiltinModule{Name: "math", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("This module provides access to the mathematical functions\ndefined by the C standard."))
	defs := functions()
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	for name, v := range map[string]float64{
		"pi": gomath.Pi, "e": gomath.E, "tau": 2 * gomath.Pi,
		"inf": gomath.Inf(1), "nan": gomath.NaN(),
	} {
		m.Dict.SetStr(objects.NewStr(name), objects.NewFloat(v))
	}
	return nil
}

// fn1 makes a one-argument function (METH_O).
func fn1(name string, f func(ts *objects.Thread, x objects.Object) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethO,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return f(ts, args[0])
		}}
}

// fnN makes a function of positional arguments only (METH_FASTCALL).
func fnN(name string, f func(ts *objects.Thread, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return f(ts, args)
		}}
}

// fn2 makes a function of exactly two positional arguments, checked with Argument Clinic's
// message ("copysign expected 2 arguments, got 1").
func fn2(name string, f func(ts *objects.Thread, x, y objects.Object) (objects.Object, error)) objects.MethodDef {
	return fnN(name, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
		if err := objects.CheckPositional(name, len(args), 2, 2); err != nil {
			return nil, err
		}
		return f(ts, args[0], args[1])
	})
}

// functions lists the module's functions.
func functions() []objects.MethodDef {
	return []objects.MethodDef{
		fn1("acos", libm1(crmath.Acos, false)),
		fn1("acosh", libm1(gomath.Acosh, false)),
		fn1("asin", libm1(crmath.Asin, false)),
		fn1("asinh", libm1(crmath.Asinh, false)),
		fn1("atan", libm1(crmath.Atan, false)),
		fn2("atan2", libm2(atan2)),
		fn1("atanh", libm1(gomath.Atanh, false)),
		fn1("cbrt", libm1(crmath.Cbrt, false)),
		fn1("ceil", ceil),
		fn2("copysign", libm2(gomath.Copysign)),
		fn1("cos", libm1(crmath.Cos, false)),
		fn1("cosh", libm1(cosh, true)),
		fn1("degrees", floatFunc(func(x float64) float64 { return x * (180.0 / gomath.Pi) })),
		fn2("dist", dist),
		fn1("erf", libm1a(erf)),
		fn1("erfc", libm1a(erfc)),
		fn1("exp", libm1(exp, true)),
		fn1("exp2", libm1(crmath.Exp2, true)),
		fn1("expm1", libm1(crmath.Expm1, true)),
		fn1("fabs", libm1(gomath.Abs, false)),
		fn1("factorial", factorial),
		fn1("floor", floor),
		fnN("fma", fma),
		fn2("fmod", fmod),
		fn1("frexp", frexp),
		fn1("fsum", fsum),
		fn1("gamma", libm1a(gamma)),
		fnN("gcd", gcd),
		fnN("hypot", hypot),
		{Name: "isclose", Flags: objects.MethFastcall | objects.MethKeywords, Func: isclose},
		fn1("isfinite", floatPredicate(func(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) })),
		fn1("isinf", floatPredicate(func(x float64) bool { return gomath.IsInf(x, 0) })),
		fn1("isnan", floatPredicate(gomath.IsNaN)),
		fn1("isqrt", isqrt),
		fnN("lcm", lcm),
		fn2("ldexp", ldexp),
		fn1("lgamma", libm1a(lgamma)),
		fnN("log", logFunc),
		fn1("log10", func(ts *objects.Thread, x objects.Object) (objects.Object, error) { return logHelper(ts, x, log10) }),
		fn1("log1p", libm1(log1p, false)),
		fn1("log2", func(ts *objects.Thread, x objects.Object) (objects.Object, error) { return logHelper(ts, x, log2) }),
		fn1("modf", modf),
		{Name: "nextafter", Flags: objects.MethFastcall | objects.MethKeywords, Func: nextafter},
		fnN("perm", perm),
		fn2("pow", pow),
		{Name: "prod", Flags: objects.MethFastcall | objects.MethKeywords, Func: prod},
		fn1("radians", floatFunc(func(x float64) float64 { return x * (gomath.Pi / 180.0) })),
		fn2("remainder", libm2(remainder)),
		fn1("sin", libm1(crmath.Sin, false)),
		fn1("sinh", libm1(sinh, true)),
		fn1("sqrt", libm1(gomath.Sqrt, false)),
		fn2("sumprod", sumprod),
		fn1("tan", libm1(crmath.Tan, false)),
		fn1("tanh", libm1(crmath.Tanh, false)),
		fn1("trunc", trunc),
		fn1("ulp", ulp),
		fnN("comb", comb),
	}
}
