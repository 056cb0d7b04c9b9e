package objects

import "sync/atomic"

// Type is a Python type object. Its version tag identifies the state of the type and its bases
// so that specialized instructions can cache lookups and check the tag instead of repeating them.
type Type struct {
	// Name is the type's __name__.
	Name string
	// Base is the type's primary base (nil only for object).
	Base *Type
	// versionTag is 0 while the type has no valid tag.
	versionTag uint32
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

// newType makes a built-in type deriving from base.
func newType(name string, base *Type) *Type { return &Type{Name: name, Base: base} }
