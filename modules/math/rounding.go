package math

import (
	gomath "math"

	"github.com/taipanpy/taipan/objects"
)

// floor, ceil and trunc (through __floor__, __ceil__ and __trunc__), and the functions that
// take floats apart or step between them.

// roundVia is math.floor and math.ceil: the special method of a non-float, else f of the
// argument as a float.
func roundVia(name string, f func(float64) float64) func(*objects.Thread, objects.Object) (objects.Object, error) {
	return func(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
		if fl, ok := arg.(*objects.Float); !ok || fl.Type() != objects.FloatType {
			method, err := lookupSpecial(ts, arg, name)
			if err != nil {
				return nil, err
			}
			if method != nil {
				return objects.Call(ts, method, nil, nil)
			}
		}
		x, err := asDouble(ts, arg)
		if err != nil {
			return nil, err
		}
		return floatToInt(f(x))
	}
}

var (
	floor = roundVia("__floor__", gomath.Floor)
	ceil  = roundVia("__ceil__", gomath.Ceil)
)

// trunc is math.trunc: __trunc__, which every real number type must define.
func trunc(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
	if fl, ok := arg.(*objects.Float); ok && fl.Type() == objects.FloatType {
		return floatToInt(gomath.Trunc(fl.Value()))
	}
	method, err := lookupSpecial(ts, arg, "__trunc__")
	if err != nil {
		return nil, err
	}
	if method == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "type %s doesn't define __trunc__ method", arg.Type().Name)
	}
	return objects.Call(ts, method, nil, nil)
}

func frexp(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
	x, err := asDouble(ts, arg)
	if err != nil {
		return nil, err
	}
	e := 0
	if !gomath.IsNaN(x) && !gomath.IsInf(x, 0) && x != 0 {
		x, e = gomath.Frexp(x)
	}
	return objects.NewTuple([]objects.Object{objects.NewFloat(x), objects.NewInt(int64(e))}), nil
}

func ldexp(ts *objects.Thread, a, b objects.Object) (objects.Object, error) {
	x, err := asDouble(ts, a)
	if err != nil {
		return nil, err
	}
	i, ok := asInt(b)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	exp, overflow := longAsLongAndOverflow(i)
	if overflow != 0 {
		exp = gomath.MaxInt64
		if overflow < 0 {
			exp = gomath.MinInt64
		}
	}
	var r float64
	switch {
	case x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0):
		r = x
	case exp > gomath.MaxInt32:
		return nil, rangeError()
	case exp < gomath.MinInt32:
		r = gomath.Copysign(0, x)
	default:
		r = gomath.Ldexp(x, int(exp))
		if gomath.IsInf(r, 0) {
			return nil, rangeError()
		}
	}
	return objects.NewFloat(r), nil
}

func modf(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
	x, err := asDouble(ts, arg)
	if err != nil {
		return nil, err
	}
	var ip, fp float64
	switch {
	case gomath.IsInf(x, 0):
		ip, fp = x, gomath.Copysign(0, x)
	case gomath.IsNaN(x):
		ip, fp = x, x
	default:
		ip, fp = gomath.Modf(x)
	}
	return objects.NewTuple([]objects.Object{objects.NewFloat(fp), objects.NewFloat(ip)}), nil
}

// nextafterArgs is nextafter(x, y, /, *, steps=None).
var nextafterArgs = objects.ArgParser{FuncName: "nextafter", Params: []string{"", "", "steps"}, PosOnly: 2, MinPos: 2, MaxPos: 2}

func nextafter(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [3]objects.Object
	if err := nextafterArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	x, err := asDouble(ts, a[0])
	if err != nil {
		return nil, err
	}
	y, err := asDouble(ts, a[1])
	if err != nil {
		return nil, err
	}
	if a[2] == nil || a[2] == objects.None {
		return objects.NewFloat(nextafterSteps(x, y, 1)), nil
	}
	stepsInt, err := index(ts, a[2])
	if err != nil {
		return nil, err
	}
	if stepsInt.Sign() < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "steps must be a non-negative integer")
	}
	steps, overflow := longAsLongAndOverflow(stepsInt)
	if overflow != 0 {
		steps = gomath.MaxInt64
	}
	return objects.NewFloat(nextafterSteps(x, y, uint64(steps))), nil
}

