package codegen

import (
	"sort"

	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/compile/symtable"
)

// ScopeKind is the kind of code object a unit compiles.
type ScopeKind int

// The scope kinds (CPython's COMPILER_SCOPE_*).
const (
	ScopeModule ScopeKind = iota
	ScopeClass
	ScopeFunction
	ScopeAsyncFunction
	ScopeLambda
	ScopeComprehension
	ScopeTypeParams
)

// Unit is the code generator's result for one code object.
type Unit struct {
	// Name and Qualname are the future co_name and co_qualname.
	Name, Qualname string
	// Kind is the kind of scope compiled.
	Kind ScopeKind
	// Ste is the unit's symbol table entry.
	Ste *symtable.Entry
	// Seq holds the instructions; after Codegen returns, jump opargs are
	// instruction indices.
	Seq instrseq.Sequence
	// Consts, Names, Varnames, Cellvars and Freevars are the tables opargs
	// index. A DEREF instruction's oparg indexes Cellvars followed by Freevars.
	Consts                              []Const
	Names, Varnames, Cellvars, Freevars []string
	// ArgCount, PosOnlyArgCount and KwOnlyArgCount count the parameters.
	ArgCount, PosOnlyArgCount, KwOnlyArgCount int
	// FirstLineno is co_firstlineno.
	FirstLineno int
	// Nested are the units of the code objects this one creates, in order.
	Nested []*Unit
	// Hidden names the fast locals of comprehensions inlined into a module
	// or class body (CO_FAST_HIDDEN).
	Hidden map[string]bool

	constIndex map[string]int
	nameIndex  map[string]int
	varIndex   map[string]int
	cellIndex  map[string]int
	freeIndex  map[string]int

	private          string          // class name for mangling
	staticAttributes map[string]bool // self.X assigned in a class's methods
	fblocks          []fblock        // the enclosing loops and handlers
	inline           inlineState     // inlined comprehensions being compiled
	parent           *Unit
}

func newUnit(name string, kind ScopeKind, ste *symtable.Entry, firstLineno int) *Unit {
	u := &Unit{
		Name: name, Kind: kind, Ste: ste, FirstLineno: firstLineno,
		constIndex: map[string]int{}, nameIndex: map[string]int{},
		varIndex: map[string]int{}, cellIndex: map[string]int{}, freeIndex: map[string]int{},
	}
	for _, v := range ste.Varnames {
		u.addVarname(v)
	}
	// Cells and free variables are numbered in sorted order, so that the
	// generated code does not depend on the order names were first seen.
	syms := append([]symtable.Symbol(nil), ste.Symbols()...)
	sort.Slice(syms, func(i, j int) bool { return syms[i].Name < syms[j].Name })
	for _, s := range syms {
		if s.Scope == symtable.Cell || s.Flags&symtable.DefCompCell != 0 {
			u.addCell(s.Name)
		}
	}
	if ste.NeedsClassClosure {
		u.addCell("__class__")
	}
	if ste.NeedsClassdict {
		u.addCell("__classdict__")
	}
	for _, s := range syms {
		if s.Scope == symtable.Free || s.Flags&symtable.DefFreeClass != 0 {
			u.freeIndex[s.Name] = len(u.Freevars)
			u.Freevars = append(u.Freevars, s.Name)
		}
	}
	return u
}

func (u *Unit) addCell(name string) {
	if _, ok := u.cellIndex[name]; !ok {
		u.cellIndex[name] = len(u.Cellvars)
		u.Cellvars = append(u.Cellvars, name)
	}
}

// addConst returns the index of constant c, adding it if new.
func (u *Unit) addConst(c Const) int {
	k := constKey(c)
	if i, ok := u.constIndex[k]; ok {
		return i
	}
	u.constIndex[k] = len(u.Consts)
	u.Consts = append(u.Consts, c)
	return len(u.Consts) - 1
}

// addName returns the index of name in co_names, adding it if new.
func (u *Unit) addName(name string) int {
	if i, ok := u.nameIndex[name]; ok {
		return i
	}
	u.nameIndex[name] = len(u.Names)
	u.Names = append(u.Names, name)
	return len(u.Names) - 1
}

// addVarname returns the index of a fast local, adding it if new.
func (u *Unit) addVarname(name string) int {
	if i, ok := u.varIndex[name]; ok {
		return i
	}
	u.varIndex[name] = len(u.Varnames)
	u.Varnames = append(u.Varnames, name)
	return len(u.Varnames) - 1
}

// derefIndex returns the DEREF oparg of a cell or free variable: cells
// first, then free variables.
func (u *Unit) derefIndex(name string, free bool) int {
	if free {
		if i, ok := u.freeIndex[name]; ok {
			return len(u.Cellvars) + i
		}
		u.freeIndex[name] = len(u.Freevars)
		u.Freevars = append(u.Freevars, name)
		return len(u.Cellvars) + len(u.Freevars) - 1
	}
	u.addCell(name)
	return u.cellIndex[name]
}
