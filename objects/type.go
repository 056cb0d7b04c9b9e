package objects

import (
	"sync"
	"sync/atomic"
	"weak"
)

// Type is a Python type object: a built-in type or a class. Its version tag identifies the
// state of the type and its bases so that specialized instructions and the method cache can
// record a lookup and check the tag instead of repeating it.
type Type struct {
	// Name is the type's name as CPython's tp_name: what error messages print ("int",
	// "MyClass").
	Name string
	// Qualname is __qualname__; empty means Name.
	Qualname string
	// Doc is a built-in type's docstring; a class keeps __doc__ in its dict.
	Doc string
	// Base is the type's primary base, __base__ (nil only for object).
	Base *Type
	// Bases is __bases__; a built-in type's is [Base], filled in when it is readied.
	Bases []*Type
	// MRO is __mro__, the type first.
	MRO []*Type
	// Dict is the type's namespace, __dict__ (seen from Python through a mappingproxy).
	Dict *Dict
	// Flags describe the type (heap type, subclassable, instances with a __dict__ ...).
	Flags TypeFlags
	// Slots hold the type's behaviour. A nil slot means the type does not support the
	// operation, and the protocol function raises CPython's TypeError for it.
	Slots Slots

	// Methods, GetSets and Attrs are what a built-in type declares for its namespace:
	// ReadyBuiltinTypes installs them in Dict as method descriptors, getset descriptors and
	// plain class attributes. See MethodDef for an example.
	Methods []MethodDef
	GetSets []GetSetDef
	Attrs   []TypeAttr

	// meta is the type's metaclass when it is not type itself.
	meta *Type
	// versionTag is 0 while the type has no valid tag.
	versionTag uint32
	// subclasses are the types that name this one among their bases, held weakly so that a
	// class no longer used can be collected; Modified walks them. Classes made by
	// interpreters running at the same time register with the same built-in bases, so
	// subMu guards the list.
	subMu      sync.Mutex
	subclasses []weak.Pointer[Type]
	// slotNames are the names of a class's __slots__ (its own, not its bases'), and
	// slotBase the index of the first of them in an instance's slot values.
	slotNames []string
	slotBase  int
	// nSlots counts the slot values an instance of the class holds, bases' included.
	nSlots int
	// pending is the queue of the interpreter that made a class, where the __del__ of its
	// instances runs.
	pending *PendingCalls
	// inline is the shared layout of the inline attribute values of a class's instances
	// (nil for types whose instances are not *Instance with a __dict__).
	inline *inlineLayout
}

// TypeFlags describe a type, as CPython's Py_TPFLAGS_*.
type TypeFlags uint32

// The type flags.
const (
	// TypeHeap marks a class created at run time (Py_TPFLAGS_HEAPTYPE).
	TypeHeap TypeFlags = 1 << iota
	// TypeFinal marks a built-in type that cannot be subclassed (the absence of
	// Py_TPFLAGS_BASETYPE): bool, NoneType, function ...
	TypeFinal
	// TypeHasDict marks a type whose instances have a __dict__.
	TypeHasDict
	// TypeAbstract marks a class with abstract methods left (Py_TPFLAGS_IS_ABSTRACT).
	TypeAbstract
	// TypeReady is set once the type is complete (PyType_Ready).
	TypeReady
	// TypeBaseLayout marks a built-in type whose instances are laid out as its base's
	// (typing.Generic), so it is not a solid base.
	TypeBaseLayout
	// TypeWeakrefable marks a built-in type whose instances can be weakly referenced (a
	// non-zero tp_weaklistoffset); classes get a __weakref__ attribute instead.
	TypeWeakrefable
	// TypeSequence and TypeMapping mark what sequence and mapping patterns match
	// (Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING): list, tuple, dict and their like, the
	// collections.abc classes, and the classes inheriting one of them.
	TypeSequence
	TypeMapping
)

// TypeCollectionFlags are TypeSequence and TypeMapping, which a class takes from the first
// class of its MRO that has one.
const TypeCollectionFlags = TypeSequence | TypeMapping

// TypeAttr is a class attribute of a built-in type: a value stored in its __dict__ as is.
type TypeAttr struct {
	Name  string
	Value Object
}

// Slots are a type's implementations of the object protocols, as CPython's tp_* slots.
type Slots struct {
	// GetAttr returns the attribute name of o (tp_getattro).
	GetAttr func(ts *Thread, o Object, name *Str) (Object, error)
	// SetAttr sets attribute name of o, deleting it when v is nil (tp_setattro).
	SetAttr func(ts *Thread, o Object, name *Str, v Object) error
	// DescrGet is the descriptor's __get__ (tp_descr_get): obj is nil when the attribute is
	// looked up on the class itself, typ is the class (nil when unknown).
	DescrGet func(ts *Thread, descr, obj, typ Object) (Object, error)
	// DescrSet is the descriptor's __set__, or __delete__ when v is nil (tp_descr_set). A
	// type with DescrSet is a data descriptor.
	DescrSet func(ts *Thread, descr, obj, v Object) error
	// Call calls o with positional arguments followed by keyword arguments named by kwnames
	// (vectorcall's convention).
	Call func(ts *Thread, o Object, args []Object, kwnames *Tuple) (Object, error)
	// New creates an instance of cls (tp_new, a static method): cls is the type or a
	// subclass, args and kwnames as for Call.
	New func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error)
	// Init initializes a new instance (tp_init, __init__).
	Init func(ts *Thread, o Object, args []Object, kwnames *Tuple) error
	// Await, AIter and ANext are __await__, __aiter__ and __anext__ (am_await, am_aiter,
	// am_anext).
	Await, AIter, ANext func(ts *Thread, o Object) (Object, error)
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
	// Divmod is divmod(a, b) (nb_divmod), dispatched as the binary number slots are.
	Divmod func(ts *Thread, a, b Object) (Object, error)
	// PowerMod is three-argument pow(a, b, mod) (nb_power with a modulus).
	PowerMod func(ts *Thread, a, b, mod Object) (Object, error)
	// Negative, Positive, Invert and Absolute are the unary number slots.
	Negative, Positive, Invert, Absolute func(ts *Thread, o Object) (Object, error)
	// Bool is the truth value (nb_bool); without it, Len decides, and without that, true.
	Bool func(ts *Thread, o Object) (bool, error)
	// Int and Float convert to int and float (__int__, __float__); Index is __index__.
	Int, Float func(ts *Thread, o Object) (Object, error)
	Index      func(ts *Thread, o Object) (*Int, error)

	// Finalize is __del__ (tp_finalize), run once when the collector finds an instance
	// unreachable (see finalize.go).
	Finalize func(ts *Thread, o Object) error
}

