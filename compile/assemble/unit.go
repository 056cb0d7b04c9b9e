package assemble

import (
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/objects"
)

// Const is a constant of a code object: an ast.Value, a Tuple of constants,
// or a *Unit, the code of a nested function, class body or comprehension.
type Const any

// Tuple is a tuple constant.
type Tuple []Const

// FrozenSet is a frozenset constant: the elements of a set display or an `in` test against
// one, in source order, from which the set is built as CPython builds it.
type FrozenSet []Const

// Unit is the code generator's output for one code object.
type Unit struct {
	// Name and Qualname are co_name and co_qualname; Filename is
	// co_filename.
	Name, Qualname, Filename string
	// Seq holds the instructions, jump opargs being instruction indices
	// (instrseq.Sequence.Resolve). MakeCode leaves it unchanged.
	Seq *instrseq.Sequence
	// Consts and Names are the tables LOAD_CONST and the name instructions
	// index; Varnames the fast locals, parameters first; Cellvars and
	// Freevars the cells and free variables, which cell instructions index
	// cells first.
	Consts                              []Const
	Names, Varnames, Cellvars, Freevars []string
	// Hidden names the locals of inlined comprehensions (CO_FAST_HIDDEN).
	Hidden map[string]bool
	// ArgCount, PosOnlyArgCount and KwOnlyArgCount count the parameters.
	ArgCount, PosOnlyArgCount, KwOnlyArgCount int
	// Flags is co_flags.
	Flags objects.CodeFlags
	// FirstLineno is co_firstlineno.
	FirstLineno int
}
