package cmath

import "math"

// errno is what CPython's C functions report through C's errno: nothing, a domain error
// (ValueError) or a range error (OverflowError).
type errno int

const (
	errNone errno = iota
	errDomain
	errRange
)

// Thresholds that keep intermediate results away from overflow and underflow.
var (
	// largeDouble bounds the arguments of sqrt, log and the inverse functions that can be
	// computed by the usual formulas without overflow.
	largeDouble = math.MaxFloat64 / 4
	// sqrtLargeDouble and logLargeDouble are its square root and logarithm; the latter
	// bounds the real parts that exp, cosh, sinh and tanh take without needless overflow.
	sqrtLargeDouble = math.Sqrt(largeDouble)
	logLargeDouble  = log(largeDouble)
	// sqrtDblMin is the square root of the smallest normal float.
	sqrtDblMin = math.Sqrt(dblMin)
	// ln2 is log(2) as a float, so that products with it round as C's do (a Go constant
	// expression would be rounded once, exactly).
	ln2 = math.Ln2
)

const (
	// dblMin is the smallest normal float (C's DBL_MIN).
	dblMin = 0x1p-1022
	// mantDig is the precision of a float in bits (DBL_MANT_DIG).
	mantDig = 53
	// scaleUp is an odd power of two large enough to make a subnormal normal, and
	// scaleDown minus half of one more, so that a square root can be scaled back exactly.
	scaleUp   = 2*(mantDig/2) + 1
	scaleDown = -(scaleUp + 1) / 2
)
