package ast

import (
	"reflect"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/codegen"
	"github.com/taipanpy/taipan/objects"
)

// validate checks a tree converted from AST objects for what the Go AST's types cannot
// express, with the messages of CPython's validator (Python/ast.c): no None where a node is
// needed, no empty bodies or lists that must have items, consistent list lengths, and the
// right expression context everywhere.
func validate(mod ast.Mod) error {
	v := &validator{}
	switch m := mod.(type) {
	case *ast.Module:
		return v.stmts(m.Body)
	case *ast.Interactive:
		return v.stmts(m.Body)
	case *ast.Expression:
		return v.expr(m.Body, load)
	case *ast.FunctionType:
		if err := v.exprs(m.Argtypes, load, false); err != nil {
			return err
		}
		return v.expr(m.Returns, load)
	}
	return nil
}

// The expression contexts, by their class names.
const (
	load  = "Load"
	store = "Store"
	del   = "Del"
)

type validator struct{}

func valueError(format string, a ...any) error {
	return objects.Errorf(objects.ValueErrorType, format, a...)
}

// nonEmpty checks that a list field has items: "empty targets on Delete".
func nonEmpty(n int, what, owner string) error {
	if n == 0 {
		return valueError("empty %s on %s", what, owner)
	}
	return nil
}

func (v *validator) body(b []ast.Stmt, owner string) error {
	if err := nonEmpty(len(b), "body", owner); err != nil {
		return err
	}
	return v.stmts(b)
}

func (v *validator) stmts(ss []ast.Stmt) error {
	for _, s := range ss {
		if s == nil {
			return valueError("None disallowed in statement list")
		}
		if err := v.stmt(s); err != nil {
			return err
		}
	}
	return nil
}

// exprs checks a list of expressions; nullOK allows None items (Dict keys, kw_defaults).
func (v *validator) exprs(es []ast.Expr, ctx string, nullOK bool) error {
	for _, e := range es {
		if e == nil {
			if nullOK {
				continue
			}
			return valueError("None disallowed in expression list")
		}
		if err := v.expr(e, ctx); err != nil {
			return err
		}
	}
	return nil
}

// optExpr checks an optional expression.
func (v *validator) optExpr(e ast.Expr) error {
	if e == nil {
		return nil
	}
	return v.expr(e, load)
}

