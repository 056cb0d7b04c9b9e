package crmath

import (
	"math"
	"math/big"
	"sync"
)

// π/2 as the sum of three floats, for reducing arguments of moderate size.
const (
	pio2a = 0x1.921fb54442d18p+0
	pio2b = 0x1.1a62633145c07p-54
	pio2c = -0x1.f1976b7ed8fbcp-110
)

// reduce returns r and k with x = k*π/2 + r, |r| <= about π/4, r as a double-double.
func reduce(x float64) (dd, int) {
	if math.Abs(x) < 0x1p25 {
		k := math.RoundToEven(x / pio2a)
		// x - k*π/2 in three exact products; the cancellation against x is exact.
		r := add(dd{x, 0}, twoProd(-k, pio2a))
		r = add(r, twoProd(-k, pio2b))
		r = addF(r, -k*pio2c)
		return r, int(int64(k) & 3)
	}
	return reduceHuge(x)
}

var (
	bigPiOnce sync.Once
	// twoOverPi and pio2Big hold 2/π and π/2 to enough bits to reduce any float.
	twoOverPi, pio2Big *big.Float
)

const bigPrec = 1400

// machinPi computes π = 16 atan(1/5) - 4 atan(1/239) to bigPrec bits.
func machinPi() *big.Float {
	atanInv := func(n int64) *big.Float {
		x := new(big.Float).SetPrec(bigPrec+64).Quo(big.NewFloat(1), big.NewFloat(float64(n)))
		x2 := new(big.Float).SetPrec(bigPrec+64).Mul(x, x)
		sum := new(big.Float).SetPrec(bigPrec + 64)
		term := new(big.Float).SetPrec(bigPrec + 64).Set(x)
		t := new(big.Float).SetPrec(bigPrec + 64)
		for k := int64(1); ; k += 2 {
			t.Quo(term, new(big.Float).SetInt64(k))
			if k&2 == 0 {
				sum.Add(sum, t)
			} else {
				sum.Sub(sum, t)
			}
			term.Mul(term, x2)
			if term.Sign() == 0 || term.MantExp(nil) < -(bigPrec+64) {
				return sum
			}
		}
	}
	p := new(big.Float).SetPrec(bigPrec+64).Mul(big.NewFloat(16), atanInv(5))
	return p.Sub(p, new(big.Float).SetPrec(bigPrec+64).Mul(big.NewFloat(4), atanInv(239)))
}

func initBigPi() {
	p := machinPi()
	pio2Big = new(big.Float).SetPrec(bigPrec).Quo(p, big.NewFloat(2))
	twoOverPi = new(big.Float).SetPrec(bigPrec).Quo(big.NewFloat(2), p)
}

// reduceHuge reduces a large argument exactly enough in big.Float arithmetic: with x below
// 2**1024 and 2/π to 1400 bits, the fraction of x*2/π is good to far more than 106 bits.
func reduceHuge(x float64) (dd, int) {
	bigPiOnce.Do(initBigPi)
	q := new(big.Float).SetPrec(bigPrec).Mul(new(big.Float).SetFloat64(x), twoOverPi)
	// k = q rounded to the nearest integer.
	half := big.NewFloat(0.5)
	if q.Sign() < 0 {
		half.Neg(half)
	}
	kf := new(big.Float).SetPrec(bigPrec).Add(q, half)
	ki, _ := kf.Int(nil)
	frac := q.Sub(q, new(big.Float).SetPrec(bigPrec).SetInt(ki))
	frac.Mul(frac, pio2Big)
	hi, _ := frac.Float64()
	lo, _ := frac.Sub(frac, new(big.Float).SetFloat64(hi)).Float64()
	k := int(new(big.Int).And(ki, big.NewInt(3)).Int64())
	return dd{hi, lo}, k
}

// sinKernel and cosKernel are the Taylor series of sin and cos for |r| <= π/4, summed to
// beyond double-double precision. Terms below 2**-53 of the result are summed in plain
// floats: their rounding errors fall below the double-double's.
func sinKernel(r dd) dd {
	r2 := mul(r, r)
	t := invFact[29].hi
	for n := 27; n >= 17; n -= 2 {
		t = invFact[n].hi - t*r2.hi
	}
	p := dd{t, 0}
	for n := 15; n >= 1; n -= 2 {
		p = sub(invFact[n], mul(p, r2))
	}
	return mul(p, r)
}

