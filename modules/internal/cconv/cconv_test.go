package cconv

import (
	"math/big"
	"testing"

	"github.com/taipanpy/taipan/objects"
)

func bigInt(s string) *objects.Int {
	b, _ := new(big.Int).SetString(s, 0)
	return objects.NewBigInt(b)
}

func TestBits(t *testing.T) {
	for _, c := range []struct {
		in   *objects.Int
		n    uint
		want uint64
	}{
		{objects.NewInt(-1), 32, 0xFFFFFFFF},
		{objects.NewInt(-1), 64, 1<<64 - 1},
		{objects.NewInt(1 << 33), 32, 0},
		{bigInt("0x1_0000_0000_0000_0005"), 64, 5},
		{bigInt("-0x1_0000_0000_0000_0001"), 64, 1<<64 - 1},
		{bigInt("-0x1_0000_0000_0000_0002"), 32, 0xFFFFFFFE},
	} {
		got, err := Bits(nil, c.in, c.n)
		if err != nil || got != c.want {
			t.Errorf("Bits(%v, %d) = %#x, %v; want %#x", c.in, c.n, got, err, c.want)
		}
	}
}

func TestID(t *testing.T) {
	for _, c := range []struct {
		in   *objects.Int
		want uint32
		err  string
	}{
		{objects.NewInt(0), 0, ""},
		{objects.NewInt(-1), 1<<32 - 1, ""},
		{objects.NewInt(1<<32 - 1), 1<<32 - 1, ""},
		{objects.NewInt(-2), 0, "OverflowError: uid is less than minimum"},
		{objects.NewInt(1 << 32), 0, "OverflowError: uid is less than minimum"},
		{bigInt("0x1_0000_0000_0000_0000"), 0, "OverflowError: uid is greater than maximum"},
		{bigInt("-0x1_0000_0000_0000_0000"), 0, "OverflowError: uid is less than minimum"},
	} {
		got, err := ID(nil, c.in, "uid")
		msg := ""
		if err != nil {
			msg = err.(*objects.BaseException).Type().Name + ": " + err.(*objects.BaseException).Args()[0].(*objects.Str).Value()
		}
		if got != c.want || msg != c.err {
			t.Errorf("ID(%v) = %d, %q; want %d, %q", c.in, got, msg, c.want, c.err)
		}
	}
}
