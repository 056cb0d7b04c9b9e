package cmath

import "math"

// Special values. C99's Annex G fixes the result of each complex function when a component
// of its argument is infinite or a NaN; CPython keeps those results in a table per function,
// indexed by the class of the real and of the imaginary part, and so does this package.

// class sorts a float into the classes that index the tables.
type class int

const (
	negInf  class = iota // -inf
	negFin               // finite and below zero
	negZero              // -0.0
	posZero              // +0.0
	posFin               // finite and above zero
	posInf               // +inf
	nanCls               // a NaN
)

func classOf(d float64) class {
	switch {
	case math.IsNaN(d):
		return nanCls
	case math.IsInf(d, 1):
		return posInf
	case math.IsInf(d, -1):
		return negInf
	case d == 0:
		if math.Signbit(d) {
			return negZero
		}
		return posZero
	case d < 0:
		return negFin
	}
	return posFin
}

// table holds a function's results for arguments with an infinite or NaN component, as
// table[class of real part][class of imaginary part]. Entries for two finite parts are never
// read.
type table [7][7]complex128

// lookup returns t's entry for z.
func (t *table) lookup(z complex128) complex128 {
	return t[classOf(real(z))][classOf(imag(z))]
}

// finite reports whether both parts of z are finite.
func finite(z complex128) bool { return isFinite(real(z)) && isFinite(imag(z)) }

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// The entries' components.
var (
	inf = math.Inf(1)
	nan = math.NaN()
	nz  = math.Copysign(0, -1)
	pi  = math.Pi
	p14 = 0.25 * math.Pi
	p12 = 0.5 * math.Pi
	p34 = 0.75 * math.Pi
	// u marks the entries for finite arguments, which the tables do not decide.
	u = complex(nan, nan)
)

// c builds an entry.
func c(re, im float64) complex128 { return complex(re, im) }

var acosTable = table{
	{c(p34, inf), c(pi, inf), c(pi, inf), c(pi, -inf), c(pi, -inf), c(p34, -inf), c(nan, inf)},
	{c(p12, inf), u, u, u, u, c(p12, -inf), c(nan, nan)},
	{c(p12, inf), u, c(p12, 0), c(p12, nz), u, c(p12, -inf), c(p12, nan)},
	{c(p12, inf), u, c(p12, 0), c(p12, nz), u, c(p12, -inf), c(p12, nan)},
	{c(p12, inf), u, u, u, u, c(p12, -inf), c(nan, nan)},
	{c(p14, inf), c(0, inf), c(0, inf), c(0, -inf), c(0, -inf), c(p14, -inf), c(nan, inf)},
	{c(nan, inf), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, -inf), c(nan, nan)},
}

