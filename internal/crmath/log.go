package crmath

import "math"

// logDD is the natural logarithm of a positive, finite double-double a: a = m * 2**e with m
// in [1/sqrt(2), sqrt(2)), and log(m) = 2*atanh(s) for s = (m-1)/(m+1), |s| < 0.172, whose
// odd series is summed until its terms no longer matter.
func logDD(a dd) dd {
	frac, e := math.Frexp(a.hi)
	if frac < math.Sqrt2/2 {
		e--
	}
	m := scale(a, -e)
	// m.hi is in [0.7, 1.42], so m.hi - 1 is exact.
	num := addF(dd{m.hi - 1, 0}, m.lo)
	den := add(twoSum(m.hi, 1), dd{m.lo, 0})
	s := div(num, den)
	s2 := mul(s, s)
	sum := dd{}
	term := s
	for n := 1; n < 2*len(invOdd); n += 2 {
		t := mul(term, invOdd[n/2])
		sum = add(sum, t)
		if math.Abs(t.hi) <= math.Abs(sum.hi)*0x1p-110 {
			break
		}
		term = mul(term, s2)
	}
	return add(mulF(ln2, float64(e)), scale(sum, 1))
}

// invOdd[k] is 1/(2k+1) as a double-double; |s| < 0.172 needs 23 terms.
var invOdd = func() [24]dd {
	var t [24]dd
	for k := range t {
		t[k] = div(dd{1, 0}, dd{float64(2*k + 1), 0})
	}
	return t
}()

// Log returns the natural logarithm of x correctly rounded.
func Log(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case x == 1:
		return 0
	}
	if x < 0x1p-1022 {
		// Subnormal: scale into the normal range first.
		r := logDD(dd{x * 0x1p54, 0})
		return add(r, mulF(ln2, -54)).hi
	}
	return logDD(dd{x, 0}).hi
}
