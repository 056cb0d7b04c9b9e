package objects

import (
	"math"
	"math/big"
	"math/bits"
)

// IntType is the type of Python ints.
var IntType = newType("int", ObjectType)

// Int is a Python int: a machine word while the value fits, math/big beyond.
// Ints are immutable; small ones are preallocated. The operations below always return exact
// ints, whatever the class of their operands, as CPython's int methods do.
type Int struct {
	small int64
	big   *big.Int // nil while the value fits in small; never an int64-sized value
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
	if uint64(v-smallIntMin) <= smallIntMax-smallIntMin {
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

// exact returns i without its subclass: i itself for an exact int, else a plain copy.
func (i *Int) exact() *Int {
	if i.ext == nil {
		return i
	}
	if i.big != nil {
		return &Int{big: i.big}
	}
	return NewInt(i.small)
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

// bigView returns the value as a big.Int that the caller must not modify.
func (i *Int) bigView() *big.Int {
	if i.big != nil {
		return i.big
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

// BitLen returns the number of bits of |i| (int.bit_length()).
func (i *Int) BitLen() int {
	if i.big != nil {
		return i.big.BitLen()
	}
	v := uint64(i.small)
	if i.small < 0 {
		v = -v
	}
	return bits.Len64(v)
}

// Add returns a + b.
func (a *Int) Add(b *Int) *Int {
	if a.big == nil && b.big == nil {
		s := a.small + b.small
		// Signed overflow: the sum's sign differs from both operands' signs.
		if (a.small^s)&(b.small^s) >= 0 {
			return NewInt(s)
		}
	}
	return NewBigInt(new(big.Int).Add(a.bigView(), b.bigView()))
}

// Sub returns a - b.
func (a *Int) Sub(b *Int) *Int {
	if a.big == nil && b.big == nil {
		d := a.small - b.small
		// Signed overflow: the operands' signs differ and the result's differs from a's.
		if (a.small^b.small)&(a.small^d) >= 0 {
			return NewInt(d)
		}
	}
	return NewBigInt(new(big.Int).Sub(a.bigView(), b.bigView()))
}

// Mul returns a * b.
func (a *Int) Mul(b *Int) *Int {
	if a.big == nil && b.big == nil {
		x, y := a.small, b.small
		hi, lo := bits.Mul64(absU64(x), absU64(y))
		neg := (x < 0) != (y < 0)
		if hi == 0 {
			if lo <= math.MaxInt64 {
				if neg {
					return NewInt(-int64(lo))
				}
				return NewInt(int64(lo))
			}
			if neg && lo == 1<<63 {
				return NewInt(math.MinInt64)
			}
		}
	}
	return NewBigInt(new(big.Int).Mul(a.bigView(), b.bigView()))
}

// absU64 returns |v| as an unsigned word (exact even for math.MinInt64).
func absU64(v int64) uint64 {
	if v < 0 {
		return -uint64(v)
	}
	return uint64(v)
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
	q, m := new(big.Int).DivMod(a.bigView(), b.bigView(), new(big.Int))
	// big.DivMod is Euclidean (m >= 0); Python's remainder follows the divisor's sign.
	if m.Sign() != 0 && b.Sign() < 0 {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b.bigView())
	}
	return NewBigInt(q), NewBigInt(m)
}

// Neg returns -a.
func (a *Int) Neg() *Int {
	if a.big == nil && a.small != math.MinInt64 {
		return NewInt(-a.small)
	}
	return NewBigInt(new(big.Int).Neg(a.bigView()))
}

// Abs returns |a|.
func (a *Int) Abs() *Int {
	if a.Sign() < 0 {
		return a.Neg()
	}
	return a.exact()
}

// Invert returns ~a, which is -(a+1).
func (a *Int) Invert() *Int {
	if a.big == nil {
		return NewInt(^a.small)
	}
	return NewBigInt(new(big.Int).Not(a.big))
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
	return a.bigView().Cmp(b.bigView())
}

// And returns a & b, on the two's complement forms as Python defines it.
func (a *Int) And(b *Int) *Int {
	if a.big == nil && b.big == nil {
		return NewInt(a.small & b.small)
	}
	return NewBigInt(new(big.Int).And(a.bigView(), b.bigView()))
}

// Or returns a | b.
func (a *Int) Or(b *Int) *Int {
	if a.big == nil && b.big == nil {
		return NewInt(a.small | b.small)
	}
	return NewBigInt(new(big.Int).Or(a.bigView(), b.bigView()))
}

// Xor returns a ^ b.
func (a *Int) Xor(b *Int) *Int {
	if a.big == nil && b.big == nil {
		return NewInt(a.small ^ b.small)
	}
	return NewBigInt(new(big.Int).Xor(a.bigView(), b.bigView()))
}

// maxShiftBits bounds the size of a left shift's result. CPython fails with MemoryError when
// the digits cannot be allocated; Taipan refuses earlier, with the OverflowError CPython gives
// for counts beyond a machine word, rather than let the Go runtime abort on a huge allocation.
const maxShiftBits = 1 << 36

// Lshift returns a << b.
func (a *Int) Lshift(b *Int) (*Int, error) {
	if b.Sign() < 0 {
		return nil, Errorf(ValueErrorType, "negative shift count")
	}
	if a.Sign() == 0 {
		return NewInt(0), nil
	}
	n, ok := b.Int64()
	if !ok || n > maxShiftBits || int64(a.BitLen())+n > maxShiftBits {
		return nil, Errorf(OverflowErrorType, "too many digits in integer")
	}
	if a.big == nil && n < 63 {
		// The shift is exact when the bits shifted out are copies of the sign bit.
		if s := a.small << n; s>>n == a.small {
			return NewInt(s), nil
		}
	}
	return NewBigInt(new(big.Int).Lsh(a.bigView(), uint(n))), nil
}

// Rshift returns a >> b, rounding towards negative infinity.
func (a *Int) Rshift(b *Int) (*Int, error) {
	if b.Sign() < 0 {
		return nil, Errorf(ValueErrorType, "negative shift count")
	}
	n, ok := b.Int64()
	if !ok || n >= int64(a.BitLen())+1 {
		if a.Sign() < 0 {
			return NewInt(-1), nil
		}
		return NewInt(0), nil
	}
	if a.big == nil {
		return NewInt(a.small >> n), nil
	}
	// big.Int.Rsh shifts negative values as two's complement, rounding down as Python does.
	return NewBigInt(new(big.Int).Rsh(a.big, uint(n))), nil
}

// Float returns the value as the nearest float64 (ties to even) and false when it is too
// large for one.
func (a *Int) Float() (float64, bool) {
	if a.big == nil {
		return float64(a.small), true
	}
	f, _ := new(big.Float).SetInt(a.big).Float64()
	return f, !math.IsInf(f, 0)
}

// errIntTooLargeForFloat is CPython's error for ints beyond float's range.
func errIntTooLargeForFloat() error {
	return Errorf(OverflowErrorType, "int too large to convert to float")
}

// TrueDiv returns a / b correctly rounded, as CPython's long_true_divide does even for ints
// beyond float's range.
func (a *Int) TrueDiv(b *Int) (float64, error) {
	if b.Sign() == 0 {
		return 0, Errorf(ZeroDivisionType, "division by zero")
	}
	// Ints of at most 53 bits are exact floats, and IEEE division rounds correctly.
	if a.big == nil && b.big == nil && absU64(a.small) <= 1<<53 && absU64(b.small) <= 1<<53 {
		return float64(a.small) / float64(b.small), nil
	}
	f, _ := new(big.Rat).SetFrac(a.bigView(), b.bigView()).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowErrorType, "integer division result too large for a float")
	}
	if f == 0 && (a.Sign() < 0) != (b.Sign() < 0) {
		// The quotient underflowed (or a is zero): its sign is the operands' sign.
		f = math.Copysign(0, -1)
	}
	return f, nil
}

// Pow returns a ** b: an int for b >= 0, else a float, as int.__pow__ does.
func (a *Int) Pow(b *Int) (Object, error) {
	if b.Sign() < 0 {
		x, ok := a.Float()
		if !ok {
			return nil, errIntTooLargeForFloat()
		}
		y, ok := b.Float()
		if !ok {
			return nil, errIntTooLargeForFloat()
		}
		if x == 0 {
			return nil, Errorf(ZeroDivisionType, "0.0 cannot be raised to a negative power")
		}
		return floatPow(x, y)
	}
	if a.big == nil {
		switch a.small {
		case 0, 1:
			if b.Sign() == 0 {
				return NewInt(1), nil
			}
			return NewInt(a.small), nil
		case -1:
			if b.Bit(0) == 0 {
				return NewInt(1), nil
			}
			return NewInt(-1), nil
		}
	}
	n, ok := b.Int64()
	if !ok || int64(a.BitLen()-1)*n > maxShiftBits {
		return nil, Errorf(OverflowErrorType, "too many digits in integer")
	}
	if a.big == nil {
		// Square and multiply on machine words while the result fits.
		r, base, e := int64(1), a.small, n
		fits := true
		for e > 0 && fits {
			if e&1 == 1 {
				hi, lo := bits.Mul64(absU64(r), absU64(base))
				if hi != 0 || lo > math.MaxInt64 {
					fits = false
					break
				}
				if (r < 0) != (base < 0) {
					r = -int64(lo)
				} else {
					r = int64(lo)
				}
			}
			e >>= 1
			if e > 0 {
				hi, lo := bits.Mul64(absU64(base), absU64(base))
				if hi != 0 || lo > math.MaxInt64 {
					fits = false
					break
				}
				base = int64(lo)
			}
		}
		if fits {
			return NewInt(r), nil
		}
	}
	return NewBigInt(new(big.Int).Exp(a.bigView(), b.bigView(), nil)), nil
}

// Bit returns bit i of |a|'s two's complement form (as big.Int.Bit does).
func (a *Int) Bit(i int) uint {
	if a.big == nil {
		if i >= 64 {
			if a.small < 0 {
				return 1
			}
			return 0
		}
		return uint(a.small>>uint(i)) & 1
	}
	return a.big.Bit(i)
}

// PowMod returns pow(a, b, m): the result has m's sign, and a negative exponent takes the
// modular inverse.
func (a *Int) PowMod(b, m *Int) (*Int, error) {
	if m.Sign() == 0 {
		return nil, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	mod := new(big.Int).Abs(m.bigView())
	if mod.Cmp(big.NewInt(1)) == 0 {
		return NewInt(0), nil
	}
	base := new(big.Int).Mod(a.bigView(), mod)
	exp := b.bigView()
	if b.Sign() < 0 {
		if new(big.Int).GCD(nil, nil, base, mod).Cmp(big.NewInt(1)) != 0 {
			return nil, Errorf(ValueErrorType, "base is not invertible for the given modulus")
		}
		base.ModInverse(base, mod)
		exp = new(big.Int).Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, mod)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m.bigView())
	}
	return NewBigInt(r), nil
}
