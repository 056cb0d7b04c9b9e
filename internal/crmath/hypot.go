package crmath

import "math"

// Hypot returns sqrt(x*x + y*y) as glibc (since 2.35) computes it: the square root of the
// sum of squares, corrected by Borges's method ("An Improved Algorithm for hypot(a, b)",
// 2019), with the operands scaled when squaring them could overflow or underflow. Its error
// is below an ulp, and it is not always correctly rounded; CPython's abs(complex) and cmath
// take their results from it.
func Hypot(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return x + y
	}
	ax, ay := math.Abs(x), math.Abs(y)
	if ax < ay {
		ax, ay = ay, ax
	}
	const (
		scaleDown = 0x1p-600
		large     = 0x1p+511
		tiny      = 0x1p-459
		eps       = 0x1p-54
	)
	switch {
	case ax > large:
		if ay <= ax*eps {
			return ax + ay
		}
		return hypotKernel(ax*scaleDown, ay*scaleDown) / scaleDown
	case ay < tiny:
		if ax >= ay/eps {
			return ax + ay
		}
		return hypotKernel(ax/scaleDown, ay/scaleDown) * scaleDown
	case ay <= ax*eps:
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

// hypotKernel is hypot for ax >= ay >= 0 whose squares neither overflow nor underflow: the
// rounded square root h, less the rounding error of h*h against ax*ax + ay*ay over 2h, that
// error computed without cancellation from delta = h - ay or h - ax.
func hypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(ax*ax + ay*ay)
	var t1, t2 float64
	if h <= 2*ay {
		delta := h - ay
		t1 = ax * (2*delta - ax)
		t2 = (delta - 2*(ax-ay)) * delta
	} else {
		delta := h - ax
		t1 = 2 * delta * (ax - 2*ay)
		t2 = (4*delta-ay)*ay + delta*delta
	}
	return h - (t1+t2)/(2*h)
}
