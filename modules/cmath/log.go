package cmath

import "math"

// The logarithms and the square root.

// clog is the natural logarithm. The real part, log|z|, is computed with care where the
// plain formula loses: |z| subnormal or beyond the largest float (z is scaled by a power of
// two first) and |z| near 1 (log1p of |z|^2-1 formed without cancellation).
func clog(z complex128) (complex128, errno) {
	if !finite(z) {
		return logTable.lookup(z), errNone
	}
	ax, ay := math.Abs(real(z)), math.Abs(imag(z))
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = log(hypot(ax/2, ay/2)) + math.Ln2
	case ax < dblMin && ay < dblMin:
		if ax == 0 && ay == 0 {
			// log(±0 ± 0j) is a pole.
			return complex(-inf, atan2(imag(z), real(z))), errDomain
		}
		re = log(hypot(math.Ldexp(ax, mantDig), math.Ldexp(ay, mantDig))) - mantDig*ln2
	default:
		h := hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := math.Max(ax, ay), math.Min(ax, ay)
			re = log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = log(h)
		}
	}
	return complex(re, atan2(imag(z), real(z))), errNone
}

func clog10(z complex128) (complex128, errno) {
	r, e := clog(z)
	return complex(real(r)/math.Ln10, imag(r)/math.Ln10), e
}

// csqrt reduces to x, y >= 0 by symmetry, where the real part of the root is
// s = sqrt((x + hypot(x, y))/2) and the imaginary part (y/2)/s. Written as
// s = 2*sqrt(x/8 + hypot(x/8, y/8)) it cannot overflow; subnormal x and y are scaled up by
// an even power of two first, so that hypot keeps full precision.
func csqrt(z complex128) (complex128, errno) {
	if !finite(z) {
		return sqrtTable.lookup(z), errNone
	}
	if real(z) == 0 && imag(z) == 0 {
		return complex(0, imag(z)), errNone
	}
	ax, ay := math.Abs(real(z)), math.Abs(imag(z))
	var s float64
	if ax < dblMin && ay < dblMin {
		ax = math.Ldexp(ax, scaleUp)
		s = math.Ldexp(math.Sqrt(ax+hypot(ax, math.Ldexp(ay, scaleUp))), scaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if real(z) >= 0 {
		return complex(s, math.Copysign(d, imag(z))), errNone
	}
	return complex(d, math.Copysign(s, imag(z))), errNone
}
