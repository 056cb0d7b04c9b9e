package ast

// Module is the result of parsing a file (mode "exec").
type Module struct {
	Body        []Stmt
	TypeIgnores []*TypeIgnore
}

// Interactive is the result of parsing one interactive statement (mode "single").
type Interactive struct {
	Body []Stmt
}

// Expression is the result of parsing an expression (mode "eval").
type Expression struct {
	Body Expr
}

// FunctionType is the result of parsing a function type comment (mode "func_type").
type FunctionType struct {
	Argtypes []Expr
	Returns  Expr
}

// TypeIgnore records a `# type: ignore` comment; Python's type_ignore has this one
// constructor, so it has no separate interface here.
type TypeIgnore struct {
	Lineno int
	Tag    string
}

func (*Module) astNode()       {}
func (*Interactive) astNode()  {}
func (*Expression) astNode()   {}
func (*FunctionType) astNode() {}
func (*TypeIgnore) astNode()   {}

func (*Module) modNode()       {}
func (*Interactive) modNode()  {}
func (*Expression) modNode()   {}
func (*FunctionType) modNode() {}
