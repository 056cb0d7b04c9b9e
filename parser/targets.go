package parser

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// exprName describes an expression in error messages as CPython's _PyPegen_get_expr_name.
func exprName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOpExpr, *ast.BinOp, *ast.UnaryOpExpr:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		switch v := e.Value.(type) {
		case ast.NoneType:
			return "None"
		case ast.Bool:
			if v {
				return "True"
			}
			return "False"
		case ast.EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	case *ast.Slice:
		return "slice"
	}
	return "expression"
}

// targetKind selects the message for an invalid target.
type targetKind uint8

const (
	starTargets targetKind = iota // assignment targets: "cannot assign to"
	forTargets                    // for-loop and comprehension targets
	delTargets                    // del targets: "cannot delete"
)

// invalidTarget returns the part of e that cannot be a target, or nil if e is a valid one
// (CPython's _PyPegen_get_invalid_target).
func invalidTarget(e ast.Expr, kind targetKind) ast.Expr {
	switch e := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil
	case *ast.List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, kind); bad != nil {
				return bad
			}
		}
		return nil
	case *ast.Starred:
		if kind == delTargets {
			return e
		}
		return invalidTarget(e.Value, kind)
	case *ast.Compare:
		if kind == forTargets {
			if _, ok := e.Ops[0].(ast.In); ok {
				return invalidTarget(e.Left, kind)
			}
			return nil
		}
		return e
	}
	return e
}

// reportInvalidTarget records "cannot assign to X" / "cannot delete X" for the offending part
// of e.
func (p *parser) reportInvalidTarget(e ast.Expr, kind targetKind) {
	bad := invalidTarget(e, kind)
	if bad == nil {
		bad = e
	}
	verb := "cannot assign to "
	if kind == delTargets {
		verb = "cannot delete "
	}
	p.errorOnNode(verb+exprName(bad), bad)
}

// setContext rewrites a parsed expression into a target with context ctx, reporting invalid
// targets. It returns false after recording an error.
func (p *parser) setContext(e ast.Expr, ctx ast.ExprContext, kind targetKind) bool {
	if !validTarget(e, kind) {
		p.reportInvalidTarget(e, kind)
		return false
	}
	applyContext(e, ctx)
	return true
}

// validTarget reports whether e may be assigned to (or deleted).
func validTarget(e ast.Expr, kind targetKind) bool {
	switch e := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return true
	case *ast.Starred:
		return kind != delTargets && validTarget(e.Value, kind)
	case *ast.List:
		for _, x := range e.Elts {
			if !validTarget(x, kind) {
				return false
			}
		}
		return true
	case *ast.Tuple:
		for _, x := range e.Elts {
			if !validTarget(x, kind) {
				return false
			}
		}
		return true
	}
	return false
}

func applyContext(e ast.Expr, ctx ast.ExprContext) {
	switch e := e.(type) {
	case *ast.Name:
		e.Ctx = ctx
	case *ast.Attribute:
		e.Ctx = ctx
	case *ast.Subscript:
		e.Ctx = ctx
	case *ast.Starred:
		e.Ctx = ctx
		applyContext(e.Value, ctx)
	case *ast.List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			applyContext(x, ctx)
		}
	case *ast.Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			applyContext(x, ctx)
		}
	}
}

// starTargets parses `star_target (',' star_target)* [',']` for for-loops, comprehensions
// and with items, returning a Store target.
func (p *parser) starTargets() ast.Expr {
	start := p.start()
	first := p.starTarget()
	if first == nil || !p.at(tokenizer.COMMA) {
		return first
	}
	elts := []ast.Expr{first}
	for p.accept(tokenizer.COMMA) {
		if !p.canStartTarget() {
			break
		}
		e := p.starTarget()
		if e == nil {
			return nil
		}
		elts = append(elts, e)
	}
	return &ast.Tuple{Range: p.span(start), Elts: elts, Ctx: ast.Store{}}
}

// canStartTarget reports whether the current token can begin a target.
func (p *parser) canStartTarget() bool {
	switch p.tok().Kind {
	case tokenizer.STAR, tokenizer.LPAR, tokenizer.LSQB:
		return true
	}
	return p.atName()
}

// starTarget parses one target: `*target`, a name, an attribute or subscript, or a
// parenthesised or bracketed group of targets.
func (p *parser) starTarget() ast.Expr {
	if p.at(tokenizer.STAR) {
		start := p.start()
		p.next()
		if p.at(tokenizer.STAR) {
			return nil
		}
		inner := p.starTarget()
		if inner == nil {
			return nil
		}
		return &ast.Starred{Range: p.span(start), Value: inner, Ctx: ast.Store{}}
	}
	e := p.primary()
	if e == nil {
		return nil
	}
	if !p.setContext(e, ast.Store{}, forTargets) {
		return nil
	}
	return e
}

// equalInsteadOfEqEq reports `=` where a named expression was expected (`if x = 1:`), with
// CPython's hints: for a name "Maybe you meant '==' or ':='", for other single expressions
// "cannot assign to X here. Maybe you meant '=='".
func (p *parser) equalInsteadOfEqEq(a ast.Expr) {
	save := p.pos
	p.next()
	saveNoInvalid := p.noInvalid
	p.noInvalid = true
	b := p.bitwiseOr()
	p.noInvalid = saveNoInvalid
	followedByAssign := p.at(tokenizer.EQUAL) || p.at(tokenizer.COLONEQUAL)
	p.pos = save
	if b == nil || followedByAssign || p.failed() {
		return
	}
	if _, ok := a.(*ast.Name); ok {
		ar, br := a.Span(), b.Span()
		p.errorLC("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", ar.Lineno, ar.ColOffset, br.EndLineno, br.EndColOffset)
		return
	}
	if hintable(a) {
		p.errorOnNode("cannot assign to "+exprName(a)+" here. Maybe you meant '==' instead of '='?", a)
	}
}

// hintable reports whether CPython's invalid_named_expression rule would match a as the left
// side of a mistaken '=': a bitwise_or-level expression that is not a list, tuple,
// generator expression, True, None or False.
func hintable(a ast.Expr) bool {
	switch a := a.(type) {
	case *ast.List, *ast.Tuple, *ast.GeneratorExp, *ast.Compare, *ast.BoolOpExpr, *ast.IfExp, *ast.Lambda:
		return false
	case *ast.UnaryOpExpr:
		_, isNot := a.Op.(ast.Not)
		return !isNot
	case *ast.Constant:
		switch a.Value.(type) {
		case ast.Bool, ast.NoneType:
			return false
		}
	}
	return true
}
