package crmath

import (
	"math"
	"math/big"
)

// expm1Small is e**r - 1 for |r| <= 0.35 as a double-double: r is divided by 2**10, the
// Taylor series of e**t - 1 summed, and the result brought back by ten doublings of the
// exponent, each as u -> 2u + u*u, which loses nothing to cancellation.
func expm1Small(r dd) dd {
	const halvings = 10
	t := scale(r, -halvings)
	// |t| < 3.5e-4: nine terms leave an error below 1e-36.
	s := mul(t, invFact[9])
	for n := 8; n >= 1; n-- {
		s = mul(add(s, invFact[n]), t)
	}
	for i := 0; i < halvings; i++ {
		s = add(scale(s, 1), mul(s, s))
	}
	return s
}

// exp2Table[j] is 2**(j/64) as a double-double.
var exp2Table = func() [64]dd {
	var t [64]dd
	for j := range t {
		r := mulF(ln2, float64(j)/64)
		t[j] = addF(expm1Small(r), 1)
	}
	return t
}()

// ln2by64 is ln(2)/64 (exactly ln2 scaled).
var ln2by64 = scale(ln2, -6)

// expDD returns e**x as a double-double mantissa m (about 1) and a power of two n, with
// e**x = m * 2**n: x = (64n + j)*ln(2)/64 + r with |r| <= ln(2)/128, and
// e**x = 2**n * 2**(j/64) * e**r, e**r - 1 from its Taylor series, whose terms below 2**-53
// are summed in plain floats.
func expDD(x float64) (dd, int) {
	k := math.RoundToEven(x / ln2by64.hi)
	r := sub(twoProd(-k, ln2by64.hi), dd{-x, 0})
	r = addF(r, -k*ln2by64.lo)
	t := invFact[11].hi
	for n := 10; n >= 6; n-- {
		t = t*r.hi + invFact[n].hi
	}
	p := dd{t, 0}
	for n := 5; n >= 1; n-- {
		p = add(mul(p, r), invFact[n])
	}
	em1 := mul(p, r)
	ki := int(k)
	j := ki & 63
	m := add(exp2Table[j], mul(exp2Table[j], em1))
	return m, (ki - j) / 64
}

// Exp returns e**x correctly rounded.
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	case math.Abs(x) < 0x1p-54:
		return 1 + x
	}
	m, k := expDD(x)
	return ldexpDD(m, k)
}

// ldexpDD rounds m * 2**k to a float64 once, even when the result is subnormal or
// overflows.
func ldexpDD(m dd, k int) float64 {
	e := math.Ilogb(m.hi) + k
	if e >= -1021 && e <= 1023 {
		// m.hi is m rounded; scaling it is exact.
		return math.Ldexp(m.hi, k)
	}
	if e > 1023 {
		return math.Inf(1)
	}
	// A subnormal result: round the exact sum once at its precision.
	f := new(big.Float).SetPrec(120).SetFloat64(m.hi)
	f.Add(f, new(big.Float).SetFloat64(m.lo))
	f.SetMantExp(f, k)
	r, _ := f.Float64()
	return r
}

// Exp2 returns 2**x correctly rounded.
func Exp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x >= 1024:
		return math.Inf(1)
	case x < -1075:
		return 0
	case math.Abs(x) < 0x1p-54:
		return 1 + x
	}
	// x = k/64 + f with |f| <= 1/128: 2**x = 2**(k div 64) * 2**((k mod 64)/64) * e**(f ln 2).
	k := math.RoundToEven(x * 64)
	f := x - k/64 // exact: x and k/64 are close
	r := mul(ln2, dd{f, 0})
	t := invFact[11].hi
	for n := 10; n >= 6; n-- {
		t = t*r.hi + invFact[n].hi
	}
	p := dd{t, 0}
	for n := 5; n >= 1; n-- {
		p = add(mul(p, r), invFact[n])
	}
	em1 := mul(p, r)
	ki := int(k)
	j := ki & 63
	m := add(exp2Table[j], mul(exp2Table[j], em1))
	return ldexpDD(m, (ki-j)/64)
}