func (v *validator) stmt(s ast.Stmt) error {
	if err := positions(s.Span()); err != nil {
		return err
	}
	switch s := s.(type) {
	case *ast.FunctionDef:
		return v.function(s.Body, "FunctionDef", s.Args, s.DecoratorList, s.Returns, s.TypeParams)
	case *ast.AsyncFunctionDef:
		return v.function(s.Body, "AsyncFunctionDef", s.Args, s.DecoratorList, s.Returns, s.TypeParams)
	case *ast.ClassDef:
		if err := v.body(s.Body, "ClassDef"); err != nil {
			return err
		}
		if err := v.typeParams(s.TypeParams); err != nil {
			return err
		}
		if err := v.exprs(s.Bases, load, false); err != nil {
			return err
		}
		if err := v.keywords(s.Keywords); err != nil {
			return err
		}
		return v.exprs(s.DecoratorList, load, false)
	case *ast.Return:
		return v.optExpr(s.Value)
	case *ast.Delete:
		if err := nonEmpty(len(s.Targets), "targets", "Delete"); err != nil {
			return err
		}
		return v.exprs(s.Targets, del, false)
	case *ast.Assign:
		if err := nonEmpty(len(s.Targets), "targets", "Assign"); err != nil {
			return err
		}
		if err := v.exprs(s.Targets, store, false); err != nil {
			return err
		}
		return v.expr(s.Value, load)
	case *ast.AugAssign:
		if err := v.expr(s.Target, store); err != nil {
			return err
		}
		return v.expr(s.Value, load)
	case *ast.AnnAssign:
		if _, isName := s.Target.(*ast.Name); s.Simple != 0 && !isName {
			return objects.Errorf(objects.TypeErrorType, "AnnAssign with simple non-Name target")
		}
		if err := v.expr(s.Target, store); err != nil {
			return err
		}
		if err := v.optExpr(s.Value); err != nil {
			return err
		}
		return v.expr(s.Annotation, load)
	case *ast.TypeAlias:
		if _, isName := s.Name.(*ast.Name); !isName {
			return objects.Errorf(objects.TypeErrorType, "TypeAlias with non-Name name")
		}
		if err := v.expr(s.Name, store); err != nil {
			return err
		}
		if err := v.typeParams(s.TypeParams); err != nil {
			return err
		}
		return v.expr(s.Value, load)
	case *ast.For:
		return v.forLoop(s.Target, s.Iter, s.Body, s.Orelse, "For")
	case *ast.AsyncFor:
		return v.forLoop(s.Target, s.Iter, s.Body, s.Orelse, "AsyncFor")
	case *ast.While:
		if err := v.expr(s.Test, load); err != nil {
			return err
		}
		if err := v.body(s.Body, "While"); err != nil {
			return err
		}
		return v.stmts(s.Orelse)
	case *ast.If:
		if err := v.expr(s.Test, load); err != nil {
			return err
		}
		if err := v.body(s.Body, "If"); err != nil {
			return err
		}
		return v.stmts(s.Orelse)
	case *ast.With:
		return v.with(s.Items, s.Body, "With")
	case *ast.AsyncWith:
		return v.with(s.Items, s.Body, "AsyncWith")
	case *ast.Match:
		if err := v.expr(s.Subject, load); err != nil {
			return err
		}
		if err := nonEmpty(len(s.Cases), "cases", "Match"); err != nil {
			return err
		}
		for _, c := range s.Cases {
			if err := v.pattern(c.Pattern, false); err != nil {
				return err
			}
			if err := v.optExpr(c.Guard); err != nil {
				return err
			}
			if err := v.body(c.Body, "match_case"); err != nil {
				return err
			}
		}
	case *ast.Raise:
		if s.Exc == nil && s.Cause != nil {
			return valueError("Raise with cause but no exception")
		}
		if err := v.optExpr(s.Exc); err != nil {
			return err
		}
		return v.optExpr(s.Cause)
	case *ast.Try:
		return v.try(s.Body, s.Handlers, s.Orelse, s.Finalbody, "Try")
	case *ast.TryStar:
		return v.try(s.Body, s.Handlers, s.Orelse, s.Finalbody, "TryStar")
	case *ast.Assert:
		if err := v.expr(s.Test, load); err != nil {
			return err
		}
		return v.optExpr(s.Msg)
	case *ast.Import:
		return nonEmpty(len(s.Names), "names", "Import")
	case *ast.ImportFrom:
		if s.Level < 0 {
			return valueError("Negative ImportFrom level")
		}
		return nonEmpty(len(s.Names), "names", "ImportFrom")
	case *ast.Global:
		return nonEmpty(len(s.Names), "names", "Global")
	case *ast.Nonlocal:
		return nonEmpty(len(s.Names), "names", "Nonlocal")
	case *ast.ExprStmt:
		return v.expr(s.Value, load)
	}
	return nil
}

func (v *validator) function(body []ast.Stmt, owner string, args *ast.Arguments, decorators []ast.Expr, returns ast.Expr, params []ast.TypeParam) error {
	if err := v.body(body, owner); err != nil {
		return err
	}
	if err := v.typeParams(params); err != nil {
		return err
	}
	if err := v.arguments(args); err != nil {
		return err
	}
	if err := v.exprs(decorators, load, false); err != nil {
		return err
	}
	return v.optExpr(returns)
}

func (v *validator) forLoop(target, iter ast.Expr, body, orelse []ast.Stmt, owner string) error {
	if err := v.expr(target, store); err != nil {
		return err
	}
	if err := v.expr(iter, load); err != nil {
		return err
	}
	if err := v.body(body, owner); err != nil {
		return err
	}
	return v.stmts(orelse)
}

func (v *validator) with(items []*ast.WithItem, body []ast.Stmt, owner string) error {
	if err := nonEmpty(len(items), "items", owner); err != nil {
		return err
	}
	for _, it := range items {
		if err := v.expr(it.ContextExpr, load); err != nil {
			return err
		}
		if it.OptionalVars != nil {
			if err := v.expr(it.OptionalVars, store); err != nil {
				return err
			}
		}
	}
	return v.body(body, owner)
}

func (v *validator) try(body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse, finalbody []ast.Stmt, owner string) error {
	if err := v.body(body, owner); err != nil {
		return err
	}
	if len(handlers) == 0 && len(finalbody) == 0 {
		return valueError("%s has neither except handlers nor finalbody", owner)
	}
	if len(handlers) == 0 && len(orelse) != 0 {
		return valueError("%s has orelse but no except handlers", owner)
	}
	for _, h := range handlers {
		eh, ok := h.(*ast.ExceptHandler)
		if !ok || eh == nil {
			return valueError("None disallowed in excepthandler list")
		}
		if err := positions(&eh.Range); err != nil {
			return err
		}
		if err := v.optExpr(eh.Type); err != nil {
			return err
		}
		if err := v.body(eh.Body, "ExceptHandler"); err != nil {
			return err
		}
	}
	if err := v.stmts(finalbody); err != nil {
		return err
	}
	return v.stmts(orelse)
}