func cosKernel(r dd) dd {
	r2 := mul(r, r)
	t := invFact[30].hi
	for n := 28; n >= 18; n -= 2 {
		t = invFact[n].hi - t*r2.hi
	}
	p := dd{t, 0}
	for n := 16; n >= 0; n -= 2 {
		p = sub(invFact[n], mul(p, r2))
	}
	return p
}

// Sin returns the sine of x correctly rounded.
func Sin(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-26:
		return x
	}
	r, k := reduce(x)
	switch k {
	case 0:
		return sinKernel(r).hi
	case 1:
		return cosKernel(r).hi
	case 2:
		return -sinKernel(r).hi
	}
	return -cosKernel(r).hi
}

// Cos returns the cosine of x correctly rounded.
func Cos(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-27:
		return 1
	}
	r, k := reduce(x)
	switch k {
	case 0:
		return cosKernel(r).hi
	case 1:
		return -sinKernel(r).hi
	case 2:
		return -cosKernel(r).hi
	}
	return sinKernel(r).hi
}

// Tan returns the tangent of x correctly rounded.
func Tan(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.NaN()
	case math.Abs(x) < 0x1p-27:
		return x
	}
	r, k := reduce(x)
	s, c := sinKernel(r), cosKernel(r)
	if k&1 == 0 {
		return div(s, c).hi
	}
	return neg(div(c, s)).hi
}

// atanDD is atan(t) for 0 <= t <= 1: Go's Atan, good to an ulp or so, corrected by
// atan(t) = a + atan((t - tan a)/(1 + t tan a)), the last atan being its argument to far
// beyond double-double precision.
func atanDD(t dd) dd {
	a := math.Atan(t.hi)
	if a == 0 {
		return t
	}
	r, k := reduce(a)
	s, c := sinKernel(r), cosKernel(r)
	if k != 0 {
		// a <= π/4 + an ulp can round to the next quadrant.
		s, c = c, neg(s)
	}
	d := div(sub(mul(t, c), s), add(c, mul(t, s)))
	return addF(d, a)
}

// Atan2 returns the angle of the point (x, y) correctly rounded, with C's special cases.
func Atan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var r dd
	if ay <= ax {
		q := ay / ax
		if q < 0x1p-1000 {
			// atan(q) is q to far more than its precision.
			if x > 0 {
				return y / x
			}
			return math.Copysign(pi.hi, y)
		}
		r = atanDD(dd{q, math.FMA(-q, ax, ay) / ax})
		if x < 0 {
			r = sub(pi, r)
		}
	} else {
		q := ax / ay
		if q < 0x1p-1000 {
			return math.Copysign(pio2.hi, y)
		}
		r = atanDD(dd{q, math.FMA(-q, ay, ax) / ay})
		if x < 0 {
			r = add(pio2, r)
		} else {
			r = sub(pio2, r)
		}
	}
	return math.Copysign(r.hi, y)
}

// Atan returns the arc tangent of x correctly rounded.
func Atan(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return x
	}
	return Atan2(x, 1)
}

// oneMinusSquare is 1 - x*x for |x| <= 1, exactly as a double-double.
func oneMinusSquare(x float64) dd {
	ax := math.Abs(x)
	if ax >= 0.5 {
		// 1 - |x| is exact here, and (1-|x|)(1+|x|) is exact in double-double.
		return mulF(twoSum(1, ax), 1-ax)
	}
	return add(dd{1, 0}, neg(twoProd(x, x)))
}

// atanOfRatio is atan(a/b) for positive double-doubles a and b, as a double-double.
func atanOfRatio(a, b dd) dd {
	if a.hi <= b.hi {
		return atanDD(div(a, b))
	}
	return sub(pio2, atanDD(div(b, a)))
}

// Asin returns the arc sine of x correctly rounded: atan(x/sqrt(1-x*x)).
func Asin(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax > 1:
		return math.NaN()
	case ax < 0x1p-26:
		return x
	case ax == 1:
		return math.Copysign(pio2.hi, x)
	}
	r := atanOfRatio(dd{ax, 0}, sqrtDD(oneMinusSquare(x)))
	return math.Copysign(r.hi, x)
}

// Acos returns the arc cosine of x correctly rounded: atan(sqrt(1-x*x)/x), taken from π for
// negative x.
func Acos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return pi.hi
	case math.Abs(x) < 0x1p-57:
		return pio2.hi
	}
	r := atanOfRatio(sqrtDD(oneMinusSquare(x)), dd{math.Abs(x), 0})
	if x < 0 {
		r = sub(pi, r)
	}
	return r.hi
}
