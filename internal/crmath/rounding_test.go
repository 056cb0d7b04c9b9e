package crmath

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// Exp, Log, Sin, Cos and Tan checked against results computed in big.Float at 300 bits
// and rounded once: an independent check of the double-double evaluation.

const refPrec = 300

func bigF(x float64) *big.Float { return new(big.Float).SetPrec(refPrec).SetFloat64(x) }

// refExp is e**x by its Taylor series after halving x until it is small.
func refExp(x float64) *big.Float {
	t := bigF(x)
	halvings := 0
	for t.MantExp(nil) > -20 && t.Sign() != 0 {
		t.SetMantExp(t, -1)
		halvings++
	}
	sum, term := bigF(1), bigF(1)
	for n := 1; n < 60; n++ {
		term.Mul(term, t)
		term.Quo(term, bigF(float64(n)))
		sum.Add(sum, term)
	}
	for ; halvings > 0; halvings-- {
		sum.Mul(sum, sum)
	}
	return sum
}

// refSinCos is sin and cos of x, reduced by the package's 1400-bit π.
func refSinCos(x float64) (*big.Float, *big.Float) {
	bigPiOnce.Do(initBigPi)
	q := new(big.Float).SetPrec(bigPrec).Mul(bigF(x), twoOverPi)
	k, _ := q.Int(nil)
	r := new(big.Float).SetPrec(bigPrec).Sub(q, new(big.Float).SetInt(k))
	r.Mul(r, pio2Big)
	r.SetPrec(refPrec)
	r2 := new(big.Float).SetPrec(refPrec).Mul(r, r)
	series := func(first *big.Float, n0 int) *big.Float {
		sum := new(big.Float).SetPrec(refPrec).Set(first)
		term := new(big.Float).SetPrec(refPrec).Set(first)
		for n := n0; n < n0+80; n += 2 {
			term.Mul(term, r2)
			term.Quo(term, bigF(float64((n+1)*(n+2))))
			term.Neg(term)
			sum.Add(sum, term)
		}
		return sum
	}
	s, c := series(r, 1), series(bigF(1), 0)
	switch new(big.Int).And(k, big.NewInt(3)).Int64() {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c
}

func round(f *big.Float) float64 {
	r, _ := f.Float64()
	return r
}

func TestCorrectRounding(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		x := math.Ldexp(rng.Float64()*2-1, rng.Intn(14)-4)
		if e := round(refExp(x)); Exp(x) != e {
			t.Errorf("Exp(%x) = %x, want %x", x, Exp(x), e)
		}
		if x > 0 {
			// log is checked through exp: e**Log(x) brackets x no worse than the
			// neighbours of Log(x) do.
			l := Log(x)
			want := bigF(x)
			d := new(big.Float).Sub(refExp(l), want)
			for _, n := range []float64{math.Nextafter(l, math.Inf(-1)), math.Nextafter(l, math.Inf(1))} {
				dn := new(big.Float).Sub(refExp(n), want)
				if dn.Abs(dn).Cmp(new(big.Float).Abs(d)) < 0 {
					t.Errorf("Log(%x) = %x, but %x is nearer", x, l, n)
				}
			}
		}
		y := math.Ldexp(rng.Float64()*2-1, rng.Intn(40)-10)
		s, c := refSinCos(y)
		if Sin(y) != round(s) || Cos(y) != round(c) {
			t.Errorf("Sin, Cos(%x) = %x, %x, want %x, %x", y, Sin(y), Cos(y), round(s), round(c))
		}
		if tan := round(new(big.Float).Quo(s, c)); Tan(y) != tan {
			t.Errorf("Tan(%x) = %x, want %x", y, Tan(y), tan)
		}
	}
}
