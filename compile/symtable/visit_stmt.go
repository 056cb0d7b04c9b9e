package symtable

import (
	"fmt"

	"github.com/taipanpy/taipan/ast"
)

func (t *Table) visitStmts(body []ast.Stmt) {
	for _, s := range body {
		if t.err != nil {
			return
		}
		t.visitStmt(s)
	}
}

func (t *Table) visitStmt(s ast.Stmt) {
	if !t.enter() {
		return
	}
	defer t.leave()
	switch s := s.(type) {
	case *ast.FunctionDef:
		t.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, false)
	case *ast.AsyncFunctionDef:
		t.visitFunction(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, true)
	case *ast.ClassDef:
		t.visitClass(s)
	case *ast.TypeAlias:
		t.visitTypeAlias(s)
	case *ast.Return:
		if s.Value != nil {
			t.visitExpr(s.Value)
			t.cur.ReturnsValue = true
		}
	case *ast.Delete:
		t.visitExprs(s.Targets)
	case *ast.Assign:
		t.visitExprs(s.Targets)
		t.visitExpr(s.Value)
	case *ast.AnnAssign:
		t.visitAnnAssign(s)
	case *ast.AugAssign:
		t.visitExpr(s.Target)
		t.visitExpr(s.Value)
	case *ast.For:
		t.visitExpr(s.Target)
		t.visitExpr(s.Iter)
		t.visitStmts(s.Body)
		t.visitStmts(s.Orelse)
	case *ast.AsyncFor:
		t.visitExpr(s.Target)
		t.visitExpr(s.Iter)
		t.visitStmts(s.Body)
		t.visitStmts(s.Orelse)
	case *ast.While:
		t.visitExpr(s.Test)
		t.visitStmts(s.Body)
		t.visitStmts(s.Orelse)
	case *ast.If:
		t.visitExpr(s.Test)
		t.visitStmts(s.Body)
		t.visitStmts(s.Orelse)
	case *ast.Match:
		t.visitExpr(s.Subject)
		for _, c := range s.Cases {
			t.visitPattern(c.Pattern)
			if c.Guard != nil {
				t.visitExpr(c.Guard)
			}
			t.visitStmts(c.Body)
		}
	case *ast.Raise:
		if s.Exc != nil {
			t.visitExpr(s.Exc)
			if s.Cause != nil {
				t.visitExpr(s.Cause)
			}
		}
	case *ast.Try:
		t.visitTry(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *ast.TryStar:
		t.visitTry(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *ast.Assert:
		t.visitExpr(s.Test)
		if s.Msg != nil {
			t.visitExpr(s.Msg)
		}
	case *ast.Import:
		for _, a := range s.Names {
			t.visitAlias(a)
		}
	case *ast.ImportFrom:
		for _, a := range s.Names {
			t.visitAlias(a)
		}
	case *ast.Global:
		t.visitDeclaration(s.Range, s.Names, DefGlobal)
	case *ast.Nonlocal:
		t.visitDeclaration(s.Range, s.Names, DefNonlocal)
	case *ast.ExprStmt:
		t.visitExpr(s.Value)
	case *ast.Pass, *ast.Break, *ast.Continue:
	case *ast.With:
		t.visitWithItems(s.Items)
		t.visitStmts(s.Body)
	case *ast.AsyncWith:
		t.visitWithItems(s.Items)
		t.visitStmts(s.Body)
	}
}

// visitFunction handles def and async def: the name, defaults and decorators
// belong to the enclosing scope; type parameters get a scope of their own
// around the annotations and the body.
func (t *Table) visitFunction(s ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt,
	decorators []ast.Expr, returns ast.Expr, typeParams []ast.TypeParam, async bool) {
	r := *s.Span()
	t.addDef(name, DefLocal, r)
	t.visitExprs(args.Defaults)
	t.visitOptionalExprs(args.KwDefaults)
	t.visitExprs(decorators)
	if len(typeParams) > 0 {
		// CPython's parser always builds a (possibly empty) defaults
		// sequence, so the type-parameter scope always takes .defaults.
		t.enterTypeParamBlock(name, Key{s, RoleTypeParams}, true, hasKwonlyDefaults(args), false, r)
		t.visitTypeParams(typeParams)
	}
	t.visitAnnotations(s, args, returns)
	t.enterBlock(name, FunctionBlock, Key{s, RoleBody}, r)
	if async {
		t.cur.Coroutine = true
	}
	t.visitArguments(args)
	t.visitStmts(body)
	t.exitBlock()
	if len(typeParams) > 0 {
		t.exitBlock()
	}
}

func hasKwonlyDefaults(args *ast.Arguments) bool {
	for _, d := range args.KwDefaults {
		if d != nil {
			return true
		}
	}
	return false
}

func (t *Table) visitClass(s *ast.ClassDef) {
	t.addDef(s.Name, DefLocal, s.Range)
	t.visitExprs(s.DecoratorList)
	saved := t.private
	generic := len(s.TypeParams) > 0
	if generic {
		t.enterTypeParamBlock(s.Name, Key{s, RoleTypeParams}, false, false, true, s.Range)
		t.private = s.Name
		t.cur.mangledNames = map[string]bool{}
		t.visitTypeParams(s.TypeParams)
	}
	t.visitExprs(s.Bases)
	for _, k := range s.Keywords {
		t.visitExpr(k.Value)
	}
	t.enterBlock(s.Name, ClassBlock, Key{s, RoleBody}, s.Range)
	t.private = s.Name
	if generic {
		t.addDef("__type_params__", DefLocal, s.Range)
		t.addDef(".type_params", Use, s.Range)
	}
	t.visitStmts(s.Body)
	t.exitBlock()
	if generic {
		t.exitBlock()
	}
	t.private = saved
}

func (t *Table) visitTypeAlias(s *ast.TypeAlias) {
	t.visitExpr(s.Name)
	nameExpr, ok := s.Name.(*ast.Name)
	if !ok {
		return // the parser only builds names here
	}
	name := nameExpr.Id
	inClass := t.cur.Type == ClassBlock
	generic := len(s.TypeParams) > 0
	if generic {
		t.enterTypeParamBlock(name, Key{s, RoleTypeParams}, false, false, false, s.Range)
		t.visitTypeParams(s.TypeParams)
	}
	t.enterBlock(name, TypeAliasBlock, Key{s, RoleBody}, s.Range)
	t.cur.CanSeeClassScope = inClass
	if inClass {
		t.addDef("__classdict__", Use, *s.Value.Span())
	}
	t.visitExpr(s.Value)
	t.exitBlock()
	if generic {
		t.exitBlock()
	}
}

// enterTypeParamBlock opens the scope holding a generic's type parameters.
func (t *Table) enterTypeParamBlock(name string, key Key, hasDefaults, hasKwDefaults, isClass bool, r ast.Range) {
	inClass := t.cur.Type == ClassBlock
	t.enterBlock(name, TypeParametersBlock, key, r)
	if inClass {
		t.cur.CanSeeClassScope = true
		t.addDef("__classdict__", Use, r)
	}
	if isClass {
		// .type_params is set when the tuple of parameters is built and used
		// for the bases; .generic_base holds typing.Generic[...].
		t.addDef(".type_params", DefLocal, r)
		t.addDef(".type_params", Use, r)
		t.addDef(".generic_base", DefLocal, r)
		t.addDef(".generic_base", Use, r)
	}
	if hasDefaults {
		t.addDef(".defaults", DefParam, r)
	}
	if hasKwDefaults {
		t.addDef(".kwdefaults", DefParam, r)
	}
}

func (t *Table) visitAnnAssign(s *ast.AnnAssign) {
	if name, ok := s.Target.(*ast.Name); ok {
		cur := t.lookup(name.Id)
		if cur&(DefGlobal|DefNonlocal) != 0 && t.cur != t.global && s.Simple != 0 {
			kind := "nonlocal"
			if cur&DefGlobal != 0 {
				kind = "global"
			}
			t.errorAt(fmt.Sprintf("annotated name '%s' can't be %s", name.Id, kind), s.Range)
			return
		}
		if s.Simple != 0 {
			t.addDef(name.Id, DefAnnot|DefLocal, name.Range)
		}
		if s.Value != nil {
			t.addDef(name.Id, DefLocal, name.Range)
		}
	} else {
		t.visitExpr(s.Target)
	}
	t.visitAnnotation(s.Annotation)
	if s.Value != nil {
		t.visitExpr(s.Value)
	}
}

func (t *Table) visitTry(body []ast.Stmt, handlers []ast.ExceptHandlerNode, orelse, final []ast.Stmt) {
	t.visitStmts(body)
	for _, h := range handlers {
		h, ok := h.(*ast.ExceptHandler)
		if !ok {
			continue
		}
		if h.Type != nil {
			t.visitExpr(h.Type)
		}
		if h.Name != "" {
			t.addDef(h.Name, DefLocal, h.Range)
		}
		t.visitStmts(h.Body)
	}
	t.visitStmts(orelse)
	t.visitStmts(final)
}

func (t *Table) visitWithItems(items []*ast.WithItem) {
	for _, it := range items {
		t.visitExpr(it.ContextExpr)
		if it.OptionalVars != nil {
			t.visitExpr(it.OptionalVars)
		}
	}
}

// visitDeclaration handles global (flag DefGlobal) and nonlocal (DefNonlocal).
func (t *Table) visitDeclaration(r ast.Range, names []string, flag Flags) {
	kind := "global"
	if flag == DefNonlocal {
		kind = "nonlocal"
	}
	for _, name := range names {
		cur := t.lookup(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = "name '%s' is parameter and " + kind
			case cur&Use != 0:
				msg = "name '%s' is used prior to " + kind + " declaration"
			case cur&DefAnnot != 0:
				msg = "annotated name '%s' can't be " + kind
			default:
				msg = "name '%s' is assigned to before " + kind + " declaration"
			}
			t.errorAt(fmt.Sprintf(msg, name), r)
			return
		}
		t.addDef(name, flag, r)
		t.recordDirective(name, r)
	}
}

// visitAlias binds the name an import binds: the as-name, or the first
// component of a dotted module name.
func (t *Table) visitAlias(a *ast.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if t.cur.Type != ModuleBlock {
			t.errorAt("import * only allowed at module level", a.Range)
		}
		return
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			name = name[:i]
			break
		}
	}
	t.addDef(name, DefImport, a.Range)
}
