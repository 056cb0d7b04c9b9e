package crmath

import "math"

// The hyperbolic functions and asinh by fdlibm's formulas, as glibc evaluates them, on the
// correctly rounded Exp and Log and on fdlibm's expm1 and log1p. Branches are chosen by
// the high 32 bits of |x|, as fdlibm chooses them, so that the boundaries agree exactly.

// highWord is the top 32 bits of |x|.
func highWord(x float64) uint32 { return uint32(math.Float64bits(x)>>32) & 0x7fffffff }

// Sinh is the hyperbolic sine: for |x| < 22, with E = expm1(|x|), (E + E/(E+1))/2 (in a form
// that keeps accuracy below 1); above, exp(|x|)/2, taken as a product of two halves near
// overflow.
func Sinh(x float64) float64 {
	hx := highWord(x)
	if hx >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if math.Signbit(x) {
		h = -h
	}
	ax := math.Abs(x)
	switch {
	case hx < 0x40360000: // |x| < 22
		if hx < 0x3e300000 { // |x| < 2**-28: sinh(x) rounds to x
			return x
		}
		t := Expm1(ax)
		if hx < 0x3ff00000 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case hx < 0x40862e42: // |x| < log(MaxFloat64)
		return h * Exp(ax)
	case ax <= 0x1.633ce8fb9f87dp+09: // the overflow threshold
		w := Exp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * math.Inf(1)
}

// Cosh is the hyperbolic cosine: 1 + expm1(|x|)**2/(2exp(|x|)) up to ln(2)/2, then
// (exp(|x|) + 1/exp(|x|))/2 up to 22, then exp(|x|)/2.
func Cosh(x float64) float64 {
	hx := highWord(x)
	if hx >= 0x7ff00000 {
		return x * x
	}
	ax := math.Abs(x)
	switch {
	case hx < 0x3fd62e43: // |x| < ln(2)/2
		if hx < 0x3c800000 { // cosh(tiny) = 1
			return 1
		}
		t := Expm1(ax)
		w := 1 + t
		return 1 + (t*t)/(w+w)
	case hx < 0x40360000: // |x| < 22
		t := Exp(ax)
		return 0.5*t + 0.5/t
	case hx < 0x40862e42:
		return 0.5 * Exp(ax)
	case ax <= 0x1.633ce8fb9f87dp+09:
		w := Exp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

// Tanh is the hyperbolic tangent: -t/(t+2) with t = expm1(-2|x|) below 1, 1 - 2/(t+2) with
// t = expm1(2|x|) up to 22, and ±1 beyond.
func Tanh(x float64) float64 {
	hx := highWord(x)
	if hx >= 0x7ff00000 {
		if math.IsNaN(x) {
			return x + x
		}
		return math.Copysign(1, x)
	}
	var z float64
	switch {
	case x == 0:
		return x
	case hx < 0x3c800000: // |x| < 2**-55
		return x * (1 + x)
	case hx >= 0x40360000: // |x| >= 22
		z = 1
	case hx >= 0x3ff00000: // |x| >= 1
		t := Expm1(2 * math.Abs(x))
		z = 1 - 2/(t+2)
	default:
		t := Expm1(-2 * math.Abs(x))
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// Asinh is the inverse hyperbolic sine: log(|x|) + log(2) for huge |x|,
// log(2|x| + 1/(|x| + sqrt(x*x+1))) above 2, and log1p(|x| + x*x/(1 + sqrt(1+x*x))) below.
func Asinh(x float64) float64 {
	hx := highWord(x)
	if hx >= 0x7ff00000 {
		return x + x
	}
	if hx < 0x3e300000 { // |x| < 2**-28
		return x
	}
	ax := math.Abs(x)
	var w float64
	switch {
	case hx > 0x41b00000: // |x| > 2**28
		w = Log(ax) + ln2.hi
	case hx > 0x40000000: // |x| > 2
		w = Log(2*ax + 1/(math.Sqrt(ax*ax+1)+ax))
	default:
		t := ax * ax
		w = Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}
