package ast

// BoolOpExpr is `a and b` / `a or b` (Python's class BoolOp; the name BoolOp is the
// operator interface).
type BoolOpExpr struct {
	Range
	Op     BoolOp
	Values []Expr
}

// NamedExpr is an assignment expression `target := value`.
type NamedExpr struct {
	Range
	Target Expr
	Value  Expr
}

// BinOp is a binary operation.
type BinOp struct {
	Range
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOpExpr is a unary operation (Python's class UnaryOp).
type UnaryOpExpr struct {
	Range
	Op      UnaryOp
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Range
	Args *Arguments
	Body Expr
}

// IfExp is `body if test else orelse`.
type IfExp struct {
	Range
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display; a nil key marks a `**mapping` entry.
type Dict struct {
	Range
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Range
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	Range
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await value`.
type Await struct {
	Range
	Value Expr
}

// Yield is `yield` or `yield value`.
type Yield struct {
	Range
	Value Expr
}

// YieldFrom is `yield from value`.
type YieldFrom struct {
	Range
	Value Expr
}

// Compare is a chain of comparisons.
type Compare struct {
	Range
	Left        Expr
	Ops         []CmpOp
	Comparators []Expr
}

// Call is a call expression.
type Call struct {
	Range
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one replacement field of an f-string; Conversion is -1 (none) or the
// code point of 's', 'r' or 'a'.
type FormattedValue struct {
	Range
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string.
type JoinedStr struct {
	Range
	Values []Expr
}

// Constant is a literal; see Value for the Go types it may hold. Kind is "u" for a string
// written with a u prefix and "" (Python's None) otherwise.
type Constant struct {
	Range
	Value Value
	Kind  string
}

// Attribute is `value.attr`.
type Attribute struct {
	Range
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is `value[slice]`.
type Subscript struct {
	Range
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is `*value`.
type Starred struct {
	Range
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier used as an expression.
type Name struct {
	Range
	Id  string
	Ctx ExprContext
}

// List is a list display or a list target.
type List struct {
	Range
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or a tuple target.
type Tuple struct {
	Range
	Elts []Expr
	Ctx  ExprContext
}

// Slice is `lower:upper:step` inside a subscript.
type Slice struct {
	Range
	Lower Expr
	Upper Expr
	Step  Expr
}

func (*BoolOpExpr) astNode()     {}
func (*NamedExpr) astNode()      {}
func (*BinOp) astNode()          {}
func (*UnaryOpExpr) astNode()    {}
func (*Lambda) astNode()         {}
func (*IfExp) astNode()          {}
func (*Dict) astNode()           {}
func (*Set) astNode()            {}
func (*ListComp) astNode()       {}
func (*SetComp) astNode()        {}
func (*DictComp) astNode()       {}
func (*GeneratorExp) astNode()   {}
func (*Await) astNode()          {}
func (*Yield) astNode()          {}
func (*YieldFrom) astNode()      {}
func (*Compare) astNode()        {}
func (*Call) astNode()           {}
func (*FormattedValue) astNode() {}
func (*JoinedStr) astNode()      {}
func (*Constant) astNode()       {}
func (*Attribute) astNode()      {}
func (*Subscript) astNode()      {}
func (*Starred) astNode()        {}
func (*Name) astNode()           {}
func (*List) astNode()           {}
func (*Tuple) astNode()          {}
func (*Slice) astNode()          {}

func (*BoolOpExpr) exprNode()     {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOpExpr) exprNode()    {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