func (v *validator) typeParams(params []ast.TypeParam) error {
	for _, p := range params {
		if p == nil || reflect.ValueOf(p).IsNil() {
			return valueError("None disallowed in type_param list")
		}
		if err := positions(p.Span()); err != nil {
			return err
		}
		var bound, def ast.Expr
		switch p := p.(type) {
		case *ast.TypeVar:
			bound, def = p.Bound, p.DefaultValue
		case *ast.ParamSpec:
			def = p.DefaultValue
		case *ast.TypeVarTuple:
			def = p.DefaultValue
		}
		if err := v.optExpr(bound); err != nil {
			return err
		}
		if err := v.optExpr(def); err != nil {
			return err
		}
	}
	return nil
}

func (v *validator) arguments(a *ast.Arguments) error {
	for _, list := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs, {a.Vararg, a.Kwarg}} {
		for _, arg := range list {
			if arg != nil {
				if err := positions(&arg.Range); err != nil {
					return err
				}
				if err := v.optExpr(arg.Annotation); err != nil {
					return err
				}
			}
		}
	}
	if len(a.Defaults) > len(a.Posonlyargs)+len(a.Args) {
		return valueError("more positional defaults than args on arguments")
	}
	if len(a.KwDefaults) != len(a.Kwonlyargs) {
		return valueError("length of kwonlyargs is not the same as kw_defaults on arguments")
	}
	if err := v.exprs(a.Defaults, load, false); err != nil {
		return err
	}
	return v.exprs(a.KwDefaults, load, true)
}

func (v *validator) keywords(ks []*ast.Keyword) error {
	for _, k := range ks {
		if err := v.expr(k.Value, load); err != nil {
			return err
		}
	}
	return nil
}

func (v *validator) comprehensions(gens []*ast.Comprehension) error {
	if len(gens) == 0 {
		return valueError("comprehension with no generators")
	}
	for _, g := range gens {
		if err := v.expr(g.Target, store); err != nil {
			return err
		}
		if err := v.expr(g.Iter, load); err != nil {
			return err
		}
		if err := v.exprs(g.Ifs, load, false); err != nil {
			return err
		}
	}
	return nil
}

// contextName is the class name of an expression context.
func contextName(c ast.ExprContext) string { return reflect.TypeOf(c).Name() }

