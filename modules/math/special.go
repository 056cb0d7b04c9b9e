package math

import (
	gomath "math"

	"github.com/taipanpy/taipan/internal/crmath"
)

// The gamma function and its logarithm by the Lanczos approximation (N=13,
// g=6.024680040776729583740234375, Boost's parameters) as CPython computes them, and the
// error functions.

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

// lanczosDen is the expanded x*(x+1)*...*(x+11).
var lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

// lanczosSum is the rational function L_g(x) for x > 0; for large x it is evaluated in 1/x
// to avoid overflow.
func lanczosSum(x float64) float64 {
	var num, den float64
	if x < 5 {
		for i := 12; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := 0; i < 13; i++ {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinpi is sin(pi*x), accurate for finite x near integers (for the reflection formula).
func sinpi(x float64) float64 {
	y := gomath.Mod(gomath.Abs(x), 2)
	var r float64
	switch int(gomath.Round(2 * y)) {
	case 0:
		r = crmath.Sin(gomath.Pi * y)
	case 1:
		r = crmath.Cos(gomath.Pi * (y - 0.5))
	case 2:
		// -sin(pi*(y-1)) would give -0.0 at y == 1.
		r = crmath.Sin(gomath.Pi * (1 - y))
	case 3:
		r = -crmath.Cos(gomath.Pi * (y - 1.5))
	default:
		r = crmath.Sin(gomath.Pi * (y - 2))
	}
	return gomath.Copysign(1, x) * r
}

// gamma is the Gamma function with CPython's special values and error codes.
func gamma(x float64) (float64, int) {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		if gomath.IsNaN(x) || x > 0 {
			return x, errNone
		}
		return gomath.NaN(), errDomain
	}
	if x == 0 {
		return gomath.Copysign(gomath.Inf(1), x), errDomain
	}
	if x == gomath.Floor(x) {
		if x < 0 {
			return gomath.NaN(), errDomain
		}
		if x <= 23 {
			f := 1.0
			for i := 2.0; i < x; i++ {
				f *= i
			}
			return f, errNone
		}
	}
	ax := gomath.Abs(x)
	if ax < 1e-20 {
		r := 1 / x
		if gomath.IsInf(r, 0) {
			return r, errRange
		}
		return r, errNone
	}
	if ax > 200 {
		if x < 0 {
			return 0 / sinpi(x), errNone
		}
		return gomath.Inf(1), errRange
	}
	y := ax + lanczosGMinusHalf
	// z is the rounding error of y, used to correct the result.
	var z float64
	if ax > lanczosGMinusHalf {
		q := y - ax
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - ax
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -gomath.Pi / sinpi(ax) / ax * crmath.Exp(y) / lanczosSum(ax)
		r -= z * r
		if ax < 140 {
			r /= cpow(y, ax-0.5)
		} else {
			sp := cpow(y, ax/2-0.25)
			r /= sp
			r /= sp
		}
	} else {
		r = lanczosSum(ax) / crmath.Exp(y)
		r += z * r
		if ax < 140 {
			r *= cpow(y, ax-0.5)
		} else {
			sp := cpow(y, ax/2-0.25)
			r *= sp
			r *= sp
		}
	}
	if gomath.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

// lgamma is log|Gamma(x)|.
func lgamma(x float64) (float64, int) {
	if gomath.IsNaN(x) {
		return x, errNone
	}
	if gomath.IsInf(x, 0) {
		return gomath.Inf(1), errNone
	}
	if x == gomath.Floor(x) && x <= 2 {
		if x <= 0 {
			return gomath.Inf(1), errDomain
		}
		return 0, errNone
	}
	ax := gomath.Abs(x)
	if ax < 1e-20 {
		return -logPositive(ax), errNone
	}
	r := logPositive(lanczosSum(ax)) - lanczosG
	r += (ax - 0.5) * (logPositive(ax+lanczosG-0.5) - 1)
	if x < 0 {
		r = logPi - logPositive(gomath.Abs(sinpi(ax))) - logPositive(ax) - r
	}
	if gomath.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

func erf(x float64) (float64, int)  { return gomath.Erf(x), errNone }
func erfc(x float64) (float64, int) { return gomath.Erfc(x), errNone }
