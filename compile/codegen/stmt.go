package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/future"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// fblockKind is the kind of an enclosing block that break, continue and
// return must leave (CPython's fblocktype).
type fblockKind int

const (
	whileLoop fblockKind = iota
	forLoop
	tryExcept             // the body of a try with except clauses
	finallyTry            // the body of a try with a finally clause
	finallyEnd            // the finally clause run for an exception
	withBlock             // the body of a with statement
	asyncWithBlock        // the body of an async with statement
	handlerCleanup        // an except clause's body
	popValue              // a value to pop, kept while a finally clause runs
	exceptionHandler      // the except clauses of a try
	exceptionGroupHandler // the except* clauses of a try
)

// fblock is an enclosing loop or handler.
type fblock struct {
	kind        fblockKind
	block, exit instrseq.Label
	loc         instrseq.Location
	finalBody   []ast.Stmt // finallyTry: the finally clause to run on leaving
	name        string     // handlerCleanup: the except clause's "as" name
}

func (c *compiler) pushFblock(kind fblockKind, block, exit instrseq.Label, loc instrseq.Location) {
	c.u.fblocks = append(c.u.fblocks, fblock{kind: kind, block: block, exit: exit, loc: loc})
}

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// docstring returns the docstring of a body, if its first statement is one.
func docstring(body []ast.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	e, ok := body[0].(*ast.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := e.Value.(*ast.Constant)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(ast.Str)
	return string(s), ok
}

// body compiles a module or class body: __annotations__ set-up, the
// docstring as __doc__, then the statements.
func (c *compiler) body(stmts []ast.Stmt) {
	loc := instrseq.Location{}
	if c.u.Kind == ScopeModule && len(stmts) > 0 {
		loc = locOf(stmts[0])
	}
	if c.u.Kind == ScopeClass {
		// A class body's set-up belongs to the class statement's first line.
		loc = instrseq.Location{Lineno: c.u.FirstLineno, EndLineno: c.u.FirstLineno}
	}
	if findAnnotations(stmts) {
		c.addop(opcode.SETUP_ANNOTATIONS, 0, loc)
	}
	if len(stmts) == 0 {
		return
	}
	first := 0
	if doc, ok := docstring(stmts); ok {
		first = 1
		if c.opts.Optimize < 2 {
			c.loadConst(strConst(cleanDoc(doc)), loc)
			c.nameop("__doc__", store, instrseq.NoLocation)
		}
	}
	for _, s := range stmts[first:] {
		c.stmt(s)
	}
}

// findAnnotations reports whether a body has an annotated simple target
// anywhere outside nested scopes, so it needs __annotations__.
func findAnnotations(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *ast.While:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *ast.If:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *ast.With:
			if findAnnotations(s.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnnotations(s.Body) {
				return true
			}
		case *ast.Try:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.(*ast.ExceptHandler).Body) {
					return true
				}
			}
		case *ast.TryStar:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.(*ast.ExceptHandler).Body) {
					return true
				}
			}
		case *ast.Match:
			for _, m := range s.Cases {
				if findAnnotations(m.Body) {
					return true
				}
			}
		}
	}
	return false
}

func (c *compiler) stmts(body []ast.Stmt) {
	for _, s := range body {
		if c.err != nil {
			return
		}
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	if c.err != nil {
		return
	}
	loc := locOf(s)
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, false)
	case *ast.AsyncFunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, s.TypeParams, true)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.TypeAlias:
		c.typeAlias(s)
	case *ast.Return:
		c.returnStmt(s)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.expr(t)
		}
	case *ast.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.addop(opcode.COPY, 1, loc)
			}
			c.expr(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.AnnAssign:
		c.annAssign(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.AsyncFor:
		c.asyncFor(s)
	case *ast.While:
		c.whileStmt(s)
	case *ast.If:
		c.ifStmt(s)
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.addop(opcode.RAISE_VARARGS, n, loc)
	case *ast.Assert:
		c.assertStmt(s)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal:
	case *ast.ExprStmt:
		c.exprStmt(s)
	case *ast.Pass:
		c.addop(opcode.NOP, 0, loc)
	case *ast.Break:
		c.breakStmt(loc)
	case *ast.Continue:
		c.continueStmt(loc)
	case *ast.Match:
		c.matchStmt(s)
	case *ast.Try:
		c.tryStmt(s)
	case *ast.TryStar:
		c.tryStarStmt(s)
	case *ast.With:
		c.withStmt(s, 0)
	case *ast.AsyncWith:
		c.asyncWithStmt(s, 0)
	default:
		c.unsupported(s, ast.PythonName(s)+" statements")
	}
}

