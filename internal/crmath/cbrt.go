package crmath

import "math"

// Cbrt returns the cube root of x as glibc computes it: for |x| = m * 2**e with m in
// [1/2, 1), a polynomial first guess u at the cube root of m, one Halley step
// u*(u**3 + 2m)/(2u**3 + m), and the factor 2**((e mod 3)/3) and power 2**(e div 3) put
// back. It is within an ulp or so, not correctly rounded.
func Cbrt(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x + x
	}
	xm, xe := math.Frexp(math.Abs(x))
	u := 0.354895765043919860 + (1.50819193781584896+(-2.11499494167371287+(2.44693122563534430+
		(-1.83469277483613086+(0.784932344976639262-0.145263899385486377*xm)*xm)*xm)*xm)*xm)*xm
	t2 := u * u * u
	ym := u * (t2 + 2.0*xm) / (2.0*t2 + xm) * cbrtFactor[2+xe%3]
	if x < 0 {
		ym = -ym
	}
	return math.Ldexp(ym, xe/3)
}

// cbrtFactor[2+i] is 2**(i/3), each quotient of floats rounded as C rounds it (a Go
// constant expression would be rounded once, from the exact quotient).
var cbrtFactor = func() [5]float64 {
	cbrt2, sqrCbrt2 := 1.2599210498948731648, 1.5874010519681994748
	return [5]float64{1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2}
}()