// expr checks an expression used in context ctx: expressions with a ctx field must have
// that one, and the others can only be read.
func (v *validator) expr(e ast.Expr, ctx string) error {
	if err := positions(e.Span()); err != nil {
		return err
	}
	var actual ast.ExprContext
	switch x := e.(type) {
	case *ast.Attribute:
		actual = x.Ctx
	case *ast.Subscript:
		actual = x.Ctx
	case *ast.Starred:
		actual = x.Ctx
	case *ast.Name:
		actual = x.Ctx
		if err := name(x.Id); err != nil {
			return err
		}
	case *ast.List:
		actual = x.Ctx
	case *ast.Tuple:
		actual = x.Ctx
	default:
		if ctx != load {
			return valueError("expression which can't be assigned to in %s context", ctx)
		}
	}
	if actual != nil && contextName(actual) != ctx {
		return valueError("expression must have %s context but has %s instead", ctx, contextName(actual))
	}
	switch x := e.(type) {
	case *ast.BoolOpExpr:
		if len(x.Values) < 2 {
			return valueError("BoolOp with less than 2 values")
		}
		return v.exprs(x.Values, load, false)
	case *ast.BinOp:
		if err := v.expr(x.Left, load); err != nil {
			return err
		}
		return v.expr(x.Right, load)
	case *ast.UnaryOpExpr:
		return v.expr(x.Operand, load)
	case *ast.Lambda:
		if err := v.arguments(x.Args); err != nil {
			return err
		}
		return v.expr(x.Body, load)
	case *ast.IfExp:
		return v.exprs([]ast.Expr{x.Test, x.Body, x.Orelse}, load, false)
	case *ast.Dict:
		if len(x.Keys) != len(x.Values) {
			return valueError("Dict doesn't have the same number of keys as values")
		}
		if err := v.exprs(x.Keys, load, true); err != nil {
			return err
		}
		return v.exprs(x.Values, load, false)
	case *ast.Set:
		return v.exprs(x.Elts, load, false)
	case *ast.ListComp:
		return v.comprehension(x.Generators, x.Elt)
	case *ast.SetComp:
		return v.comprehension(x.Generators, x.Elt)
	case *ast.GeneratorExp:
		return v.comprehension(x.Generators, x.Elt)
	case *ast.DictComp:
		if err := v.comprehensions(x.Generators); err != nil {
			return err
		}
		if err := v.expr(x.Key, load); err != nil {
			return err
		}
		return v.expr(x.Value, load)
	case *ast.Yield:
		return v.optExpr(x.Value)
	case *ast.YieldFrom:
		return v.expr(x.Value, load)
	case *ast.Await:
		return v.expr(x.Value, load)
	case *ast.Compare:
		if len(x.Comparators) == 0 {
			return valueError("Compare with no comparators")
		}
		if len(x.Comparators) != len(x.Ops) {
			return valueError("Compare has a different number of comparators and operands")
		}
		if err := v.exprs(x.Comparators, load, false); err != nil {
			return err
		}
		return v.expr(x.Left, load)
	case *ast.Call:
		if err := v.expr(x.Func, load); err != nil {
			return err
		}
		if err := v.exprs(x.Args, load, false); err != nil {
			return err
		}
		return v.keywords(x.Keywords)
	case *ast.FormattedValue:
		if err := v.expr(x.Value, load); err != nil {
			return err
		}
		return v.optExpr(x.FormatSpec)
	case *ast.JoinedStr:
		return v.exprs(x.Values, load, false)
	case *ast.Attribute:
		return v.expr(x.Value, load)
	case *ast.Subscript:
		if err := v.expr(x.Slice, load); err != nil {
			return err
		}
		return v.expr(x.Value, load)
	case *ast.Starred:
		return v.expr(x.Value, ctx)
	case *ast.Slice:
		for _, p := range []ast.Expr{x.Lower, x.Upper, x.Step} {
			if err := v.optExpr(p); err != nil {
				return err
			}
		}
	case *ast.List:
		return v.exprs(x.Elts, ctx, false)
	case *ast.Tuple:
		return v.exprs(x.Elts, ctx, false)
	case *ast.NamedExpr:
		if _, isName := x.Target.(*ast.Name); !isName {
			return objects.Errorf(objects.TypeErrorType, "NamedExpr target must be a Name")
		}
		return v.expr(x.Value, load)
	}
	return nil
}

func (v *validator) comprehension(gens []*ast.Comprehension, elt ast.Expr) error {
	if err := v.comprehensions(gens); err != nil {
		return err
	}
	return v.expr(elt, load)
}

// pattern checks a match pattern; star reports whether a MatchStar may appear (directly in
// a sequence pattern).
func (v *validator) pattern(p ast.Pattern, star bool) error {
	if p == nil || reflect.ValueOf(p).IsNil() {
		return valueError("None disallowed in pattern list")
	}
	if err := positions(p.Span()); err != nil {
		return err
	}
	patterns := func(ps []ast.Pattern, star bool) error {
		for _, q := range ps {
			if err := v.pattern(q, star); err != nil {
				return err
			}
		}
		return nil
	}
	switch x := p.(type) {
	case *ast.MatchValue:
		return v.matchValue(x.Value)
	case *ast.MatchSingleton:
		switch x.Value.(type) {
		case ast.NoneType, ast.Bool:
			return nil
		}
		return valueError("MatchSingleton can only contain True, False and None")
	case *ast.MatchSequence:
		return patterns(x.Patterns, true)
	case *ast.MatchMapping:
		if len(x.Keys) != len(x.Patterns) {
			return valueError("MatchMapping doesn't have the same number of keys as patterns")
		}
		if x.Rest != "" {
			if err := capture(x.Rest); err != nil {
				return err
			}
		}
		for _, k := range x.Keys {
			if k == nil {
				return valueError("None disallowed in expression list")
			}
			if c, ok := k.(*ast.Constant); ok {
				switch c.Value.(type) {
				case ast.NoneType, ast.Bool:
					continue // None, True and False are valid keys
				}
			}
			if err := v.matchValue(k); err != nil {
				return err
			}
		}
		return patterns(x.Patterns, false)
	case *ast.MatchClass:
		for cls := x.Cls; ; {
			if a, ok := cls.(*ast.Attribute); ok {
				cls = a.Value
				continue
			}
			if _, ok := cls.(*ast.Name); !ok {
				return valueError("MatchClass cls field can only contain Name or Attribute nodes.")
			}
			break
		}
		if err := v.expr(x.Cls, load); err != nil {
			return err
		}
		for _, a := range x.KwdAttrs {
			if err := name(a); err != nil {
				return err
			}
		}
		if len(x.KwdAttrs) != len(x.KwdPatterns) {
			return valueError("MatchClass doesn't have the same number of keyword attributes as patterns")
		}
		if err := patterns(x.Patterns, false); err != nil {
			return err
		}
		return patterns(x.KwdPatterns, false)
	case *ast.MatchStar:
		if !star {
			return valueError("can't use MatchStar here")
		}
		if x.Name != "" {
			return capture(x.Name)
		}
	case *ast.MatchAs:
		if x.Name != "" {
			if err := capture(x.Name); err != nil {
				return err
			}
		}
		if x.Pattern != nil {
			if x.Name == "" {
				return valueError("MatchAs must specify a target name if a pattern is given")
			}
			return v.pattern(x.Pattern, false)
		}
	case *ast.MatchOr:
		if len(x.Patterns) < 2 {
			return valueError("MatchOr requires at least 2 patterns")
		}
		return patterns(x.Patterns, false)
	}
	return nil
}

