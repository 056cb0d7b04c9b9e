package ast

// FunctionDef is a `def` statement; Range starts at `def`, not at a decorator.
type FunctionDef struct {
	Range
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr
	TypeComment   string
	TypeParams    []TypeParam
}

// AsyncFunctionDef is an `async def` statement.
type AsyncFunctionDef struct {
	Range
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr
	TypeComment   string
	TypeParams    []TypeParam
}

// ClassDef is a `class` statement.
type ClassDef struct {
	Range
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
	TypeParams    []TypeParam
}

// Return is a `return` statement.
type Return struct {
	Range
	Value Expr
}

// Delete is a `del` statement.
type Delete struct {
	Range
	Targets []Expr
}

// Assign is `a = b = value`.
type Assign struct {
	Range
	Targets     []Expr
	Value       Expr
	TypeComment string
}

// TypeAlias is a PEP 695 `type X = ...` statement.
type TypeAlias struct {
	Range
	Name       Expr
	TypeParams []TypeParam
	Value      Expr
}

// AugAssign is an augmented assignment such as `a += 1`.
type AugAssign struct {
	Range
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is an annotated assignment; Simple is 1 for a bare name target not in parentheses.
type AnnAssign struct {
	Range
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     int
}

// For is a `for` loop.
type For struct {
	Range
	Target      Expr
	Iter        Expr
	Body        []Stmt
	Orelse      []Stmt
	TypeComment string
}

// AsyncFor is an `async for` loop.
type AsyncFor struct {
	Range
	Target      Expr
	Iter        Expr
	Body        []Stmt
	Orelse      []Stmt
	TypeComment string
}

// While is a `while` loop.
type While struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is an `if` statement; `elif` becomes a nested If in Orelse.
type If struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is a `with` statement.
type With struct {
	Range
	Items       []*WithItem
	Body        []Stmt
	TypeComment string
}

// AsyncWith is an `async with` statement.
type AsyncWith struct {
	Range
	Items       []*WithItem
	Body        []Stmt
	TypeComment string
}

// Match is a `match` statement.
type Match struct {
	Range
	Subject Expr
	Cases   []*MatchCase
}

// Raise is a `raise` statement.
type Raise struct {
	Range
	Exc   Expr
	Cause Expr
}

// Try is a `try` statement with `except` clauses.
type Try struct {
	Range
	Body      []Stmt
	Handlers  []ExceptHandlerNode
	Orelse    []Stmt
	Finalbody []Stmt
}

// TryStar is a `try` statement with `except*` clauses.
type TryStar struct {
	Range
	Body      []Stmt
	Handlers  []ExceptHandlerNode
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is an `assert` statement.
type Assert struct {
	Range
	Test Expr
	Msg  Expr
}

// Import is `import a, b as c`.
type Import struct {
	Range
	Names []*Alias
}

// ImportFrom is `from module import names`; Level counts the leading dots.
type ImportFrom struct {
	Range
	Module string
	Names  []*Alias
	Level  int
}

// Global is a `global` declaration.
type Global struct {
	Range
	Names []string
}

// Nonlocal is a `nonlocal` declaration.
type Nonlocal struct {
	Range
	Names []string
}

// ExprStmt is an expression statement (Python's class Expr).
type ExprStmt struct {
	Range
	Value Expr
}

// Pass is a `pass` statement.
type Pass struct{ Range }

// Break is a `break` statement.
type Break struct{ Range }

// Continue is a `continue` statement.
type Continue struct{ Range }

func (*FunctionDef) astNode()      {}
func (*AsyncFunctionDef) astNode() {}
func (*ClassDef) astNode()         {}
func (*Return) astNode()           {}
func (*Delete) astNode()           {}
func (*Assign) astNode()           {}
func (*TypeAlias) astNode()        {}
func (*AugAssign) astNode()        {}
func (*AnnAssign) astNode()        {}
func (*For) astNode()              {}
func (*AsyncFor) astNode()         {}
func (*While) astNode()            {}
func (*If) astNode()               {}
func (*With) astNode()             {}
func (*AsyncWith) astNode()        {}
func (*Match) astNode()            {}
func (*Raise) astNode()            {}
func (*Try) astNode()              {}
func (*TryStar) astNode()          {}
func (*Assert) astNode()           {}
func (*Import) astNode()           {}
func (*ImportFrom) astNode()       {}
func (*Global) astNode()           {}
func (*Nonlocal) astNode()         {}
func (*ExprStmt) astNode()         {}
func (*Pass) astNode()             {}
func (*Break) astNode()            {}
func (*Continue) astNode()         {}

func (*FunctionDef) stmtNode()      {}
func (*AsyncFunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()         {}
func (*Return) stmtNode()           {}
func (*Delete) stmtNode()           {}
func (*Assign) stmtNode()           {}
func (*TypeAlias) stmtNode()        {}
func (*AugAssign) stmtNode()        {}
func (*AnnAssign) stmtNode()        {}
func (*For) stmtNode()              {}
func (*AsyncFor) stmtNode()         {}
func (*While) stmtNode()            {}
func (*If) stmtNode()               {}
func (*With) stmtNode()             {}
func (*AsyncWith) stmtNode()        {}
func (*Match) stmtNode()            {}
func (*Raise) stmtNode()            {}
func (*Try) stmtNode()              {}
func (*TryStar) stmtNode()          {}
func (*Assert) stmtNode()           {}
func (*Import) stmtNode()           {}
func (*ImportFrom) stmtNode()       {}
func (*Global) stmtNode()           {}
func (*Nonlocal) stmtNode()         {}
func (*ExprStmt) stmtNode()         {}
func (*Pass) stmtNode()             {}
func (*Break) stmtNode()            {}
func (*Continue) stmtNode()         {}
