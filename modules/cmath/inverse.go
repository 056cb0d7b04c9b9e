package cmath

import "math"

// The inverse circular and hyperbolic functions, by Kahan's formulas in terms of square
// roots, which put the branch cuts where C99 wants them and respect signed zeros. For huge
// arguments, where those formulas would overflow, the leading terms of the asymptotic
// expansions are exact to within rounding.

// logTwiceAbs is log(2|x+iy|), computed without overflow for huge x or y.
func logTwiceAbs(x, y float64) float64 {
	return log(hypot(x/2, y/2)) + math.Ln2*2
}

func huge(z complex128) bool {
	return math.Abs(real(z)) > largeDouble || math.Abs(imag(z)) > largeDouble
}

func cacos(z complex128) (complex128, errno) {
	if !finite(z) {
		return acosTable.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	if huge(z) {
		return complex(atan2(math.Abs(y), x), -math.Copysign(logTwiceAbs(x, y), y)), errNone
	}
	s1, _ := csqrt(complex(1-x, -y))
	s2, _ := csqrt(complex(1+x, y))
	return complex(2*atan2(real(s1), real(s2)), asinh(real(s2)*imag(s1)-imag(s2)*real(s1))), errNone
}

func cacosh(z complex128) (complex128, errno) {
	if !finite(z) {
		return acoshTable.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	if huge(z) {
		return complex(logTwiceAbs(x, y), atan2(y, x)), errNone
	}
	s1, _ := csqrt(complex(x-1, y))
	s2, _ := csqrt(complex(x+1, y))
	return complex(asinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2*atan2(imag(s1), real(s2))), errNone
}

func casinh(z complex128) (complex128, errno) {
	if !finite(z) {
		return asinhTable.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	if huge(z) {
		var re float64
		if y >= 0 {
			re = math.Copysign(logTwiceAbs(x, y), x)
		} else {
			re = -math.Copysign(logTwiceAbs(x, y), -x)
		}
		return complex(re, atan2(y, math.Abs(x))), errNone
	}
	s1, _ := csqrt(complex(1+y, -x))
	s2, _ := csqrt(complex(1-y, x))
	return complex(asinh(real(s1)*imag(s2)-real(s2)*imag(s1)), atan2(y, real(s1)*real(s2)-imag(s1)*imag(s2))), errNone
}

// casin is -i asinh(iz).
func casin(z complex128) (complex128, errno) {
	r, e := casinh(timesI(z))
	return divI(r), e
}

// catanh reduces to x >= 0 by atanh(-z) = -atanh(z). Near |z| huge, atanh(z) is about
// 1/z ± iπ/2; at z = 1 ± 0j it is a pole.
func catanh(z complex128) (complex128, errno) {
	if !finite(z) {
		return atanhTable.lookup(z), errNone
	}
	x, y := real(z), imag(z)
	if x < 0 {
		r, e := catanh(-z)
		return -r, e
	}
	ay := math.Abs(y)
	switch {
	case x > sqrtLargeDouble || ay > sqrtLargeDouble:
		h := hypot(x/2, y/2)
		return complex(x/4/h/h, math.Copysign(math.Pi/2, y)), errNone
	case x == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return complex(inf, y), errDomain
		}
		return complex(-log(math.Sqrt(ay)/math.Sqrt(hypot(ay, 2))), math.Copysign(atan2(2, -ay)/2, y)), errNone
	}
	return complex(log1p(4*x/((1-x)*(1-x)+ay*ay))/4, -atan2(-2*y, (1-x)*(1+x)-ay*ay)/2), errNone
}

// catan is -i atanh(iz).
func catan(z complex128) (complex128, errno) {
	r, e := catanh(timesI(z))
	return divI(r), e
}
