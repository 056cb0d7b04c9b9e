package objects

import (
	"hash/fnv"
	"math"
	"math/big"
)

// hashModulus is CPython's hash modulus for numbers, 2**61 - 1: numbers that compare equal
// hash equal whatever their type.
const hashModulus = 1<<61 - 1

// intHash is CPython's hash of an int: its value modulo 2**61-1 with the sign kept, -1
// becoming -2 (-1 is the error value in C).
func intHash(i *Int) int64 {
	var h int64
	if i.big == nil {
		v := i.small
		neg := v < 0
		u := uint64(v)
		if neg {
			u = uint64(-v)
		}
		h = int64(u % hashModulus)
		if neg {
			h = -h
		}
	} else {
		m := new(big.Int).Rem(new(big.Int).Abs(i.big), big.NewInt(hashModulus))
		h = m.Int64()
		if i.big.Sign() < 0 {
			h = -h
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}

// strHash hashes a str's text. CPython randomises it per process (PYTHONHASHSEED), so no
// program can depend on its value.
func strHash(s string) int64 {
	f := fnv.New64a()
	f.Write([]byte(s))
	h := int64(f.Sum64() >> 1)
	if h == -1 {
		h = -2
	}
	return h
}

// floatHash is CPython's _Py_HashDouble: a finite float equal to m * 2**e (m an integer)
// hashes as that rational number does, m * 2**e modulo 2**61-1, so that it agrees with the
// hash of an equal int. Infinities hash to ±314159; NaN hashes by identity (see floatHashOf).
func floatHash(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	frac, exp := math.Frexp(math.Abs(f)) // |f| = frac * 2**exp, 0.5 <= frac < 1
	// Scale the fraction to a 53-bit integer mantissa: |f| = m * 2**(exp-53).
	m := uint64(math.Ldexp(frac, 53))
	e := exp - 53
	h := m % hashModulus
	// Multiplying by 2**e modulo 2**61-1 is a rotation of the 61-bit residue, because
	// 2**61 = 1 there; a negative e rotates the other way.
	e %= 61
	if e < 0 {
		e += 61
	}
	h = (h<<uint(e))&hashModulus | h>>uint(61-e)
	if h >= hashModulus {
		h -= hashModulus
	}
	r := int64(h)
	if f < 0 {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r
}

// floatHashOf hashes a float object: NaNs hash by identity, as in CPython 3.10 and later, so
// that distinct NaNs spread over a dict's buckets.
func floatHashOf(o Object) int64 {
	f := o.(*Float).value
	if math.IsNaN(f) {
		h, _ := identityHash(nil, o)
		return h
	}
	return floatHash(f)
}

// complexHash combines the hashes of the parts as CPython's complex_hash does, in unsigned
// arithmetic: hash(real) + 1000003 * hash(imag).
func complexHash(o Object) int64 {
	c := o.(*Complex).value
	part := func(f float64) int64 {
		if math.IsNaN(f) {
			h, _ := identityHash(nil, o)
			return h
		}
		return floatHash(f)
	}
	h := int64(uint64(part(real(c))) + 1000003*uint64(part(imag(c))))
	if h == -1 {
		h = -2
	}
	return h
}

func init() {
	FloatType.Slots.Hash = func(ts *Thread, o Object) (int64, error) { return floatHashOf(o), nil }
	ComplexType.Slots.Hash = func(ts *Thread, o Object) (int64, error) { return complexHash(o), nil }
	IntType.Slots.Hash = func(ts *Thread, o Object) (int64, error) { return intHash(o.(*Int)), nil }
	BoolType.Slots.Hash = func(ts *Thread, o Object) (int64, error) {
		if o.(*Bool).value {
			return 1, nil
		}
		return 0, nil
	}
	StrType.Slots.Hash = func(ts *Thread, o Object) (int64, error) { return strHash(o.(*Str).value), nil }
	NoneType.Slots.Hash = func(ts *Thread, o Object) (int64, error) { return 0xFCA86420, nil }
	TypeType.Slots.Hash = identityHash
}

// identityHash is the default hash of objects compared by identity.
func identityHash(ts *Thread, o Object) (int64, error) { return int64(idOf(o) >> 4), nil }

// unhashable is the hash slot of mutable containers, which CPython marks with
// __hash__ = None so that they do not inherit object's identity hash.
func unhashable(ts *Thread, o Object) (int64, error) {
	return 0, Errorf(TypeErrorType, "unhashable type: '%s'", o.Type().Name)
}

func init() {
	ObjectType.Slots.Hash = identityHash
	ListType.Slots.Hash = unhashable
	DictType.Slots.Hash = unhashable
	SetType.Slots.Hash = unhashable
}
