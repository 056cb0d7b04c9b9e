package symtable

import (
	"fmt"

	"github.com/taipanpy/taipan/ast"
)

func (t *Table) visitExprs(es []ast.Expr) {
	for _, e := range es {
		if t.err != nil {
			return
		}
		t.visitExpr(e)
	}
}

// visitOptionalExprs visits a list that may hold nils (dict keys of **
// entries, keyword-only parameters without defaults).
func (t *Table) visitOptionalExprs(es []ast.Expr) {
	for _, e := range es {
		if e != nil {
			t.visitExpr(e)
		}
	}
}

func (t *Table) visitExpr(e ast.Expr) {
	if !t.enter() {
		return
	}
	defer t.leave()
	switch e := e.(type) {
	case *ast.NamedExpr:
		if t.raiseIfAnnotationBlock("named expression", e.Range) {
			return
		}
		t.visitNamedExpr(e)
	case *ast.BoolOpExpr:
		t.visitExprs(e.Values)
	case *ast.BinOp:
		t.visitExpr(e.Left)
		t.visitExpr(e.Right)
	case *ast.UnaryOpExpr:
		t.visitExpr(e.Operand)
	case *ast.Lambda:
		t.visitExprs(e.Args.Defaults)
		t.visitOptionalExprs(e.Args.KwDefaults)
		t.enterBlock("lambda", FunctionBlock, Key{e, RoleBody}, e.Range)
		t.visitArguments(e.Args)
		t.visitExpr(e.Body)
		t.exitBlock()
	case *ast.IfExp:
		t.visitExpr(e.Test)
		t.visitExpr(e.Body)
		t.visitExpr(e.Orelse)
	case *ast.Dict:
		t.visitOptionalExprs(e.Keys)
		t.visitExprs(e.Values)
	case *ast.Set:
		t.visitExprs(e.Elts)
	case *ast.GeneratorExp:
		t.visitComprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *ast.ListComp:
		t.visitComprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		t.visitComprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		t.visitComprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *ast.Yield:
		if t.raiseIfAnnotationBlock("yield expression", e.Range) {
			return
		}
		if e.Value != nil {
			t.visitExpr(e.Value)
		}
		t.markGenerator(e.Range)
	case *ast.YieldFrom:
		if t.raiseIfAnnotationBlock("yield expression", e.Range) {
			return
		}
		t.visitExpr(e.Value)
		t.markGenerator(e.Range)
	case *ast.Await:
		if t.raiseIfAnnotationBlock("await expression", e.Range) {
			return
		}
		t.visitExpr(e.Value)
		t.cur.Coroutine = true
	case *ast.Compare:
		t.visitExpr(e.Left)
		t.visitExprs(e.Comparators)
	case *ast.Call:
		t.visitExpr(e.Func)
		t.visitExprs(e.Args)
		for _, k := range e.Keywords {
			t.visitExpr(k.Value)
		}
	case *ast.FormattedValue:
		t.visitExpr(e.Value)
		if e.FormatSpec != nil {
			t.visitExpr(e.FormatSpec)
		}
	case *ast.JoinedStr:
		t.visitExprs(e.Values)
	case *ast.Constant:
	case *ast.Attribute:
		t.visitExpr(e.Value)
	case *ast.Subscript:
		t.visitExpr(e.Value)
		t.visitExpr(e.Slice)
	case *ast.Starred:
		t.visitExpr(e.Value)
	case *ast.Slice:
		for _, part := range []ast.Expr{e.Lower, e.Upper, e.Step} {
			if part != nil {
				t.visitExpr(part)
			}
		}
	case *ast.Name:
		t.visitName(e)
	case *ast.List:
		t.visitExprs(e.Elts)
	case *ast.Tuple:
		t.visitExprs(e.Elts)
	}
}

func (t *Table) visitName(e *ast.Name) {
	_, load := e.Ctx.(ast.Load)
	flag := DefLocal
	if load {
		flag = Use
	}
	t.addDef(e.Id, flag, e.Range)
	// super() with no arguments reads the __class__ cell, so a use of the
	// name super counts as a use of __class__.
	if load && t.cur.IsFunctionLike() && e.Id == "super" {
		t.addDef("__class__", Use, e.Range)
	}
}

// markGenerator records a yield in the current scope; a yield inside a
// comprehension is an error.
func (t *Table) markGenerator(r ast.Range) {
	t.cur.Generator = true
	var msg string
	switch t.cur.Comprehension {
	case NoComprehension:
		return
	case ListComprehension:
		msg = "'yield' inside list comprehension"
	case SetComprehension:
		msg = "'yield' inside set comprehension"
	case DictComprehension:
		msg = "'yield' inside dict comprehension"
	default:
		msg = "'yield' inside generator expression"
	}
	t.errorAt(msg, r)
}

