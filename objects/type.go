package objects

import (
	"sync"
	"sync/atomic"
)

// Type is a Python type object. Its version tag identifies the state of the type and its bases
// so that specialized instructions can cache lookups and check the tag instead of repeating them.
type Type struct {
	// Name is the type's __name__.
	Name string
	// Base is the type's primary base (nil only for object).
	Base *Type
	// Slots hold the type's behaviour. A nil slot means the type does not support the
	// operation, and the protocol function raises CPython's TypeError for it.
	Slots Slots
	// versionTag is 0 while the type has no valid tag.
	versionTag uint32
}

// Slots are a type's implementations of the object protocols, as CPython's tp_* slots.
type Slots struct {
	// GetAttr returns the attribute name of o (tp_getattro).
	GetAttr func(ts *Thread, o Object, name *Str) (Object, error)
	// SetAttr sets attribute name of o, deleting it when v is nil (tp_setattro).
	SetAttr func(ts *Thread, o Object, name *Str, v Object) error
	// Call calls o with positional arguments followed by keyword arguments named by kwnames
	// (vectorcall's convention).
	Call func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error)
	// Iter returns an iterator over o (tp_iter).
	Iter func(ts *Thread, o Object) (Object, error)
	// IterNext returns the iterator's next item, or nil and no error when it is exhausted
	// (tp_iternext).
	IterNext func(ts *Thread, o Object) (Object, error)
	// Len returns the number of items (sq_length / mp_length).
	Len func(ts *Thread, o Object) (int, error)
	// GetItem returns o[key] (mp_subscript).
	GetItem func(ts *Thread, o, key Object) (Object, error)
	// SetItem sets o[key] = v, deleting when v is nil (mp_ass_subscript).
	SetItem func(ts *Thread, o, key, v Object) error
	// Contains reports whether item is in o (sq_contains).
	Contains func(ts *Thread, o, item Object) (bool, error)
	// Hash returns the hash of o (tp_hash).
	Hash func(ts *Thread, o Object) (int64, error)
	// Repr returns repr(o) (tp_repr).
	Repr func(ts *Thread, o Object) (*Str, error)
	// Str returns str(o) (tp_str); nil means Repr.
	Str func(ts *Thread, o Object) (*Str, error)
	// Format formats o with a format spec (__format__).
	Format func(ts *Thread, o Object, spec *Str) (Object, error)

	// RichCompare compares a with b, a being of this type (the left operand, or the right one
	// of a reflected comparison); it returns NotImplemented when it cannot (tp_richcompare).
	RichCompare func(ts *Thread, a, b Object, op CompareOp) (Object, error)

	// NumBinary are the binary number slots (nb_add ... nb_xor, nb_matrix_multiply), indexed
	// by the plain BinaryOp. As in CPython either operand may be of this type, and a slot
	// returns NotImplemented for operands it does not handle.
	NumBinary [NumBinaryOps]func(ts *Thread, a, b Object) (Object, error)
	// NumInplace are the in-place forms (nb_inplace_add ...), indexed by the plain BinaryOp; a
	// nil entry falls back to NumBinary.
	NumInplace [NumBinaryOps]func(ts *Thread, a, b Object) (Object, error)
	// Concat and Repeat are the sequence forms of + and * (sq_concat, sq_repeat), tried when
	// the number slots decline; InplaceConcat and InplaceRepeat are += and *= on mutable
	// sequences.
	Concat, InplaceConcat func(ts *Thread, a, b Object) (Object, error)
	Repeat, InplaceRepeat func(ts *Thread, a Object, n int) (Object, error)
	// PowerMod is three-argument pow(a, b, mod) (nb_power with a modulus).
	PowerMod func(ts *Thread, a, b, mod Object) (Object, error)
	// Negative, Positive, Invert and Absolute are the unary number slots.
	Negative, Positive, Invert, Absolute func(ts *Thread, o Object) (Object, error)
	// Bool is the truth value (nb_bool); without it, Len decides, and without that, true.
	Bool func(ts *Thread, o Object) (bool, error)
	// Int and Float convert to int and float (__int__, __float__); Index is __index__.
	Int, Float func(ts *Thread, o Object) (Object, error)
	Index      func(ts *Thread, o Object) (*Int, error)
}