// exprStmt evaluates an expression for its effect. A constant alone is
// dropped (it cannot have one); in the REPL the value is printed.
func (c *compiler) exprStmt(s *ast.ExprStmt) {
	loc := locOf(s)
	if c.interactive && len(c.stack) == 0 {
		c.expr(s.Value)
		c.addop(opcode.CALL_INTRINSIC_1, intrinsicPrint, loc)
		c.addop(opcode.POP_TOP, 0, instrseq.NoLocation)
		return
	}
	if _, ok := foldedValue(s.Value); ok {
		// Keep a NOP so the line is still traced.
		c.addop(opcode.NOP, 0, loc)
		return
	}
	c.expr(s.Value)
	c.addop(opcode.POP_TOP, 0, instrseq.NoLocation)
}

func (c *compiler) ifStmt(s *ast.If) {
	end := c.newLabel()
	next := end
	if len(s.Orelse) > 0 {
		next = c.newLabel()
	}
	c.jumpIf(s.Test, next, false)
	c.stmts(s.Body)
	if len(s.Orelse) > 0 {
		c.addjump(opcode.JUMP_NO_INTERRUPT, end, instrseq.NoLocation)
		c.useLabel(next)
		c.stmts(s.Orelse)
	}
	c.useLabel(end)
}

func (c *compiler) whileStmt(s *ast.While) {
	loop, end, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	c.useLabel(loop)
	c.pushFblock(whileLoop, loop, end, locOf(s))
	c.jumpIf(s.Test, anchor, false)
	body := c.newLabel()
	c.useLabel(body)
	c.stmts(s.Body)
	c.jumpIf(s.Test, body, true)
	c.popFblock()
	c.useLabel(anchor)
	c.stmts(s.Orelse)
	c.useLabel(end)
}

func (c *compiler) forStmt(s *ast.For) {
	start, body, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.pushFblock(forLoop, start, end, locOf(s))
	c.expr(s.Iter)
	loc := locOf(s.Iter)
	c.addop(opcode.GET_ITER, 0, loc)
	c.useLabel(start)
	c.addjump(opcode.FOR_ITER, cleanup, loc)
	// A NOP on the target's line keeps line tracing right for a loop header
	// that spans lines; it goes away when redundant.
	c.addop(opcode.NOP, 0, locOf(s.Target))
	c.useLabel(body)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.addjump(opcode.JUMP, start, instrseq.NoLocation)
	c.useLabel(cleanup)
	// END_FOR first: a generator's exhaustion jumps to it.
	c.addop(opcode.END_FOR, 0, instrseq.NoLocation)
	c.addop(opcode.POP_TOP, 0, instrseq.NoLocation)
	c.popFblock()
	c.stmts(s.Orelse)
	c.useLabel(end)
}

func (c *compiler) returnStmt(s *ast.Return) {
	loc := locOf(s)
	value, isConst := foldedValue(s.Value)
	preserveTOS := s.Value != nil && !isConst
	if !c.u.Ste.IsFunctionLike() {
		c.errorAt(loc, "'return' outside function")
		return
	}
	if s.Value != nil && c.u.Ste.Coroutine && c.u.Ste.Generator {
		c.errorAt(loc, "'return' with value in async generator")
		return
	}
	if preserveTOS {
		c.expr(s.Value)
	} else if s.Value != nil {
		loc = locOf(s.Value)
		c.addop(opcode.NOP, 0, loc)
	}
	if s.Value == nil || s.Value.Span().Lineno != s.Lineno {
		loc = locOf(s)
		c.addop(opcode.NOP, 0, loc)
	}
	c.unwindFblockStack(&loc, preserveTOS, false)
	switch {
	case s.Value == nil:
		c.loadConst(noneConst, loc)
	case !preserveTOS:
		c.loadConst(value, loc)
	}
	c.addop(opcode.RETURN_VALUE, 0, loc)
}

