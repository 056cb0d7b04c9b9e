package cmath

import (
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"
)

// The expected values in testdata/values.json come from CPython 3.13 on glibc
// (testdata/gen_values.py).

// byName are the functions under test, each as a function of one complex number.
var byName = map[string]func(complex128) (complex128, errno){
	"acos": cacos, "acosh": cacosh, "asin": casin, "asinh": casinh, "atan": catan,
	"atanh": catanh, "cos": ccos, "cosh": ccosh, "exp": cexp, "log": clog, "log10": clog10,
	"sin": csin, "sinh": csinh, "sqrt": csqrt, "tan": ctan, "tanh": ctanh,
	"rect": func(z complex128) (complex128, errno) { return crect(real(z), imag(z)) },
	"polar": func(z complex128) (complex128, errno) {
		r, e := cabs(z)
		return complex(r, atan2(imag(z), real(z))), e
	},
	"phase": func(z complex128) (complex128, errno) {
		phi, e := cphase(z)
		return complex(phi, 0), e
	},
}

func hexFloat(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		switch s {
		case "inf":
			return math.Inf(1)
		case "-inf":
			return math.Inf(-1)
		case "nan":
			return math.NaN()
		}
		t.Fatal(err)
	}
	return f
}

// ulpsApart is how many floats lie between a and b (0 when they are the same float, or
// both NaN), or MaxUint64 when they differ in sign or kind.
func ulpsApart(a, b float64) uint64 {
	switch {
	case math.IsNaN(a) || math.IsNaN(b):
		if math.IsNaN(a) && math.IsNaN(b) {
			return 0
		}
		return math.MaxUint64
	case math.Signbit(a) != math.Signbit(b):
		return math.MaxUint64
	}
	x, y := math.Float64bits(a), math.Float64bits(b)
	if x > y {
		return x - y
	}
	return y - x
}

// TestValues checks results to the last bit. The C library rounds a few results within a
// hundredth of an ulp of halfway the other way from this package's (see internal/crmath),
// so a part may be an ulp off in at most one case in 100.
func TestValues(t *testing.T) {
	data, err := os.ReadFile("testdata/values.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][]any
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	off := 0
	for _, c := range cases {
		name := c[0].(string)
		arg := c[1].([]any)
		z := complex(hexFloat(t, arg[0].(string)), hexFloat(t, arg[1].(string)))
		r, e := byName[name](z)
		if want, ok := c[2].(string); ok {
			if got := map[errno]string{errDomain: "ValueError", errRange: "OverflowError"}[e]; got != want {
				t.Errorf("%s(%v) raised %q, want %s", name, z, got, want)
			}
			continue
		}
		if e != errNone {
			t.Errorf("%s(%v) failed (%d), want a result", name, z, e)
			continue
		}
		w := c[2].([]any)
		dr := ulpsApart(real(r), hexFloat(t, w[0].(string)))
		di := ulpsApart(imag(r), hexFloat(t, w[1].(string)))
		if dr == 0 && di == 0 {
			continue
		}
		if dr <= 1 && di <= 1 {
			off++
			continue
		}
		t.Errorf("%s(%v) = %v, want %v %v", name, z, r, w[0], w[1])
	}
	if off*100 > len(cases) {
		t.Errorf("%d of %d results are an ulp off", off, len(cases))
	}
	t.Logf("%d of %d results are an ulp off", off, len(cases))
}
