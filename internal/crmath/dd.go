// Package crmath computes real functions of C's math library the way glibc computes them,
// since CPython takes its results from there and Go's math package differs from glibc in
// the last bit of a good share of results. Exp, Exp2, Log, Log2, Sin, Cos, Tan, Asin, Acos,
// Atan and Atan2 are correctly rounded (glibc's are too, but for a few results within a
// hundredth of an ulp of halfway); Expm1, Log1p, Hypot and Cbrt follow glibc's algorithms
// operation for operation; Sinh, Cosh, Tanh, Asinh and Log10 follow fdlibm's formulas, which
// glibc uses, on top of those.
//
// The correctly rounded functions evaluate in double-double arithmetic (about 106 bits) and
// round once at the end. Constants that C computes in floating point are computed so here
// too, not as Go's exact constant expressions, where the two could round differently.
package crmath

import "math"

// dd is a double-double number: the unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

// twoSum returns a+b exactly as a double-double.
func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

// quickTwoSum is twoSum for |a| >= |b| (or a == 0).
func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// twoProd returns a*b exactly as a double-double.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func add(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func neg(a dd) dd { return dd{-a.hi, -a.lo} }

func sub(a, b dd) dd { return add(a, neg(b)) }

func addF(a dd, b float64) dd {
	s := twoSum(a.hi, b)
	s.lo += a.lo
	return quickTwoSum(s.hi, s.lo)
}

func mul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p.hi, p.lo)
}

func mulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return quickTwoSum(p.hi, p.lo)
}

func div(a, b dd) dd {
	q1 := a.hi / b.hi
	r := sub(a, mulF(b, q1))
	q2 := r.hi / b.hi
	r = sub(r, mulF(b, q2))
	q3 := r.hi / b.hi
	return addF(quickTwoSum(q1, q2), q3)
}

// scale multiplies by 2**k, exactly while the parts stay normal.
func scale(a dd, k int) dd { return dd{math.Ldexp(a.hi, k), math.Ldexp(a.lo, k)} }

// sqrtDD is the square root of a positive double-double, by one Newton step from the
// float square root.
func sqrtDD(a dd) dd {
	s := math.Sqrt(a.hi)
	r := sub(a, twoProd(s, s))
	return quickTwoSum(s, r.hi/(2*s))
}

// Constants, each the double-double nearest the real number.
var (
	ln2  = dd{0x1.62e42fefa39efp-01, 0x1.abc9e3b39803fp-56}
	pi   = dd{0x1.921fb54442d18p+01, 0x1.1a62633145c07p-53}
	pio2 = dd{0x1.921fb54442d18p+00, 0x1.1a62633145c07p-54}
)

// invFact[n] is 1/n! as a double-double.
var invFact = func() [36]dd {
	var t [36]dd
	t[0] = dd{1, 0}
	for n := 1; n < len(t); n++ {
		t[n] = div(t[n-1], dd{float64(n), 0})
	}
	return t
}()
