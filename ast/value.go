package ast

import "math/big"

// Value is the value of a Constant or MatchSingleton. The set of Go types is closed, so the
// AST does not depend on the runtime's object model:
//
//	NoneType, EllipsisType  None and ...
//	Bool                    True and False
//	Int, *BigInt            int: Int when it fits in an int64, *BigInt otherwise
//	Float                   float
//	Complex                 complex (a literal is always imaginary: 2j is Complex(2i))
//	Str                     str, as described at Str
//	Bytes                   bytes, one Go byte per Python byte
type Value interface {
	constValue()
}

// NoneType is Python's None.
type NoneType struct{}

// EllipsisType is Python's Ellipsis (`...`).
type EllipsisType struct{}

// Bool is True or False.
type Bool bool

// Int is an int that fits in an int64.
type Int int64

// BigInt is an int outside the int64 range.
type BigInt struct{ V *big.Int }

// Float is a float.
type Float float64

// Complex is a complex number.
type Complex complex128

// Str is a Python str. It holds the code points in UTF-8, except that a surrogate code point
// (U+D800..U+DFFF, which Python strs may contain alone, as in "\udc80") is stored as its
// 3-byte generalised UTF-8 form, as Python's "surrogatepass" error handler encodes it. Each
// surrogate is stored on its own: a pair written as two escapes stays two code points, as in
// Python. pyfmt.DecodeRune reads this form back.
type Str string

// Bytes is a Python bytes value.
type Bytes string

func (NoneType) constValue()     {}
func (EllipsisType) constValue() {}
func (Bool) constValue()         {}
func (Int) constValue()          {}
func (*BigInt) constValue()      {}
func (Float) constValue()        {}
func (Complex) constValue()      {}
func (Str) constValue()          {}
func (Bytes) constValue()        {}