// TypeType is the type of every type object.
var TypeType = &Type{Name: "type"}

// ObjectType is the root of every type hierarchy.
var ObjectType = &Type{Name: "object"}

func init() { TypeType.Base = ObjectType }

// Type returns type, the metatype.
func (t *Type) Type() *Type { return TypeType }

// nextVersionTag hands out version tags; 0 is never handed out, so it can mean "no tag".
var nextVersionTag atomic.Uint32

// VersionTag returns the type's version tag, assigning a fresh one when the type has none.
func (t *Type) VersionTag() uint32 {
	if t.versionTag == 0 {
		t.versionTag = nextVersionTag.Add(1)
	}
	return t.versionTag
}

// Modified invalidates the type's version tag: a later VersionTag call assigns a new one, so
// every cache that recorded the old tag misses.
func (t *Type) Modified() { t.versionTag = 0 }

// IsSubtype reports whether t is sub or derives from it.
func (t *Type) IsSubtype(sup *Type) bool {
	for c := t; c != nil; c = c.Base {
		if c == sup {
			return true
		}
	}
	return false
}

// builtinTypes lists the built-in types in creation order, bases before subclasses.
var builtinTypes []*Type

// newType makes a built-in type deriving from base.
func newType(name string, base *Type) *Type {
	t := &Type{Name: name, Base: base}
	builtinTypes = append(builtinTypes, t)
	return t
}

var readyOnce sync.Once

// ReadyBuiltinTypes completes the built-in types once: each inherits the slots its base
// defines and it does not, as CPython's PyType_Ready does. The runtime calls it before
// running any code.
func ReadyBuiltinTypes() {
	readyOnce.Do(func() {
		for _, t := range builtinTypes {
			if t.Base != nil {
				t.Slots.inheritFrom(&t.Base.Slots)
			}
		}
	})
}

// inheritFrom fills the slots s lacks from base's.
func (s *Slots) inheritFrom(base *Slots) {
	if s.GetAttr == nil {
		s.GetAttr = base.GetAttr
	}
	if s.SetAttr == nil {
		s.SetAttr = base.SetAttr
	}
	if s.Call == nil {
		s.Call = base.Call
	}
	if s.Iter == nil {
		s.Iter = base.Iter
	}
	if s.IterNext == nil {
		s.IterNext = base.IterNext
	}
	if s.Len == nil {
		s.Len = base.Len
	}
	if s.GetItem == nil {
		s.GetItem = base.GetItem
	}
	if s.SetItem == nil {
		s.SetItem = base.SetItem
	}
	if s.Contains == nil {
		s.Contains = base.Contains
	}
	if s.Hash == nil {
		s.Hash = base.Hash
	}
	if s.Repr == nil {
		s.Repr = base.Repr
	}
	if s.Str == nil {
		s.Str = base.Str
	}
	if s.Format == nil {
		s.Format = base.Format
	}
	if s.RichCompare == nil {
		s.RichCompare = base.RichCompare
	}
	for i := range s.NumBinary {
		if s.NumBinary[i] == nil {
			s.NumBinary[i] = base.NumBinary[i]
		}
		if s.NumInplace[i] == nil {
			s.NumInplace[i] = base.NumInplace[i]
		}
	}
	if s.PowerMod == nil {
		s.PowerMod = base.PowerMod
	}
	if s.Concat == nil {
		s.Concat = base.Concat
	}
	if s.InplaceConcat == nil {
		s.InplaceConcat = base.InplaceConcat
	}
	if s.Repeat == nil {
		s.Repeat = base.Repeat
	}
	if s.InplaceRepeat == nil {
		s.InplaceRepeat = base.InplaceRepeat
	}
	if s.Negative == nil {
		s.Negative = base.Negative
	}
	if s.Positive == nil {
		s.Positive = base.Positive
	}
	if s.Invert == nil {
		s.Invert = base.Invert
	}
	if s.Absolute == nil {
		s.Absolute = base.Absolute
	}
	if s.Bool == nil {
		s.Bool = base.Bool
	}
	if s.Int == nil {
		s.Int = base.Int
	}
	if s.Float == nil {
		s.Float = base.Float
	}
	if s.Index == nil {
		s.Index = base.Index
	}
}
