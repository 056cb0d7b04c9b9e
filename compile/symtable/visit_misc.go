package symtable

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/future"
)

// visitArguments binds a function's parameters in its own scope, in
// co_varnames order: positional-only, positional, keyword-only, *args, **kwargs.
// Defaults and annotations were visited in the enclosing scope.
func (t *Table) visitArguments(a *ast.Arguments) {
	for _, group := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range group {
			t.addDef(arg.Arg, DefParam, arg.Range)
		}
	}
	if a.Vararg != nil {
		t.addDef(a.Vararg.Arg, DefParam, a.Vararg.Range)
		t.cur.Varargs = true
	}
	if a.Kwarg != nil {
		t.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Range)
		t.cur.Varkeywords = true
	}
}

// futureAnnotations reports whether annotations are kept as strings.
func (t *Table) futureAnnotations() bool {
	return t.Future&future.Annotations != 0
}

// visitAnnotation visits one annotation: in the current scope, or in an
// annotation block of its own under `from __future__ import annotations`.
func (t *Table) visitAnnotation(ann ast.Expr) {
	if t.futureAnnotations() {
		t.enterBlock("_annotation", AnnotationBlock, Key{ann, RoleAnnotations}, *ann.Span())
		t.visitExpr(ann)
		t.exitBlock()
		return
	}
	t.visitExpr(ann)
}

// visitAnnotations visits a function's parameter and return annotations.
func (t *Table) visitAnnotations(fn ast.Stmt, a *ast.Arguments, returns ast.Expr) {
	future := t.futureAnnotations()
	if future {
		t.enterBlock("_annotation", AnnotationBlock, Key{fn, RoleAnnotations}, *fn.Span())
	}
	argAnnotations := func(args []*ast.Arg) {
		for _, arg := range args {
			if arg.Annotation != nil {
				t.visitExpr(arg.Annotation)
			}
		}
	}
	argAnnotations(a.Posonlyargs)
	argAnnotations(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		t.visitExpr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		t.visitExpr(a.Kwarg.Annotation)
	}
	argAnnotations(a.Kwonlyargs)
	if future {
		t.exitBlock()
	}
	if returns != nil {
		t.visitAnnotation(returns)
	}
}

func (t *Table) visitTypeParams(tps []ast.TypeParam) {
	for _, tp := range tps {
		if t.err != nil {
			return
		}
		t.visitTypeParam(tp)
	}
}

func (t *Table) visitTypeParam(tp ast.TypeParam) {
	if !t.enter() {
		return
	}
	defer t.leave()
	switch tp := tp.(type) {
	case *ast.TypeVar:
		t.addDef(tp.Name, DefTypeParam|DefLocal, tp.Range)
		info := "a TypeVar bound"
		if _, ok := tp.Bound.(*ast.Tuple); ok {
			info = "a TypeVar constraint"
		}
		t.visitBoundOrDefault(tp.Bound, tp.Name, Key{tp, RoleBody}, info)
		t.visitBoundOrDefault(tp.DefaultValue, tp.Name, Key{tp, RoleDefault}, "a TypeVar default")
	case *ast.TypeVarTuple:
		t.addDef(tp.Name, DefTypeParam|DefLocal, tp.Range)
		t.visitBoundOrDefault(tp.DefaultValue, tp.Name, Key{tp, RoleDefault}, "a TypeVarTuple default")
	case *ast.ParamSpec:
		t.addDef(tp.Name, DefTypeParam|DefLocal, tp.Range)
		t.visitBoundOrDefault(tp.DefaultValue, tp.Name, Key{tp, RoleDefault}, "a ParamSpec default")
	}
}

// visitBoundOrDefault gives a type parameter's bound, constraints or default
// its own lazily evaluated scope.
func (t *Table) visitBoundOrDefault(e ast.Expr, name string, key Key, info string) {
	if e == nil || t.err != nil {
		return
	}
	inClass := t.cur.CanSeeClassScope
	r := *e.Span()
	t.enterBlock(name, TypeVariableBlock, key, r)
	t.cur.CanSeeClassScope = inClass
	if inClass {
		t.addDef("__classdict__", Use, r)
	}
	t.cur.ScopeInfo = info
	t.visitExpr(e)
	t.exitBlock()
}

func (t *Table) visitPatterns(ps []ast.Pattern) {
	for _, p := range ps {
		if t.err != nil {
			return
		}
		t.visitPattern(p)
	}
}

func (t *Table) visitPattern(p ast.Pattern) {
	if !t.enter() {
		return
	}
	defer t.leave()
	switch p := p.(type) {
	case *ast.MatchValue:
		t.visitExpr(p.Value)
	case *ast.MatchSingleton:
	case *ast.MatchSequence:
		t.visitPatterns(p.Patterns)
	case *ast.MatchStar:
		if p.Name != "" {
			t.addDef(p.Name, DefLocal, p.Range)
		}
	case *ast.MatchMapping:
		t.visitExprs(p.Keys)
		t.visitPatterns(p.Patterns)
		if p.Rest != "" {
			t.addDef(p.Rest, DefLocal, p.Range)
		}
	case *ast.MatchClass:
		t.visitExpr(p.Cls)
		t.visitPatterns(p.Patterns)
		t.visitPatterns(p.KwdPatterns)
	case *ast.MatchAs:
		if p.Pattern != nil {
			t.visitPattern(p.Pattern)
		}
		if p.Name != "" {
			t.addDef(p.Name, DefLocal, p.Range)
		}
	case *ast.MatchOr:
		t.visitPatterns(p.Patterns)
	}
}
