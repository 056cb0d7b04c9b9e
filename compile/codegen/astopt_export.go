package codegen

import "github.com/taipanpy/taipan/ast"

// Optimize runs the AST optimiser over mod in place, as compile() does for the
// PyCF_OPTIMIZED_AST flag: constants are folded, and displays of constants
// become tuple or frozenset constants that FoldedValue reads back.
func Optimize(mod ast.Mod, optimize int) { optimizeModule(mod, optimize) }

// FoldedValue returns the constant of an expression the optimiser folded into
// a tuple or frozenset (a Tuple or FrozenSet), which an ast.Constant cannot
// hold; ok is false for any other expression.
func FoldedValue(e ast.Expr) (c Const, ok bool) {
	if f, isFolded := e.(*folded); isFolded {
		return f.value, true
	}
	return nil, false
}

// NewFolded returns an expression standing for c, a Tuple or FrozenSet of
// constants, at the position of at: how a Constant node holding a tuple or a
// frozenset reaches the compiler.
func NewFolded(at *ast.Constant, c Const) ast.Expr {
	return &folded{Expr: at, value: c}
}
