package cmath

import "math"

// Polar coordinates and the tests of complex numbers.

// cabs is |z| as CPython's _Py_c_abs: infinite when a part is infinite, NaN when a part is a
// NaN, and a range error when finite parts give an infinite modulus.
func cabs(z complex128) (float64, errno) {
	r := hypot(real(z), imag(z))
	if finite(z) && math.IsInf(r, 0) {
		return r, errRange
	}
	return r, errNone
}

// cphase is the angle of z. C's atan2 reports an angle that underflows to zero as a range
// error, which CPython's phase, alone in checking errno after it, passes on.
func cphase(z complex128) (float64, errno) {
	phi := atan2(imag(z), real(z))
	if phi == 0 && imag(z) != 0 && isFinite(real(z)) {
		return phi, errRange
	}
	return phi, errNone
}

// crect is rect(r, phi), which C99 does not define; its special values follow the spirit of
// C99: rect(r, t) behaves as exp(log(r) + it) for positive r and as -exp(log(-r) + it) for
// negative r.
func crect(r, phi float64) (complex128, errno) {
	if !isFinite(r) || !isFinite(phi) {
		var z complex128
		if math.IsInf(r, 0) && isFinite(phi) && phi != 0 {
			z = infResult(inf, phi, r < 0, r < 0)
		} else {
			z = rectTable[classOf(r)][classOf(phi)]
		}
		// A nonzero modulus with an infinite angle has no direction.
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, errDomain
		}
		return z, errNone
	}
	if phi == 0 {
		// r*phi rather than r*sin(phi) keeps the sign of a zero angle exactly.
		return complex(r, r*phi), errNone
	}
	return complex(r*cos(phi), r*sin(phi)), errNone
}

// isClose is the test of cmath.isclose, on tolerances already checked to be non-negative.
func isClose(a, b complex128, relTol, absTol float64) bool {
	if a == b {
		// Also two infinities of the same sign.
		return true
	}
	if math.IsInf(real(a), 0) || math.IsInf(imag(a), 0) || math.IsInf(real(b), 0) || math.IsInf(imag(b), 0) {
		return false
	}
	diff, _ := cabs(a - b)
	absA, _ := cabs(a)
	absB, _ := cabs(b)
	return diff <= relTol*absB || diff <= relTol*absA || diff <= absTol
}
