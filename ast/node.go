package ast

// Node is any AST node: a mod, stmt, expr, pattern, type_param, an operator or context
// singleton, or one of the product types.
type Node interface {
	astNode()
}

// Range is the source span of a node: lineno, col_offset, end_lineno and end_col_offset in
// CPython's terms. Lines are 1-based; columns are 0-based byte offsets into the UTF-8 line.
type Range struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Span returns the node's range; it lets interfaces reach the embedded Range of any node.
func (r *Range) Span() *Range { return r }

// Positioned is a node that carries a source range.
type Positioned interface {
	Node
	Span() *Range
}

// Mod is the root of a parse: Module, Interactive, Expression or FunctionType.
type Mod interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Positioned
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Positioned
	exprNode()
}

// ExprContext says how an expression is used: Load, Store or Del.
type ExprContext interface {
	Node
	exprContext()
}

// BoolOp is And or Or.
type BoolOp interface {
	Node
	boolOp()
}

// Operator is a binary operator (Add, Sub, ...).
type Operator interface {
	Node
	operator()
}

// UnaryOp is Invert, Not, UAdd or USub.
type UnaryOp interface {
	Node
	unaryOp()
}

// CmpOp is a comparison operator (Eq, NotEq, Lt, ...).
type CmpOp interface {
	Node
	cmpOp()
}

// Pattern is a pattern of a match statement's case.
type Pattern interface {
	Positioned
	patternNode()
}

// TypeParam is a PEP 695 type parameter: TypeVar, ParamSpec or TypeVarTuple.
type TypeParam interface {
	Positioned
	typeParamNode()
}

// ExceptHandlerNode is the excepthandler sum type; its only constructor is ExceptHandler.
type ExceptHandlerNode interface {
	Positioned
	exceptHandlerNode()
}