// name checks an identifier that may not spell a constant.
func name(id string) error {
	if id == "None" || id == "True" || id == "False" {
		return valueError("identifier field can't represent '%s' constant", id)
	}
	return nil
}

// capture checks a name a pattern binds.
func capture(id string) error {
	if id == "_" {
		return valueError("can't capture name '_' in patterns")
	}
	return name(id)
}

// matchValue checks the value of a MatchValue pattern (or a mapping pattern's key): a
// number, string or bytes constant, a negative or complex number literal, an attribute
// lookup, or an f-string (which the compiler rejects later).
func (v *validator) matchValue(e ast.Expr) error {
	switch x := e.(type) {
	case *ast.Constant:
		if err := v.expr(x, load); err != nil {
			return err
		}
		switch x.Value.(type) {
		case ast.Int, *ast.BigInt, ast.Float, ast.Complex, ast.Str, ast.Bytes:
			return nil
		}
		return valueError("unexpected constant inside of a literal pattern")
	case *ast.Attribute, *ast.JoinedStr:
		return nil
	case *ast.UnaryOpExpr:
		if negativeLiteral(x, true) {
			return nil
		}
	case *ast.BinOp:
		if complexLiteral(x) {
			return nil
		}
	default:
		if _, isTuple := codegen.FoldedValue(e); isTuple {
			return valueError("unexpected constant inside of a literal pattern")
		}
	}
	return valueError("patterns may only match literals and attribute lookups")
}

// negativeLiteral reports whether e is -NUMBER (a real number, or also an imaginary one
// when imaginary is set).
func negativeLiteral(e ast.Expr, imaginary bool) bool {
	u, ok := e.(*ast.UnaryOpExpr)
	if !ok {
		return false
	}
	if _, neg := u.Op.(ast.USub); !neg {
		return false
	}
	c, ok := u.Operand.(*ast.Constant)
	if !ok {
		return false
	}
	switch c.Value.(type) {
	case ast.Int, *ast.BigInt, ast.Float:
		return true
	case ast.Complex:
		return imaginary
	}
	return false
}

// complexLiteral reports whether e is REAL + IMAG or REAL - IMAG, REAL possibly negated.
func complexLiteral(b *ast.BinOp) bool {
	switch b.Op.(type) {
	case ast.Add, ast.Sub:
	default:
		return false
	}
	switch l := b.Left.(type) {
	case *ast.Constant:
		switch l.Value.(type) {
		case ast.Int, *ast.BigInt, ast.Float:
		default:
			return false
		}
	default:
		if !negativeLiteral(l, false) {
			return false
		}
	}
	r, ok := b.Right.(*ast.Constant)
	if !ok {
		return false
	}
	_, imag := r.Value.(ast.Complex)
	return imag
}

// positions checks a node's source range as CPython's VALIDATE_POSITIONS does: lines in
// order, and columns in order on a single line; a negative line or column (no position)
// must be negative at both ends.
func positions(r *ast.Range) error {
	if r.Lineno > r.EndLineno {
		return valueError("AST node line range (%d, %d) is not valid", r.Lineno, r.EndLineno)
	}
	if (r.Lineno < 0 && r.EndLineno != r.Lineno) || (r.ColOffset < 0 && r.ColOffset != r.EndColOffset) {
		return valueError("AST node column range (%d, %d) for line range (%d, %d) is not valid", r.ColOffset, r.EndColOffset, r.Lineno, r.EndLineno)
	}
	if r.Lineno == r.EndLineno && r.ColOffset > r.EndColOffset {
		return valueError("line %d, column %d-%d is not a valid range", r.Lineno, r.ColOffset, r.EndColOffset)
	}
	return nil
}
