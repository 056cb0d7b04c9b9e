package ast

// Comprehension is one `for ... in ... if ...` clause (Python's comprehension); IsAsync is 1
// for `async for`.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync int
}

// ExceptHandler is one `except` clause.
type ExceptHandler struct {
	Range
	Type Expr
	Name string
	Body []Stmt
}

// Arguments is a parameter list (Python's arguments). KwDefaults has one entry per
// keyword-only parameter, nil where it has no default.
type Arguments struct {
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg
	Kwonlyargs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg
	Defaults    []Expr
}

// Arg is one parameter (Python's arg).
type Arg struct {
	Range
	Arg         string
	Annotation  Expr
	TypeComment string
}

// Keyword is a keyword argument `arg=value`, or `**value` when Arg is empty.
type Keyword struct {
	Range
	Arg   string
	Value Expr
}

// Alias is one name of an import (Python's alias).
type Alias struct {
	Range
	Name   string
	Asname string
}

// WithItem is one context manager of a with statement (Python's withitem).
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr
}

// MatchCase is one `case` block (Python's match_case).
type MatchCase struct {
	Pattern Pattern
	Guard   Expr
	Body    []Stmt
}

// TypeVar is a type parameter `T`, `T: bound` or `T = default`.
type TypeVar struct {
	Range
	Name         string
	Bound        Expr
	DefaultValue Expr
}

// ParamSpec is a type parameter `**P`.
type ParamSpec struct {
	Range
	Name         string
	DefaultValue Expr
}

// TypeVarTuple is a type parameter `*Ts`.
type TypeVarTuple struct {
	Range
	Name         string
	DefaultValue Expr
}

func (*Comprehension) astNode() {}
func (*ExceptHandler) astNode() {}
func (*Arguments) astNode()     {}
func (*Arg) astNode()           {}
func (*Keyword) astNode()       {}
func (*Alias) astNode()         {}
func (*WithItem) astNode()      {}
func (*MatchCase) astNode()     {}
func (*TypeVar) astNode()       {}
func (*ParamSpec) astNode()     {}
func (*TypeVarTuple) astNode()  {}

func (*ExceptHandler) exceptHandlerNode() {}

func (*TypeVar) typeParamNode()      {}
func (*ParamSpec) typeParamNode()    {}
func (*TypeVarTuple) typeParamNode() {}
