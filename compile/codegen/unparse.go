package codegen

import (
	"strings"

	"github.com/taipanpy/taipan/ast"
)

// Unparsing turns an annotation back into source text, as CPython's
// Python/ast_unparse.c does for `from __future__ import annotations`: the
// text is canonical (single spaces around binary operators, parentheses only
// where precedence needs them), not the annotation as written.

// The precedence levels of ast_unparse.c, loosest first.
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prBor // also prExpr
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

// unparser writes the text of an expression; ok turns false on a node it
// cannot show.
type unparser struct {
	b  strings.Builder
	ok bool
}

// unparse returns the source text of e, or false for expressions it does
// not handle.
func unparse(e ast.Expr) (string, bool) {
	u := &unparser{ok: true}
	u.expr(e, prTest)
	return u.b.String(), u.ok
}

func (u *unparser) str(s string) { u.b.WriteString(s) }

// paren opens (or, with open false, closes) parentheses when an expression
// of precedence pr appears where level is required.
func (u *unparser) paren(level, pr int, open bool) {
	if level > pr {
		if open {
			u.str("(")
		} else {
			u.str(")")
		}
	}
}

func binopText(op ast.Operator) (string, int) {
	switch op.(type) {
	case ast.Add:
		return " + ", prArith
	case ast.Sub:
		return " - ", prArith
	case ast.Mult:
		return " * ", prTerm
	case ast.MatMult:
		return " @ ", prTerm
	case ast.Div:
		return " / ", prTerm
	case ast.ModOp:
		return " % ", prTerm
	case ast.FloorDiv:
		return " // ", prTerm
	case ast.LShift:
		return " << ", prShift
	case ast.RShift:
		return " >> ", prShift
	case ast.BitOr:
		return " | ", prBor
	case ast.BitXor:
		return " ^ ", prBxor
	case ast.BitAnd:
		return " & ", prBand
	case ast.Pow:
		return " ** ", prPower
	}
	return " ? ", prAtom
}

func cmpText(op ast.CmpOp) string {
	switch op.(type) {
	case ast.Eq:
		return " == "
	case ast.NotEq:
		return " != "
	case ast.Lt:
		return " < "
	case ast.LtE:
		return " <= "
	case ast.Gt:
		return " > "
	case ast.GtE:
		return " >= "
	case ast.Is:
		return " is "
	case ast.IsNot:
		return " is not "
	case ast.In:
		return " in "
	case ast.NotIn:
		return " not in "
	}
	return " ? "
}

func (u *unparser) exprs(es []ast.Expr, level int) {
	for i, e := range es {
		if i > 0 {
			u.str(", ")
		}
		u.expr(e, level)
	}
}

func (u *unparser) expr(e ast.Expr, level int) {
	switch e := e.(type) {
	case *ast.Constant:
		if _, ok := e.Value.(ast.EllipsisType); ok {
			u.str("...")
			return
		}
		u.str(ast.Repr(e.Value))
	case *folded:
		u.expr(e.Expr, level)
	case *ast.Name:
		u.str(e.Id)
	case *ast.Attribute:
		u.expr(e.Value, prAtom)
		// `1 .real`: a dot right after an int would read as a float.
		if k, ok := e.Value.(*ast.Constant); ok {
			switch k.Value.(type) {
			case ast.Int, *ast.BigInt:
				u.str(" ")
			}
		}
		u.str(".")
		u.str(e.Attr)
	case *ast.Subscript:
		u.expr(e.Value, prAtom)
		u.str("[")
		u.expr(e.Slice, prTuple)
		u.str("]")
	case *ast.Slice:
		if e.Lower != nil {
			u.expr(e.Lower, prTest)
		}
		u.str(":")
		if e.Upper != nil {
			u.expr(e.Upper, prTest)
		}
		if e.Step != nil {
			u.str(":")
			u.expr(e.Step, prTest)
		}
	case *ast.Tuple:
		if len(e.Elts) == 0 {
			u.str("()")
			return
		}
		u.paren(level, prTuple, true)
		u.exprs(e.Elts, prTest)
		if len(e.Elts) == 1 {
			u.str(",")
		}
		u.paren(level, prTuple, false)
	case *ast.List:
		u.str("[")
		u.exprs(e.Elts, prTest)
		u.str("]")
	case *ast.Set:
		if len(e.Elts) == 0 {
			u.str("{*()}")
			return
		}
		u.str("{")
		u.exprs(e.Elts, prTest)
		u.str("}")
	case *ast.Dict:
		u.str("{")
		for i, k := range e.Keys {
			if i > 0 {
				u.str(", ")
			}
			if k == nil {
				u.str("**")
				u.expr(e.Values[i], prBor)
				continue
			}
			u.expr(k, prTest)
			u.str(": ")
			u.expr(e.Values[i], prTest)
		}
		u.str("}")
	case *ast.BinOp:
		op, pr := binopText(e.Op)
		rassoc := 0
		if _, ok := e.Op.(ast.Pow); ok {
			rassoc = 1
		}
		u.paren(level, pr, true)
		u.expr(e.Left, pr+rassoc)
		u.str(op)
		u.expr(e.Right, pr+1-rassoc)
		u.paren(level, pr, false)
	case *ast.UnaryOpExpr:
		op, pr := "", prFactor
		switch e.Op.(type) {
		case ast.Not:
			op, pr = "not ", prNot
		case ast.Invert:
			op = "~"
		case ast.UAdd:
			op = "+"
		case ast.USub:
			op = "-"
		}
		u.paren(level, pr, true)
		u.str(op)
		u.expr(e.Operand, pr)
		u.paren(level, pr, false)
	case *ast.BoolOpExpr:
		op, pr := " and ", prAnd
		if _, ok := e.Op.(ast.Or); ok {
			op, pr = " or ", prOr
		}
		u.paren(level, pr, true)
		for i, v := range e.Values {
			if i > 0 {
				u.str(op)
			}
			u.expr(v, pr+1)
		}
		u.paren(level, pr, false)
	case *ast.Compare:
		u.paren(level, prCmp, true)
		u.expr(e.Left, prCmp+1)
		for i, op := range e.Ops {
			u.str(cmpText(op))
			u.expr(e.Comparators[i], prCmp+1)
		}
		u.paren(level, prCmp, false)
	case *ast.IfExp:
		u.paren(level, prTest, true)
		u.expr(e.Body, prTest+1)
		u.str(" if ")
		u.expr(e.Test, prTest+1)
		u.str(" else ")
		u.expr(e.Orelse, prTest)
		u.paren(level, prTest, false)
	case *ast.Starred:
		u.str("*")
		u.expr(e.Value, prBor)
	case *ast.Call:
		u.expr(e.Func, prAtom)
		u.str("(")
		u.exprs(e.Args, prTest)
		for i, k := range e.Keywords {
			if i > 0 || len(e.Args) > 0 {
				u.str(", ")
			}
			if k.Arg == "" {
				u.str("**")
			} else {
				u.str(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.str(")")
	default:
		u.ok = false
	}
}
