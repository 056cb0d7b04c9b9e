package vm

import "github.com/taipanpy/taipan/objects"

// Symbol is what the tier-2 optimizer knows of one value: nothing (the top of the lattice),
// whether it is NULL, its type, or its exact value. A symbol that is both NULL and not NULL is
// a contradiction (the bottom).
type Symbol struct {
	flags symbolFlags
	typ   *objects.Type
	value objects.Object
}

type symbolFlags uint8

const (
	symIsNull symbolFlags = 1 << iota
	symNotNull
)

// maxSymbols bounds the optimizer's arena, as CPython's does, so that a pathological trace
// costs bounded memory and time.
const maxSymbols = 4000

// OptContext is the state of one abstract interpretation pass over a trace.
type OptContext struct {
	arena []Symbol
}

// NewOptContext returns a context with an empty arena.
func NewOptContext() *OptContext { return &OptContext{arena: make([]Symbol, 0, 64)} }

// newSymbol allocates a symbol from the arena, or returns nil when the arena is full.
func (c *OptContext) newSymbol(flags symbolFlags) *Symbol {
	if len(c.arena) >= maxSymbols {
		return nil
	}
	c.arena = append(c.arena, Symbol{flags: flags})
	return &c.arena[len(c.arena)-1]
}

// NewUnknown returns a symbol about which nothing is known, or nil when out of space.
func (c *OptContext) NewUnknown() *Symbol { return c.newSymbol(0) }

// NewNotNull returns a symbol known to be a value, or nil when out of space.
func (c *OptContext) NewNotNull() *Symbol { return c.newSymbol(symNotNull) }

// NewNull returns a symbol known to be NULL, or nil when out of space.
func (c *OptContext) NewNull() *Symbol { return c.newSymbol(symIsNull) }

// NewConst returns a symbol known to be v, or nil when out of space.
func (c *OptContext) NewConst(v objects.Object) *Symbol {
	s := c.newSymbol(symNotNull)
	if s != nil {
		s.typ, s.value = v.Type(), v
	}
	return s
}

// IsNull reports whether s is known to be NULL.
func (s *Symbol) IsNull() bool { return s.flags == symIsNull }

// IsNotNull reports whether s is known to hold a value.
func (s *Symbol) IsNotNull() bool { return s.flags == symNotNull }

// IsBottom reports whether what is known of s is contradictory.
func (s *Symbol) IsBottom() bool { return s.flags == symIsNull|symNotNull }

// KnownType returns the type s is known to have, or nil.
func (s *Symbol) KnownType() *objects.Type { return s.typ }

// MatchesType reports whether s is known to be of type t.
func (s *Symbol) MatchesType(t *objects.Type) bool { return s.typ == t }

// Const returns the value s is known to be, or nil.
func (s *Symbol) Const() objects.Object { return s.value }

// SetType records that s has type t; it returns false when that contradicts what was known.
func (s *Symbol) SetType(t *objects.Type) bool {
	if s.typ != nil && s.typ != t || s.flags&symIsNull != 0 {
		s.flags = symIsNull | symNotNull
		return false
	}
	s.flags |= symNotNull
	s.typ = t
	return true
}

// NewTyped returns a symbol known to be a value of type t, or nil when out of space.
func (c *OptContext) NewTyped(t *objects.Type) *Symbol {
	s := c.newSymbol(symNotNull)
	if s != nil {
		s.typ = t
	}
	return s
}