// nextafterSteps moves steps representable floats from x towards y, stopping at y, by
// stepping through the floats' ordered integer encodings.
func nextafterSteps(x, y float64, steps uint64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	if gomath.IsNaN(y) {
		return y
	}
	if x == y {
		return y // C's nextafter: y, so nextafter(0.0, -0.0) is -0.0
	}
	if steps == 0 {
		return x
	}
	// Map floats to integers that order as the floats do (two's complement of the
	// sign-magnitude encoding), so a step is an integer step.
	toOrdered := func(f float64) int64 {
		b := int64(gomath.Float64bits(f))
		if b < 0 {
			return gomath.MinInt64 - b
		}
		return b
	}
	fromOrdered := func(o int64) float64 {
		if o < 0 {
			o = gomath.MinInt64 - o
		}
		return gomath.Float64frombits(uint64(o))
	}
	ax, ay := toOrdered(x), toOrdered(y)
	var r int64
	switch {
	case ax < ay && uint64(ay-ax) <= steps, ax > ay && uint64(ax-ay) <= steps:
		r = ay
	case ax < ay:
		r = ax + int64(steps)
	default:
		r = ax - int64(steps)
	}
	if r == 0 {
		// Reaching zero from x, the zero keeps x's sign, as C's nextafter.
		return gomath.Copysign(0, x)
	}
	return fromOrdered(r)
}

func ulp(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
	x, err := asDouble(ts, arg)
	if err != nil {
		return nil, err
	}
	if gomath.IsNaN(x) {
		return objects.NewFloat(x), nil
	}
	x = gomath.Abs(x)
	if gomath.IsInf(x, 0) {
		return objects.NewFloat(x), nil
	}
	x2 := gomath.Nextafter(x, gomath.Inf(1))
	if gomath.IsInf(x2, 0) {
		// x is the largest finite float: use the gap below it.
		x2 = gomath.Nextafter(x, gomath.Inf(-1))
		return objects.NewFloat(x - x2), nil
	}
	return objects.NewFloat(x2 - x), nil
}

// iscloseArgs is isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
var iscloseArgs = objects.ArgParser{FuncName: "isclose", Params: []string{"a", "b", "rel_tol", "abs_tol"}, MinPos: 2, MaxPos: 2}

func isclose(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var p [4]objects.Object
	if err := iscloseArgs.Parse(args, kwnames, p[:]); err != nil {
		return nil, err
	}
	vals := [4]float64{0, 0, 1e-09, 0.0}
	for i, o := range p {
		if o == nil {
			continue
		}
		v, err := asDouble(ts, o)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	a, b, rel, abs := vals[0], vals[1], vals[2], vals[3]
	if rel < 0 || abs < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return objects.True, nil
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return objects.False, nil
	}
	diff := gomath.Abs(b - a)
	return objects.NewBool(diff <= gomath.Abs(rel*b) || diff <= gomath.Abs(rel*a) || diff <= abs), nil
}

// fma is fma(x, y, z): x*y+z rounded once, with CPython's errors for a NaN or an infinity that
// finite, non-NaN operands produce.
func fma(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	if err := objects.CheckPositional("fma", len(args), 3, 3); err != nil {
		return nil, err
	}
	var v [3]float64
	for i, a := range args {
		f, err := asDouble(ts, a)
		if err != nil {
			return nil, err
		}
		v[i] = f
	}
	r := gomath.FMA(v[0], v[1], v[2])
	finite := func(f float64) bool { return !gomath.IsNaN(f) && !gomath.IsInf(f, 0) }
	switch {
	case finite(r):
	case gomath.IsNaN(r):
		if !gomath.IsNaN(v[0]) && !gomath.IsNaN(v[1]) && !gomath.IsNaN(v[2]) {
			return nil, objects.Errorf(objects.ValueErrorType, "invalid operation in fma")
		}
	case finite(v[0]) && finite(v[1]) && finite(v[2]):
		return nil, objects.Errorf(objects.OverflowErrorType, "overflow in fma")
	}
	return objects.NewFloat(r), nil
}
