package crmath

import "math"

// logDD is the natural logarithm of a positive, finite double-double a: a = m * 2**e with m
// in [1/sqrt(2), sqrt(2)), c the nearest multiple of 1/64 to m, and
// log(m) = log(c) + 2*atanh(s) for s = (m-c)/(m+c), |s| < 0.006, whose odd series converges
// fast; its terms below 2**-53 of the result are summed in plain floats.
func logDD(a dd) dd {
	frac, e := math.Frexp(a.hi)
	if frac < math.Sqrt2/2 {
		e--
	}
	m := scale(a, -e)
	j := int(math.RoundToEven(m.hi * 64))
	c := float64(j) / 64
	// m.hi and c are within a factor of two, so m.hi - c is exact.
	num := addF(dd{m.hi - c, 0}, m.lo)
	den := add(twoSum(m.hi, c), dd{m.lo, 0})
	s := div(num, den)
	s2 := mul(s, s)
	t := invOdd[7].hi
	for k := 6; k >= 4; k-- {
		t = t*s2.hi + invOdd[k].hi
	}
	p := dd{t, 0}
	for k := 3; k >= 0; k-- {
		p = add(mul(p, s2), invOdd[k])
	}
	r := add(logOfSixtyFourths[j-logTableFirst], scale(mul(p, s), 1))
	return add(mulF(ln2, float64(e)), r)
}

// logSeries is log(m) for m in [1/sqrt(2), sqrt(2)] by the series of 2*atanh((m-1)/(m+1)),
// slow to converge far from 1; it makes logOfSixtyFourths.
func logSeries(m dd) dd {
	num := addF(dd{m.hi - 1, 0}, m.lo)
	den := add(twoSum(m.hi, 1), dd{m.lo, 0})
	s := div(num, den)
	s2 := mul(s, s)
	sum := dd{}
	term := s
	for k := range invOdd {
		t := mul(term, invOdd[k])
		sum = add(sum, t)
		if math.Abs(t.hi) <= math.Abs(sum.hi)*0x1p-110 {
			break
		}
		term = mul(term, s2)
	}
	return scale(sum, 1)
}

// logOfSixtyFourths[j-logTableFirst] is log(j/64) for the j/64 nearest to a number in
// [1/sqrt(2), sqrt(2)).
const logTableFirst = 45

var logOfSixtyFourths = func() [91 - logTableFirst + 1]dd {
	var t [91 - logTableFirst + 1]dd
	for i := range t {
		t[i] = logSeries(dd{float64(i+logTableFirst) / 64, 0})
	}
	return t
}()

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

// Log2 returns the base-2 logarithm of x correctly rounded.
func Log2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	}
	frac, e := math.Frexp(x)
	if frac == 0.5 {
		return float64(e - 1)
	}
	// log2(x) = e + log(frac)/ln2, with frac normal even for subnormal x.
	return addF(div(logDD(dd{frac, 0}), ln2), float64(e)).hi
}

// Log10 returns the base-10 logarithm of x by fdlibm's method, as glibc does: for
// x = 2**n * m with m in [1, 2) (or [1/2, 1) when n < 0),
// n*log10(2)_hi + (n*log10(2)_lo + log(m)/ln(10)), log10(2) split so that n times its high
// part is exact.
func Log10(x float64) float64 {
	const (
		ivln10   = 4.34294481903251816668e-01
		log102hi = 3.01029995663611771306e-01
		log102lo = 3.69423907715893078616e-13
	)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	}
	k := 0
	if x < 0x1p-1022 {
		k -= 54
		x *= 0x1p54
	}
	hx := int32(math.Float64bits(x) >> 32)
	k += int(hx>>20) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	hx = hx&0x000fffff | int32(0x3ff-i)<<20
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | math.Float64bits(x)&0xffffffff)
	z := y*log102lo + ivln10*Log(x)
	return z + y*log102hi
}