// TypeType is the type of every type object.
var TypeType = &Type{Name: "type", Base: ObjectType}

// ObjectType is the root of every type hierarchy.
var ObjectType = &Type{Name: "object"}

// Type returns the type's metaclass: type, or the class's metaclass.
func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// QualName returns __qualname__: for a built-in type, its name after the module part
// ("UnionType" for "types.UnionType").
func (t *Type) QualName() string {
	if t.Qualname != "" {
		return t.Qualname
	}
	if t.Flags&TypeHeap == 0 {
		for i := len(t.Name) - 1; i >= 0; i-- {
			if t.Name[i] == '.' {
				return t.Name[i+1:]
			}
		}
	}
	return t.Name
}

// nextVersionTag hands out version tags; 0 is never handed out, so it can mean "no tag".
var nextVersionTag atomic.Uint32

// VersionTag returns the type's version tag, assigning a fresh one when the type has none.
func (t *Type) VersionTag() uint32 {
	if t.versionTag == 0 {
		// The bases get tags first: Modified stops at a type without a tag, which is
		// only right if no type deriving from it has one.
		for _, b := range t.Bases {
			b.VersionTag()
		}
		t.versionTag = nextVersionTag.Add(1)
	}
	return t.versionTag
}

// Modified invalidates the version tags of the type and of every type deriving from it: a
// later VersionTag call assigns a new one, so every cache that recorded an old tag misses
// (PyType_Modified).
func (t *Type) Modified() {
	if t.versionTag == 0 {
		return // no cache can hold a tag of this type or, by construction, of its subclasses
	}
	t.versionTag = 0
	for _, sub := range t.Subclasses() {
		sub.Modified()
	}
}

// addSubclass records sub as deriving directly from t, dropping entries of collected
// classes on the way.
func (t *Type) addSubclass(sub *Type) {
	t.subMu.Lock()
	defer t.subMu.Unlock()
	live := t.subclasses[:0]
	for _, w := range t.subclasses {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	clear(t.subclasses[len(live):])
	t.subclasses = append(live, weak.Make(sub))
}

// removeSubclass forgets sub (when its bases change).
func (t *Type) removeSubclass(sub *Type) {
	t.subMu.Lock()
	defer t.subMu.Unlock()
	for i, w := range t.subclasses {
		if w.Value() == sub {
			t.subclasses = append(t.subclasses[:i], t.subclasses[i+1:]...)
			return
		}
	}
}

// Subclasses returns the live direct subclasses, as __subclasses__().
func (t *Type) Subclasses() []*Type {
	t.subMu.Lock()
	defer t.subMu.Unlock()
	var out []*Type
	for _, w := range t.subclasses {
		if sub := w.Value(); sub != nil {
			out = append(out, sub)
		}
	}
	return out
}

// IsSubtype reports whether t is sup or derives from it, following the MRO once the type is
// ready and the chain of primary bases before.
func (t *Type) IsSubtype(sup *Type) bool {
	if t.MRO != nil {
		for _, c := range t.MRO {
			if c == sup {
				return true
			}
		}
		return false
	}
	for c := t; c != nil; c = c.Base {
		if c == sup {
			return true
		}
	}
	return sup == ObjectType
}

// IsHeapType reports whether t is a class created at run time.
func (t *Type) IsHeapType() bool { return t.Flags&TypeHeap != 0 }

// builtinTypes lists the built-in types in creation order, bases before subclasses.
var builtinTypes []*Type

// newType makes a built-in type deriving from base.
func newType(name string, base *Type) *Type {
	t := &Type{Name: name, Base: base}
	builtinTypes = append(builtinTypes, t)
	return t
}

var readyOnce sync.Once

// ReadyBuiltinTypes completes the built-in types once, as CPython's PyType_Ready does: each
// inherits the slots its base defines and it does not, gets its __bases__, __mro__ and
// version tag, and its namespace receives its methods, getset descriptors, class attributes
// and the wrappers of its slots. The runtime calls it before running any code.
func ReadyBuiltinTypes() {
	readyOnce.Do(func() {
		readyBuiltin(ObjectType)
		readyBuiltin(TypeType)
		for _, t := range builtinTypes {
			readyBuiltin(t)
		}
	})
}
