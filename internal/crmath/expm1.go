package crmath

import "math"

// Expm1 and Log1p are fdlibm's, with the polynomials evaluated in glibc's order (split for
// pipelined processors), on which the last bit of their results depends.

// Coefficients of fdlibm's expm1: the rational approximation's polynomial in r*r/2.
const (
	ln2Hi  = 6.93147180369123816490e-01 // ln2 with its low bits clear, so k*ln2Hi is exact
	ln2Lo  = 1.90821492927058770002e-10
	invLn2 = 1.44269504088896338700e+00
	em1Q1  = -3.33333333333331316428e-02
	em1Q2  = 1.58730158725481460165e-03
	em1Q3  = -7.93650757867487942473e-05
	em1Q4  = 4.00821782732936239552e-06
	em1Q5  = -2.01099218183624371326e-07
)

// Expm1 returns e**x - 1: x = k*ln2 + r with |r| <= ln2/2 (and a correction c for the
// rounding of r), expm1(r) from a rational approximation, and 2**k*(expm1(r)+1) - 1 formed
// in the order that loses least for each range of k.
func Expm1(x float64) float64 {
	hx := highWord(x)
	neg := math.Signbit(x)
	if hx >= 0x4043687a { // |x| >= 56*ln2
		if hx >= 0x40862e42 {
			if math.IsNaN(x) {
				return x
			}
			if math.IsInf(x, 1) {
				return x
			}
			if !neg && x > 7.09782712893383973096e+02 {
				return math.Inf(1)
			}
		}
		if neg {
			return -1
		}
	}
	var k int
	var c float64
	switch {
	case hx > 0x3fd62e42: // |x| > ln2/2: reduce
		var hi, lo float64
		switch {
		case hx < 0x3ff0a2b2 && !neg: // |x| < 1.5*ln2
			hi, lo, k = x-ln2Hi, ln2Lo, 1
		case hx < 0x3ff0a2b2:
			hi, lo, k = x+ln2Hi, -ln2Lo, -1
		default:
			if neg {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			t := float64(k)
			hi = x - t*ln2Hi
			lo = t * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case hx < 0x3c900000: // |x| < 2**-54
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1a := math.FMA(hxs, em1Q1, 1)
	h2 := hxs * hxs
	r2 := math.FMA(hxs, em1Q3, em1Q2)
	h4 := h2 * h2
	r3 := math.FMA(hxs, em1Q5, em1Q4)
	r1 := math.FMA(h4, r3, math.FMA(h2, r2, r1a))
	t := math.FMA(-r1, hfx, 3)
	e := hxs * ((r1 - t) / math.FMA(-x, t, 6))
	if k == 0 {
		return x - math.FMA(x, e, -hxs)
	}
	e = math.FMA(x, e-c, -c)
	e -= hxs
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return math.FMA(2, x-e, 1)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		return addExponent(y, k) - 1
	case k < 20:
		t := 1 - math.Ldexp(1, -k)
		return addExponent(t-(e-x), k)
	}
	y := x - (e + math.Ldexp(1, -k))
	y += 1
	return addExponent(y, k)
}

// addExponent adds k to the binary exponent of y, as fdlibm does to its high word: wrapping
// into infinity rather than rounding.
func addExponent(y float64, k int) float64 {
	return math.Float64frombits(math.Float64bits(y) + uint64(int64(k))<<52)
}

// Coefficients of fdlibm's log1p: the series of log((1+s)/(1-s)) in s*s.
const (
	lp1 = 6.666666666666735130e-01
	lp2 = 3.999999999940941908e-01
	lp3 = 2.857142874366239149e-01
	lp4 = 2.222219843214978396e-01
	lp5 = 1.818357216161805012e-01
	lp6 = 1.531383769920937332e-01
	lp7 = 1.479819860511658591e-01
)

// Log1p returns log(1+x): 1+x = 2**k*(1+f) with sqrt(2)/2 < 1+f < sqrt(2), a correction c
// for the rounding of 1+x, and log(1+f) = f - (f*f/2 - s*(f*f/2 + R(s*s))) for s = f/(2+f).
func Log1p(x float64) float64 {
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	ax := hx & 0x7fffffff
	k := 1
	var f, c float64
	var hu int32
	if hx < 0x3fda827a { // x < 0.41422
		if ax >= 0x3ff00000 { // x <= -1
			if x == -1 {
				return math.Inf(-1)
			}
			return math.NaN()
		}
		if ax < 0x3e200000 { // |x| < 2**-29
			if ax < 0x3c900000 {
				return x
			}
			return x - x*x*0.5
		}
		if hx > 0 || hx <= int32(-0x402d413d) { // -0.2929 < x < 0.41422
			k, f, hu = 0, x, 1
		}
	} else if hx >= 0x7ff00000 {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 {
			u = 1 + x
			hu = int32(math.Float64bits(u) >> 32)
			k = int(hu>>20) - 1023
			if k > 0 {
				c = 1 - (u - x)
			} else {
				c = x - (u - 1)
			}
			c /= u
		} else {
			u = x
			hu = int32(math.Float64bits(u) >> 32)
			k = int(hu>>20) - 1023
			c = 0
		}
		hu &= 0x000fffff
		low := math.Float64bits(u) & 0xffffffff
		if hu < 0x6a09e {
			u = math.Float64frombits(uint64(uint32(hu)|0x3ff00000)<<32 | low) // normalize u
		} else {
			k++
			u = math.Float64frombits(uint64(uint32(hu)|0x3fe00000)<<32 | low) // normalize u/2
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1
	}
	hfsq := 0.5 * f * f
	fk := float64(k)
	if hu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += fk * ln2Lo
			return fk*ln2Hi + c
		}
		r := hfsq * (1 - 0.66666666666666666*f)
		if k == 0 {
			return f - r
		}
		return fk*ln2Hi - ((r - (fk*ln2Lo + c)) - f)
	}
	s := f / (2 + f)
	z := s * s
	r1 := z * lp1
	z2 := z * z
	r2 := lp2 + z*lp3
	z4 := z2 * z2
	r3 := lp4 + z*lp5
	z6 := z4 * z2
	r4 := lp6 + z*lp7
	r := r1 + z2*r2 + z4*r3 + z6*r4
	if k == 0 {
		return f - (hfsq - s*(hfsq+r))
	}
	return fk*ln2Hi - ((hfsq - (s*(hfsq+r) + (fk*ln2Lo + c))) - f)
}
