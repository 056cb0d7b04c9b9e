package ast

import "testing"

// Expected strings were printed by CPython 3.13's repr().
func TestComplexRepr(t *testing.T) {
	cases := []struct {
		im   float64
		want string
	}{{1, "1j"}, {10, "10j"}, {1.5, "1.5j"}, {1e20, "1e+20j"}, {1e-7, "1e-07j"}, {0, "0j"}}
	for _, c := range cases {
		if got := Repr(Complex(complex(0, c.im))); got != c.want {
			t.Errorf("repr(%vj) = %q, want %q", c.im, got, c.want)
		}
	}
}
