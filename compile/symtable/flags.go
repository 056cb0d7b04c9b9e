package symtable

import "strings"

// Flags are the raw facts the first pass records about a name in a scope;
// the values are CPython's DEF_* bits.
type Flags uint32

const (
	// DefGlobal: declared `global` here.
	DefGlobal Flags = 1 << iota
	// DefLocal: assigned (or deleted) here.
	DefLocal
	// DefParam: a parameter of this function.
	DefParam
	// DefNonlocal: declared `nonlocal` here.
	DefNonlocal
	// Use: read here.
	Use
	// DefFree: kept for CPython's numbering; never set.
	DefFree
	// DefFreeClass: free in a method and also bound or used in the class.
	DefFreeClass
	// DefImport: bound by an import.
	DefImport
	// DefAnnot: annotated here.
	DefAnnot
	// DefCompIter: a comprehension's iteration variable.
	DefCompIter
	// DefTypeParam: a PEP 695 type parameter.
	DefTypeParam
	// DefCompCell: a cell of a comprehension inlined into this scope.
	DefCompCell
)

// DefBound is every way a scope can bind a name.
const DefBound = DefLocal | DefParam | DefImport

var flagNames = []string{
	"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
	"DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM",
	"DEF_COMP_CELL",
}

// String lists the set flags by CPython's names, separated by spaces.
func (f Flags) String() string {
	var words []string
	for i, name := range flagNames {
		if f&(1<<i) != 0 {
			words = append(words, name)
		}
	}
	return strings.Join(words, " ")
}

// Scope is where the analysis decided a name lives; the values are CPython's.
type Scope uint8

const (
	// Unresolved is the zero Scope: the name is not in the table.
	Unresolved Scope = iota
	// Local: a fast local (or, in a module or class, a name in its namespace).
	Local
	// GlobalExplicit: declared global, here or in an enclosing scope.
	GlobalExplicit
	// GlobalImplicit: not bound in any enclosing function; a global or builtin.
	GlobalImplicit
	// Free: bound in an enclosing function and read through a cell.
	Free
	// Cell: local here and free in a nested scope.
	Cell
)

var scopeNames = [...]string{"", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"}

// String returns CPython's name for the scope.
func (s Scope) String() string {
	if int(s) < len(scopeNames) {
		return scopeNames[s]
	}
	return "?"
}

// BlockType is the kind of a scope; the values are CPython's _Py_block_ty.
type BlockType uint8

const (
	// FunctionBlock is a function, lambda or comprehension body.
	FunctionBlock BlockType = iota
	// ClassBlock is a class body.
	ClassBlock
	// ModuleBlock is the top level.
	ModuleBlock
	// AnnotationBlock holds annotations under `from __future__ import annotations`.
	AnnotationBlock
	// TypeAliasBlock is the lazily evaluated value of a `type` statement.
	TypeAliasBlock
	// TypeParametersBlock holds the type parameters of a generic function, class or alias.
	TypeParametersBlock
	// TypeVariableBlock is the lazily evaluated bound, constraints or default of a type parameter.
	TypeVariableBlock
)

var blockNames = [...]string{"function", "class", "module", "annotation", "type alias",
	"type parameters", "type variable"}

// String returns the name CPython's symtable module gives the block type.
func (b BlockType) String() string {
	if int(b) < len(blockNames) {
		return blockNames[b]
	}
	return "?"
}

// CompKind says which kind of comprehension a FunctionBlock is, if any.
type CompKind uint8

const (
	// NoComprehension: an ordinary function, lambda or other block.
	NoComprehension CompKind = iota
	// ListComprehension is [... for ...].
	ListComprehension
	// DictComprehension is {k: v for ...}.
	DictComprehension
	// SetComprehension is {... for ...}.
	SetComprehension
	// GeneratorExpression is (... for ...).
	GeneratorExpression
)