// CPython 3.13 gives NaN+NaNj for acosh(±0 + nanj), as C99 did (later C: NaN+iπ/2).
var acoshTable = table{
	{c(inf, -p34), c(inf, -pi), c(inf, -pi), c(inf, pi), c(inf, pi), c(inf, p34), c(inf, nan)},
	{c(inf, -p12), u, u, u, u, c(inf, p12), c(nan, nan)},
	{c(inf, -p12), u, c(0, -p12), c(0, p12), u, c(inf, p12), c(nan, nan)},
	{c(inf, -p12), u, c(0, -p12), c(0, p12), u, c(inf, p12), c(nan, nan)},
	{c(inf, -p12), u, u, u, u, c(inf, p12), c(nan, nan)},
	{c(inf, -p14), c(inf, nz), c(inf, nz), c(inf, 0), c(inf, 0), c(inf, p14), c(inf, nan)},
	{c(inf, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(inf, nan), c(nan, nan)},
}

var asinhTable = table{
	{c(-inf, -p14), c(-inf, nz), c(-inf, nz), c(-inf, 0), c(-inf, 0), c(-inf, p14), c(-inf, nan)},
	{c(-inf, -p12), u, u, u, u, c(-inf, p12), c(nan, nan)},
	{c(-inf, -p12), u, c(nz, nz), c(nz, 0), u, c(-inf, p12), c(nan, nan)},
	{c(inf, -p12), u, c(0, nz), c(0, 0), u, c(inf, p12), c(nan, nan)},
	{c(inf, -p12), u, u, u, u, c(inf, p12), c(nan, nan)},
	{c(inf, -p14), c(inf, nz), c(inf, nz), c(inf, 0), c(inf, 0), c(inf, p14), c(inf, nan)},
	{c(inf, nan), c(nan, nan), c(nan, nz), c(nan, 0), c(nan, nan), c(inf, nan), c(nan, nan)},
}

var atanhTable = table{
	{c(nz, -p12), c(nz, -p12), c(nz, -p12), c(nz, p12), c(nz, p12), c(nz, p12), c(nz, nan)},
	{c(nz, -p12), u, u, u, u, c(nz, p12), c(nan, nan)},
	{c(nz, -p12), u, c(nz, nz), c(nz, 0), u, c(nz, p12), c(nz, nan)},
	{c(0, -p12), u, c(0, nz), c(0, 0), u, c(0, p12), c(0, nan)},
	{c(0, -p12), u, u, u, u, c(0, p12), c(nan, nan)},
	{c(0, -p12), c(0, -p12), c(0, -p12), c(0, p12), c(0, p12), c(0, p12), c(0, nan)},
	{c(0, -p12), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(0, p12), c(nan, nan)},
}

var coshTable = table{
	{c(inf, nan), u, c(inf, 0), c(inf, nz), u, c(inf, nan), c(inf, nan)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(nan, 0), u, c(1, 0), c(1, nz), u, c(nan, 0), c(nan, 0)},
	{c(nan, 0), u, c(1, nz), c(1, 0), u, c(nan, 0), c(nan, 0)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(inf, nan), u, c(inf, nz), c(inf, 0), u, c(inf, nan), c(inf, nan)},
	{c(nan, nan), c(nan, nan), c(nan, 0), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
}

var expTable = table{
	{c(0, 0), u, c(0, nz), c(0, 0), u, c(0, 0), c(0, 0)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(nan, nan), u, c(1, nz), c(1, 0), u, c(nan, nan), c(nan, nan)},
	{c(nan, nan), u, c(1, nz), c(1, 0), u, c(nan, nan), c(nan, nan)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(inf, nan), u, c(inf, nz), c(inf, 0), u, c(inf, nan), c(inf, nan)},
	{c(nan, nan), c(nan, nan), c(nan, nz), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
}

var logTable = table{
	{c(inf, -p34), c(inf, -pi), c(inf, -pi), c(inf, pi), c(inf, pi), c(inf, p34), c(inf, nan)},
	{c(inf, -p12), u, u, u, u, c(inf, p12), c(nan, nan)},
	{c(inf, -p12), u, c(-inf, -pi), c(-inf, pi), u, c(inf, p12), c(nan, nan)},
	{c(inf, -p12), u, c(-inf, nz), c(-inf, 0), u, c(inf, p12), c(nan, nan)},
	{c(inf, -p12), u, u, u, u, c(inf, p12), c(nan, nan)},
	{c(inf, -p14), c(inf, nz), c(inf, nz), c(inf, 0), c(inf, 0), c(inf, p14), c(inf, nan)},
	{c(inf, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(inf, nan), c(nan, nan)},
}

var sinhTable = table{
	{c(inf, nan), u, c(-inf, nz), c(-inf, 0), u, c(inf, nan), c(inf, nan)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(0, nan), u, c(nz, nz), c(nz, 0), u, c(0, nan), c(0, nan)},
	{c(0, nan), u, c(0, nz), c(0, 0), u, c(0, nan), c(0, nan)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(inf, nan), u, c(inf, nz), c(inf, 0), u, c(inf, nan), c(inf, nan)},
	{c(nan, nan), c(nan, nan), c(nan, nz), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
}

var sqrtTable = table{
	{c(inf, -inf), c(0, -inf), c(0, -inf), c(0, inf), c(0, inf), c(inf, inf), c(nan, inf)},
	{c(inf, -inf), u, u, u, u, c(inf, inf), c(nan, nan)},
	{c(inf, -inf), u, c(0, nz), c(0, 0), u, c(inf, inf), c(nan, nan)},
	{c(inf, -inf), u, c(0, nz), c(0, 0), u, c(inf, inf), c(nan, nan)},
	{c(inf, -inf), u, u, u, u, c(inf, inf), c(nan, nan)},
	{c(inf, -inf), c(inf, nz), c(inf, nz), c(inf, 0), c(inf, 0), c(inf, inf), c(inf, nan)},
	{c(inf, -inf), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(inf, inf), c(nan, nan)},
}

// CPython 3.13 gives NaN+NaNj for tanh(±0 ± infj) and tanh(±0 + nanj), as C99 did; C11
// later asked for ±0+NaNj, which newer CPythons give.
var tanhTable = table{
	{c(-1, 0), u, c(-1, nz), c(-1, 0), u, c(-1, 0), c(-1, 0)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(nan, nan), u, c(nz, nz), c(nz, 0), u, c(nan, nan), c(nan, nan)},
	{c(nan, nan), u, c(0, nz), c(0, 0), u, c(nan, nan), c(nan, nan)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(1, 0), u, c(1, nz), c(1, 0), u, c(1, 0), c(1, 0)},
	{c(nan, nan), c(nan, nan), c(nan, nz), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
}

var rectTable = table{
	{c(inf, nan), u, c(-inf, 0), c(-inf, nz), u, c(inf, nan), c(inf, nan)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(0, 0), u, c(nz, 0), c(nz, nz), u, c(0, 0), c(0, 0)},
	{c(0, 0), u, c(0, nz), c(0, 0), u, c(0, 0), c(0, 0)},
	{c(nan, nan), u, u, u, u, c(nan, nan), c(nan, nan)},
	{c(inf, nan), u, c(inf, nz), c(inf, 0), u, c(inf, nan), c(inf, nan)},
	{c(nan, nan), c(nan, nan), c(nan, 0), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
}
