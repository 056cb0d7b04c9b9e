package objects

import (
	"hash/fnv"
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

func init() {
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
