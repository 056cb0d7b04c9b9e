package cmath

import "math"

// The exponential and the hyperbolic functions, from which the circular ones follow:
// cos(z) = cosh(iz), sin(z) = -i sinh(iz), tan(z) = -i tanh(iz).

// timesI and divI multiply and divide by i exactly (no arithmetic, so signs of zeros and
// NaNs survive).
func timesI(z complex128) complex128 { return complex(-imag(z), real(z)) }
func divI(z complex128) complex128   { return complex(imag(z), -real(z)) }

// infResult is the result when the real part x is infinite and y is finite and nonzero:
// infinities (or zeros) in the directions of cos(y) and sin(y), with the signs flipped as
// the function's symmetry asks.
func infResult(mag float64, y float64, negRe, negIm bool) complex128 {
	re, im := math.Copysign(mag, cos(y)), math.Copysign(mag, sin(y))
	if negRe {
		re = -re
	}
	if negIm {
		im = -im
	}
	return complex(re, im)
}

func cexp(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !finite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			if x > 0 {
				r = infResult(inf, y, false, false)
			} else {
				r = infResult(0, y, false, false)
			}
		} else {
			r = expTable.lookup(z)
		}
		// An infinite y is invalid unless x is -inf (which gives zero) or a NaN.
		if math.IsInf(y, 0) && (isFinite(x) || math.IsInf(x, 1)) {
			return r, errDomain
		}
		return r, errNone
	}
	var r complex128
	if x > logLargeDouble {
		// exp(x) alone may overflow where exp(x)*cos(y) does not.
		l := exp(x - 1)
		r = complex(l*cos(y)*math.E, l*sin(y)*math.E)
	} else {
		l := exp(x)
		r = complex(l*cos(y), l*sin(y))
	}
	return r, overflowed(r)
}

// overflowed is the range error of a result with an infinite part.
func overflowed(r complex128) errno {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return errRange
	}
	return errNone
}

func ccosh(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !finite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			r = infResult(inf, y, false, x < 0)
		} else {
			r = coshTable.lookup(z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, errDomain
		}
		return r, errNone
	}
	var r complex128
	if math.Abs(x) > logLargeDouble {
		// cosh(x) may overflow where cosh(x)*cos(y) does not.
		xm1 := x - math.Copysign(1, x)
		r = complex(cos(y)*cosh(xm1)*math.E, sin(y)*sinh(xm1)*math.E)
	} else {
		r = complex(cos(y)*cosh(x), sin(y)*sinh(x))
	}
	return r, overflowed(r)
}

func csinh(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !finite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			r = infResult(inf, y, x < 0, false)
		} else {
			r = sinhTable.lookup(z)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, errDomain
		}
		return r, errNone
	}
	var r complex128
	if math.Abs(x) > logLargeDouble {
		xm1 := x - math.Copysign(1, x)
		r = complex(cos(y)*sinh(xm1)*math.E, sin(y)*cosh(xm1)*math.E)
	} else {
		r = complex(cos(y)*sinh(x), sin(y)*cosh(x))
	}
	return r, overflowed(r)
}

// ctanh uses tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1+tan(y)^2
// tanh(x)^2), with 1-tanh(x)^2 taken as 1/cosh(x)^2 for accuracy, and approximated by
// 4exp(-2|x|) when cosh(x) would overflow.
func ctanh(z complex128) (complex128, errno) {
	x, y := real(z), imag(z)
	if !finite(z) {
		var r complex128
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			r = complex(math.Copysign(1, x), math.Copysign(0, 2*sin(y)*cos(y)))
		} else {
			r = tanhTable.lookup(z)
		}
		if math.IsInf(y, 0) && isFinite(x) {
			return r, errDomain
		}
		return r, errNone
	}
	if math.Abs(x) > logLargeDouble {
		return complex(math.Copysign(1, x), 4*sin(y)*cos(y)*exp(-2*math.Abs(x))), errNone
	}
	tx := tanh(x)
	ty := tan(y)
	cx := 1 / cosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), errNone
}

func ccos(z complex128) (complex128, errno) { return ccosh(timesI(z)) }

func csin(z complex128) (complex128, errno) {
	r, e := csinh(timesI(z))
	return divI(r), e
}

func ctan(z complex128) (complex128, errno) {
	r, e := ctanh(timesI(z))
	return divI(r), e
}
