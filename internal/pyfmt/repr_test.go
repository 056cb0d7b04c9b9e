package pyfmt

import (
	"math"
	"testing"
)

// Expected strings were printed by CPython 3.13's repr().
func TestFloatRepr(t *testing.T) {
	cases := []struct {
		f    float64
		want string
	}{
		{1e16, "1e+16"}, {1e15, "1000000000000000.0"}, {0.0001, "0.0001"}, {0.00001, "1e-05"},
		{1.5, "1.5"}, {123456789.125, "123456789.125"}, {1e300, "1e+300"}, {2.5e-300, "2.5e-300"},
		{0.1, "0.1"}, {1.0 / 3, "0.3333333333333333"}, {5e-324, "5e-324"},
		{1.7976931348623157e308, "1.7976931348623157e+308"}, {100, "100.0"}, {math.Inf(1), "inf"},
		{-2.5, "-2.5"}, {0, "0.0"},
	}
	for _, c := range cases {
		if got := FloatRepr(c.f); got != c.want {
			t.Errorf("FloatRepr(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}

func TestStrRepr(t *testing.T) {
	lone := string(AppendRune(nil, 0xD800))
	cases := []struct{ s, want string }{
		{"a'b", `"a'b"`},
		{`a"b`, `'a"b'`},
		{`a'"b`, `'a\'"b'`},
		{"\x00\x7f\u0080\u00a0\u00ff", `'\x00\x7f\x80\xa0ÿ'`},
		{"\u2028\u00e9\U0001f600\U000e0001" + lone, `'\u2028é😀\U000e0001\ud800'`},
		{"tab\tnl\nr\r\\", `'tab\tnl\nr\r\\'`},
	}
	for _, c := range cases {
		if got := StrRepr(c.s); got != c.want {
			t.Errorf("StrRepr(%q) = %s, want %s", c.s, got, c.want)
		}
	}
	if got := BytesRepr("a'\x00\xff\""); got != `b'a\'\x00\xff"'` {
		t.Errorf("BytesRepr = %s", got)
	}
}

func TestSurrogateRoundTrip(t *testing.T) {
	for _, r := range []rune{0xD800, 0xDBFF, 0xDC00, 0xDFFF, 'a', 0x10FFFF, 0xE9} {
		s := string(AppendRune(nil, r))
		got, n := DecodeRune(s)
		if got != r || n != len(s) {
			t.Errorf("round trip of %U gave %U/%d", r, got, n)
		}
	}
}
