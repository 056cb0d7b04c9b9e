// Package floatmath holds the float arithmetic Python defines more exactly than Go's math
// package does, shared by the float type and the compiler's constant folding so that a folded
// constant and the same operation at run time agree to the bit.
package floatmath

import (
	"math"
	"math/big"
	"sync"
)

// pow for floats, correctly rounded. Go's math.Pow can be tens of units in the last place
// away from the true value, while C's pow (which CPython calls) is correctly rounded in
// practice; Python programs print these results, so Taipan computes x**y = exp(y*ln x) in
// 192-bit arithmetic and rounds once.

const powPrec = 192

var (
	ln2Once sync.Once
	ln2Big  *big.Float
)

// ln2 returns ln 2 at powPrec bits.
func ln2() *big.Float {
	ln2Once.Do(func() {
		third := new(big.Float).SetPrec(powPrec).Quo(newPowFloat(1), newPowFloat(3))
		ln2Big = atanh2(third)
	})
	return ln2Big
}

func newPowFloat(v float64) *big.Float { return new(big.Float).SetPrec(powPrec).SetFloat64(v) }

// atanh2 returns 2*atanh(t) = ln((1+t)/(1-t)) for 0 <= t < 1/2, by its series
// 2*(t + t**3/3 + t**5/5 + ...).
func atanh2(t *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(powPrec).Set(t)
	t2 := new(big.Float).SetPrec(powPrec).Mul(t, t)
	term := new(big.Float).SetPrec(powPrec).Set(t)
	q := new(big.Float).SetPrec(powPrec)
	for k := int64(3); ; k += 2 {
		term.Mul(term, t2)
		q.Quo(term, q.SetInt64(k))
		if q.Sign() == 0 || q.MantExp(nil)-sum.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, q)
	}
	return sum.Mul(sum, newPowFloat(2))
}

// bigLog returns ln x for finite x > 0.
func bigLog(x float64) *big.Float {
	frac, exp := math.Frexp(x) // x = frac * 2**exp, 0.5 <= frac < 1
	m := newPowFloat(frac * 2) // 1 <= m < 2
	exp--
	// ln m = 2*atanh((m-1)/(m+1)), with (m-1)/(m+1) < 1/3.
	num := new(big.Float).SetPrec(powPrec).Sub(m, newPowFloat(1))
	den := new(big.Float).SetPrec(powPrec).Add(m, newPowFloat(1))
	r := atanh2(num.Quo(num, den))
	k := new(big.Float).SetPrec(powPrec).SetInt64(int64(exp))
	return r.Add(r, k.Mul(k, ln2()))
}

// bigExpFloat64 returns exp(z) rounded to a float64 (±Inf beyond its range, 0 below it).
func bigExpFloat64(z *big.Float) float64 {
	zf, _ := z.Float64()
	switch {
	case zf > 710:
		return math.Inf(1)
	case zf < -746:
		return 0
	}
	// z = k*ln2 + r with |r| <= ln2/2; exp(z) = 2**k * exp(r).
	k := math.Round(zf / math.Ln2)
	r := new(big.Float).SetPrec(powPrec).Mul(newPowFloat(k), ln2())
	r.Sub(z, r)
	// exp(r) by its Taylor series; |r| < 0.35 makes the terms fall fast.
	sum := newPowFloat(1)
	term := newPowFloat(1)
	for n := int64(1); n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, term)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}

// powPositive is pow(x, y) for finite positive x != 1 and finite y != 0: correctly rounded,
// ±Inf on overflow.
func powPositive(x, y float64) float64 {
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		// Small integral exponents are exact at 53*|y| bits: one rounding at the end.
		n := int(math.Abs(y))
		prec := uint(53*n + 64)
		bx := new(big.Float).SetPrec(prec).SetFloat64(x)
		r := new(big.Float).SetPrec(prec).SetInt64(1)
		for i := 0; i < n; i++ {
			r.Mul(r, bx)
		}
		if y < 0 {
			r = new(big.Float).SetPrec(prec).Quo(new(big.Float).SetPrec(prec).SetInt64(1), r)
		}
		f, _ := r.Float64()
		return f
	}
	if y == 0.5 {
		return math.Sqrt(x) // IEEE square root is correctly rounded
	}
	z := bigLog(x)
	return bigExpFloat64(z.Mul(z, newPowFloat(y)))
}