func (c *compiler) augAssign(s *ast.AugAssign) {
	loc := locOf(s.Target)
	switch t := s.Target.(type) {
	case *ast.Attribute:
		c.expr(t.Value)
		c.addop(opcode.COPY, 1, loc)
		c.addopName(opcode.LOAD_ATTR, t.Attr, attrLoc(loc, t))
	case *ast.Subscript:
		c.expr(t.Value)
		if isTwoElementSlice(t.Slice) {
			c.slice(t.Slice.(*ast.Slice))
			c.addop(opcode.COPY, 3, loc)
			c.addop(opcode.COPY, 3, loc)
			c.addop(opcode.COPY, 3, loc)
			c.addop(opcode.BINARY_SLICE, 0, loc)
		} else {
			c.expr(t.Slice)
			c.addop(opcode.COPY, 2, loc)
			c.addop(opcode.COPY, 2, loc)
			c.addop(opcode.BINARY_SUBSCR, 0, loc)
		}
	case *ast.Name:
		c.nameop(t.Id, load, loc)
	default:
		c.unsupported(s, "this augmented assignment target")
		return
	}
	c.expr(s.Value)
	c.addop(opcode.BINARY_OP, binaryOparg(s.Op, true), locOf(s))
	switch t := s.Target.(type) {
	case *ast.Attribute:
		aloc := attrLoc(loc, t)
		c.addop(opcode.SWAP, 2, aloc)
		c.addopName(opcode.STORE_ATTR, t.Attr, aloc)
	case *ast.Subscript:
		if isTwoElementSlice(t.Slice) {
			c.addop(opcode.SWAP, 4, loc)
			c.addop(opcode.SWAP, 3, loc)
			c.addop(opcode.SWAP, 2, loc)
			c.addop(opcode.STORE_SLICE, 0, loc)
		} else {
			c.addop(opcode.SWAP, 3, loc)
			c.addop(opcode.SWAP, 2, loc)
			c.addop(opcode.STORE_SUBSCR, 0, loc)
		}
	case *ast.Name:
		c.nameop(t.Id, store, loc)
	}
}

func (c *compiler) assertStmt(s *ast.Assert) {
	if t, ok := s.Test.(*ast.Tuple); ok && len(t.Elts) > 0 {
		c.warn(locOf(s), "assertion is always true, perhaps remove parentheses?")
	} else if v, ok := constantOf(s.Test); ok {
		if t, ok := v.(Tuple); ok && len(t) > 0 {
			c.warn(locOf(s), "assertion is always true, perhaps remove parentheses?")
		}
	}
	if c.opts.Optimize > 0 {
		return
	}
	loc := locOf(s)
	end := c.newLabel()
	c.jumpIf(s.Test, end, true)
	c.addop(opcode.LOAD_ASSERTION_ERROR, 0, loc)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.addop(opcode.CALL, 0, loc)
	}
	c.addop(opcode.RAISE_VARARGS, 1, locOf(s.Test))
	c.useLabel(end)
}

func (c *compiler) importStmt(s *ast.Import) {
	loc := locOf(s)
	for _, a := range s.Names {
		c.loadConst(ast.Value(ast.Int(0)), loc)
		c.loadConst(noneConst, loc)
		c.addopName(opcode.IMPORT_NAME, a.Name, loc)
		if a.Asname == "" {
			first := a.Name
			for i := 0; i < len(first); i++ {
				if first[i] == '.' {
					first = first[:i]
					break
				}
			}
			c.nameop(first, store, loc)
			continue
		}
		// import a.b.c as d binds the innermost module.
		parts := splitDots(a.Name)
		if len(parts) > 1 {
			// These attribute names are not mangled, as in CPython.
			c.addop(opcode.IMPORT_FROM, c.u.addName(parts[1]), loc)
			for _, p := range parts[2:] {
				c.addop(opcode.SWAP, 2, loc)
				c.addop(opcode.POP_TOP, 0, loc)
				c.addop(opcode.IMPORT_FROM, c.u.addName(p), loc)
			}
			c.nameop(a.Asname, store, loc)
			c.addop(opcode.POP_TOP, 0, loc)
			continue
		}
		c.nameop(a.Asname, store, loc)
	}
}

