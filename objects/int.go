package objects

import (
	"math"
	"math/big"
	"math/bits"
)

// IntType is the type of Python ints.
var IntType = newType("int", ObjectType)

// Int is a Python int: a machine word while the value fits, math/big beyond.
// Ints are immutable; small ones are preallocated.
type Int struct {
	small int64
	big   *big.Int // nil while the value fits in small
	ext   *Extension
}

// Type returns IntType.
func (i *Int) Type() *Type { return i.ext.classOr(IntType) }

// The preallocated small ints cover CPython's range, -5 to 256.
const (
	smallIntMin = -5
	smallIntMax = 256
)

var smallInts = func() (t [smallIntMax - smallIntMin + 1]Int) {
	for i := range t {
		t[i].small = int64(i + smallIntMin)
	}
	return
}()

// NewInt returns the int v, without allocating when v is small.
func NewInt(v int64) *Int {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin]
	}
	return &Int{small: v}
}

// NewBigInt returns the int v; it takes ownership of v.
func NewBigInt(v *big.Int) *Int {
	if v.IsInt64() {
		return NewInt(v.Int64())
	}
	return &Int{big: v}
}

// Int64 returns the value and whether it fits in an int64.
func (i *Int) Int64() (int64, bool) { return i.small, i.big == nil }

// Big returns the value as a new big.Int.
func (i *Int) Big() *big.Int {
	if i.big != nil {
		return new(big.Int).Set(i.big)
	}
	return big.NewInt(i.small)
}

// Sign returns -1, 0 or +1.
func (i *Int) Sign() int {
	if i.big != nil {
		return i.big.Sign()
	}
	switch {
	case i.small < 0:
		return -1
	case i.small > 0:
		return 1
	}
	return 0
}

// String returns the decimal representation.
func (i *Int) String() string {
	if i.big != nil {
		return i.big.String()
	}
	return formatInt64(i.small)
}

func formatInt64(v int64) string { return big.NewInt(v).String() }

// Add returns a + b.
func (a *Int) Add(b *Int) *Int {
	if a.big == nil && b.big == nil {
		s, c := bits.Add64(uint64(a.small), uint64(b.small), 0)
		_ = c
		// Signed overflow: both operands share a sign that the sum does not.
		if (a.small >= 0) == (b.small >= 0) && (int64(s) >= 0) != (a.small >= 0) {
			return NewBigInt(new(big.Int).Add(a.Big(), b.Big()))
		}
		return NewInt(int64(s))
	}
	return NewBigInt(new(big.Int).Add(a.Big(), b.Big()))
}

// Sub returns a - b.
func (a *Int) Sub(b *Int) *Int {
	if a.big == nil && b.big == nil {
		d := a.small - b.small
		if (a.small >= 0) != (b.small >= 0) && (d >= 0) != (a.small >= 0) {
			return NewBigInt(new(big.Int).Sub(a.Big(), b.Big()))
		}
		return NewInt(d)
	}
	return NewBigInt(new(big.Int).Sub(a.Big(), b.Big()))
}

// Mul returns a * b.
func (a *Int) Mul(b *Int) *Int {
	if a.big == nil && b.big == nil {
		hi, lo := bits.Mul64(uint64(abs64(a.small)), uint64(abs64(b.small)))
		if hi == 0 && lo <= math.MaxInt64 && a.small != math.MinInt64 && b.small != math.MinInt64 {
			p := int64(lo)
			if (a.small < 0) != (b.small < 0) {
				p = -p
			}
			return NewInt(p)
		}
	}
	return NewBigInt(new(big.Int).Mul(a.Big(), b.Big()))
}

// FloorDivMod returns Python's a // b and a % b (the remainder takes the divisor's sign).
// b must not be zero.
func (a *Int) FloorDivMod(b *Int) (*Int, *Int) {
	if a.big == nil && b.big == nil && !(a.small == math.MinInt64 && b.small == -1) {
		q, r := a.small/b.small, a.small%b.small
		if r != 0 && (r < 0) != (b.small < 0) {
			q--
			r += b.small
		}
		return NewInt(q), NewInt(r)
	}
	q, m := new(big.Int).DivMod(a.Big(), b.Big(), new(big.Int))
	// big.DivMod is Euclidean (m >= 0); Python's remainder follows the divisor's sign.
	if m.Sign() != 0 && b.Sign() < 0 {
		q.Add(q, big.NewInt(1))
		m.Add(m, b.Big())
	}
	return NewBigInt(q), NewBigInt(m)
}

// Neg returns -a.
func (a *Int) Neg() *Int {
	if a.big == nil && a.small != math.MinInt64 {
		return NewInt(-a.small)
	}
	return NewBigInt(new(big.Int).Neg(a.Big()))
}

// Cmp compares a and b, returning -1, 0 or +1.
func (a *Int) Cmp(b *Int) int {
	if a.big == nil && b.big == nil {
		switch {
		case a.small < b.small:
			return -1
		case a.small > b.small:
			return 1
		}
		return 0
	}
	return a.Big().Cmp(b.Big())
}

// Float returns the value as the nearest float64 and false when it is too large for one.
func (a *Int) Float() (float64, bool) {
	if a.big == nil {
		return float64(a.small), true
	}
	f, _ := new(big.Float).SetInt(a.big).Float64()
	return f, !math.IsInf(f, 0)
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