// raiseIfAnnotationBlock reports (and records) an error when the current scope
// is one where what (a yield, await or named expression) may not appear.
func (t *Table) raiseIfAnnotationBlock(what string, r ast.Range) bool {
	var msg string
	switch t.cur.Type {
	case AnnotationBlock:
		msg = what + " cannot be used within an annotation"
	case TypeVariableBlock:
		msg = what + " cannot be used within " + t.cur.ScopeInfo
	case TypeAliasBlock:
		msg = what + " cannot be used within a type alias"
	case TypeParametersBlock:
		msg = what + " cannot be used within the definition of a generic"
	default:
		return false
	}
	t.errorAt(msg, r)
	return true
}

// visitComprehension gives a comprehension its own function scope. The
// outermost iterable is evaluated in the enclosing scope and passed in as the
// implicit parameter .0.
func (t *Table) visitComprehension(e ast.Expr, name string, kind CompKind,
	gens []*ast.Comprehension, elt, value ast.Expr) {
	if len(gens) == 0 {
		return
	}
	r := *e.Span()
	outer := gens[0]
	t.cur.compIterExpr++
	t.visitExpr(outer.Iter)
	t.cur.compIterExpr--
	t.enterBlock(name, FunctionBlock, Key{e, RoleBody}, r)
	t.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		t.cur.Coroutine = true
	}
	t.addDef(".0", DefParam, r)
	t.cur.compIterTarget = true
	t.visitExpr(outer.Target)
	t.cur.compIterTarget = false
	t.visitExprs(outer.Ifs)
	for _, g := range gens[1:] {
		t.cur.compIterTarget = true
		t.visitExpr(g.Target)
		t.cur.compIterTarget = false
		t.cur.compIterExpr++
		t.visitExpr(g.Iter)
		t.cur.compIterExpr--
		t.visitExprs(g.Ifs)
		if g.IsAsync != 0 {
			t.cur.Coroutine = true
		}
	}
	if value != nil {
		t.visitExpr(value)
	}
	t.visitExpr(elt)
	isGenerator := kind == GeneratorExpression
	t.cur.Generator = isGenerator
	// An async comprehension that is not a generator makes the enclosing
	// scope a coroutine: it is awaited in place.
	isAsync := t.cur.Coroutine && !isGenerator
	t.exitBlock()
	if isAsync {
		t.cur.Coroutine = true
	}
}

// visitNamedExpr handles `target := value`. Inside a comprehension the target
// binds in the nearest enclosing function or module scope.
func (t *Table) visitNamedExpr(e *ast.NamedExpr) {
	if t.cur.compIterExpr > 0 {
		t.errorAt("assignment expression cannot be used in a comprehension iterable expression", e.Range)
		return
	}
	if t.cur.Comprehension != NoComprehension {
		if name, ok := e.Target.(*ast.Name); ok {
			t.extendNamedExprScope(name)
		}
	}
	t.visitExpr(e.Value)
	t.visitExpr(e.Target)
}

func (t *Table) extendNamedExprScope(target *ast.Name) {
	name := target.Id
	r := target.Range
	for i := len(t.stack) - 1; i >= 0; i-- {
		ste := t.stack[i]
		if ste.Comprehension != NoComprehension {
			if f := t.lookupIn(ste, name); f&DefCompIter != 0 && f&DefLocal != 0 {
				t.errorAt(fmt.Sprintf("assignment expression cannot rebind comprehension iteration variable '%s'", name), r)
				return
			}
			continue
		}
		switch ste.Type {
		case FunctionBlock:
			if t.lookupIn(ste, name)&DefGlobal != 0 {
				t.addDef(name, DefGlobal, r)
			} else {
				t.addDef(name, DefNonlocal, r)
			}
			t.recordDirective(name, r)
			t.addDefIn(ste, name, DefLocal, r)
			return
		case ModuleBlock:
			t.addDef(name, DefGlobal, r)
			t.recordDirective(name, r)
			t.addDefIn(ste, name, DefGlobal, r)
			return
		case ClassBlock:
			t.errorAt("assignment expression within a comprehension cannot be used in a class body", r)
			return
		case TypeParametersBlock:
			t.errorAt("assignment expression within a comprehension cannot be used within the definition of a generic", r)
			return
		case TypeAliasBlock:
			t.errorAt("assignment expression within a comprehension cannot be used in a type alias", r)
			return
		case TypeVariableBlock:
			t.errorAt("assignment expression within a comprehension cannot be used in a TypeVar bound", r)
			return
		}
	}
}