func splitDots(s string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	loc := locOf(s)
	names := make(Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = strConst(a.Name)
	}
	c.loadConst(ast.Value(ast.Int(s.Level)), loc)
	c.loadConst(names, loc)
	fut := c.opts.Future
	after := s.Lineno > fut.Lineno || s.Lineno == fut.Lineno && s.ColOffset > fut.ColOffset
	if after && s.Level == 0 && s.Module == "__future__" {
		c.errorAt(loc, "from __future__ imports must occur at the beginning of the file")
		return
	}
	c.addopName(opcode.IMPORT_NAME, s.Module, loc)
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.addop(opcode.CALL_INTRINSIC_1, intrinsicImportStar, loc)
		c.addop(opcode.POP_TOP, 0, instrseq.NoLocation)
		return
	}
	for _, a := range s.Names {
		c.addopName(opcode.IMPORT_FROM, a.Name, loc)
		bind := a.Asname
		if bind == "" {
			bind = a.Name
		}
		c.nameop(bind, store, loc)
	}
	c.addop(opcode.POP_TOP, 0, loc)
}

// The CALL_INTRINSIC_1 operands (CPython's INTRINSIC_*).
const (
	intrinsicPrint         = 1
	intrinsicImportStar    = 2
	intrinsicStopIteration = 3
	intrinsicAsyncGenWrap  = 4
	intrinsicUnaryPositive = 5
	intrinsicListToTuple   = 6
)

// annAssign compiles an annotated assignment: the assignment first, then, in
// a module or class, the annotation stored in __annotations__; a complex
// target's annotation is only evaluated.
func (c *compiler) annAssign(s *ast.AnnAssign) {
	loc := locOf(s)
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	futureAnn := c.opts.Future.Flags&future.Annotations != 0
	atTop := c.u.Kind == ScopeModule || c.u.Kind == ScopeClass
	switch t := s.Target.(type) {
	case *ast.Name:
		if c.forbiddenName(t.Id, store, loc) {
			return
		}
		if s.Simple != 0 && atTop {
			if futureAnn {
				c.annexpr(s.Annotation)
			} else {
				c.expr(s.Annotation)
			}
			c.addopName(opcode.LOAD_NAME, "__annotations__", loc)
			c.loadConst(strConst(symtable.MaybeMangle(c.u.private, c.u.Ste, t.Id)), loc)
			c.addop(opcode.STORE_SUBSCR, 0, loc)
		}
	case *ast.Attribute:
		if c.forbiddenName(t.Attr, store, loc) {
			return
		}
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *ast.Subscript:
		if s.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscript(t.Slice)
		}
	}
	if s.Simple == 0 && !futureAnn && atTop {
		c.checkAnnExpr(s.Annotation)
	}
}

// checkAnnExpr evaluates an expression of an annotated target for its
// side effects only.
func (c *compiler) checkAnnExpr(e ast.Expr) {
	c.expr(e)
	c.addop(opcode.POP_TOP, 0, locOf(e))
}

func (c *compiler) checkAnnSubscript(e ast.Expr) {
	switch e := e.(type) {
	case *ast.Slice:
		for _, part := range []ast.Expr{e.Lower, e.Upper, e.Step} {
			if part != nil {
				c.checkAnnExpr(part)
			}
		}
	case *ast.Tuple:
		for _, elt := range e.Elts {
			c.checkAnnSubscript(elt)
		}
	default:
		c.checkAnnExpr(e)
	}
}
