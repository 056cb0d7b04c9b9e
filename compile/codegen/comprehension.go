package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// compKind is the kind of comprehension being compiled (CPython's COMP_*).
type compKind int

const (
	compGenexp compKind = iota
	compList
	compSet
	compDict
)

// inlineState is what a unit needs while the body of a comprehension is
// compiled inline in it (PEP 709): the names whose scope differs inside the
// comprehension, and the names that live in fast locals for its duration
// although the unit is a module or class body.
type inlineState struct {
	depth      int                       // nesting of inlined comprehensions
	tempScopes map[string]symtable.Scope // the comprehension's view of names
	fastHidden map[string]bool           // names in fast locals right now
}

// scope returns the scope of name as the code being generated sees it: an
// inlined comprehension's own scope for its names, the symbol table's
// otherwise.
func (u *Unit) scope(name string) symtable.Scope {
	if s, ok := u.inline.tempScopes[name]; ok {
		return s
	}
	return u.Ste.Scope(name)
}

// comprehension compiles a list, set or dict comprehension or a generator
// expression (CPython's compiler_comprehension). Comprehensions the symbol
// table inlined run in the current code object between saves and restores
// of the names they bind; generator expressions get a code object of their
// own, called with the outermost iterator.
func (c *compiler) comprehension(e ast.Expr, kind compKind, name string, gens []*ast.Comprehension, elt, val ast.Expr) {
	ste := c.lookupScope(e, symtable.RoleBody)
	if ste == nil || len(gens) == 0 {
		c.unsupported(e, "this comprehension")
		return
	}
	loc := locOf(e)
	outermost := gens[0]
	var saved *inlinedComp
	if ste.CompInlined {
		c.expr(outermost.Iter)
		if outermost.IsAsync != 0 {
			c.addop(opcode.GET_AITER, 0, locOf(outermost.Iter))
		} else {
			c.addop(opcode.GET_ITER, 0, locOf(outermost.Iter))
		}
		saved = c.pushInlinedComp(loc, ste)
	} else {
		u := c.enterScope(name, ScopeComprehension, ste, e.Span().Lineno)
		u.ArgCount = 1
	}
	isAsyncGen := c.u.Ste.Coroutine
	if isAsyncGen && kind != compGenexp && c.u.Kind != ScopeAsyncFunction && c.u.Kind != ScopeComprehension {
		c.errorAt(loc, "asynchronous comprehension outside of an asynchronous function")
		if saved == nil {
			c.exitScope()
		}
		return
	}
	if kind != compGenexp {
		op := [...]int{compList: opcode.BUILD_LIST, compSet: opcode.BUILD_SET, compDict: opcode.BUILD_MAP}[kind]
		c.addop(op, 0, loc)
		if saved != nil {
			c.addop(opcode.SWAP, 2, loc)
		}
	}
	c.comprehensionGenerator(loc, gens, 0, 0, elt, val, kind, saved != nil)
	if saved != nil {
		c.popInlinedComp(loc, saved)
		return
	}
	if kind != compGenexp {
		c.addop(opcode.RETURN_VALUE, 0, loc)
	} else {
		c.wrapInStopIterationHandler()
	}
	c.addReturnAtEnd()
	u := c.u
	c.exitScope()
	c.makeClosure(u, 0, loc)
	c.expr(outermost.Iter)
	if outermost.IsAsync != 0 {
		c.addop(opcode.GET_AITER, 0, locOf(outermost.Iter))
	} else {
		c.addop(opcode.GET_ITER, 0, locOf(outermost.Iter))
	}
	c.addop(opcode.CALL, 0, loc)
	if isAsyncGen && kind != compGenexp {
		c.addop(opcode.GET_AWAITABLE, 0, loc)
		c.loadConst(noneConst, loc)
		c.yieldFrom(loc, true)
	}
}

// comprehensionGenerator compiles the loop of generator gens[i] and,
// inside it, the loops of the generators after it, then the element.
func (c *compiler) comprehensionGenerator(loc instrseq.Location, gens []*ast.Comprehension, i, depth int,
	elt, val ast.Expr, kind compKind, iterOnStack bool) {
	if gens[i].IsAsync != 0 {
		c.asyncComprehensionGenerator(loc, gens, i, depth, elt, val, kind, iterOnStack)
	} else {
		c.syncComprehensionGenerator(loc, gens, i, depth, elt, val, kind, iterOnStack)
	}
}

func (c *compiler) syncComprehensionGenerator(loc instrseq.Location, gens []*ast.Comprehension, i, depth int,
	elt, val ast.Expr, kind compKind, iterOnStack bool) {
	gen := gens[i]
	start, ifCleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	loop := true
	if !iterOnStack {
		if i == 0 {
			// The outermost iterator is the code object's argument .0.
			c.addop(opcode.LOAD_FAST, 0, loc)
		} else if single, ok := singleElement(gen.Iter); ok {
			// for y in [f(x)] binds y once, without a loop.
			c.expr(single)
			loop = false
		} else {
			c.expr(gen.Iter)
			c.addop(opcode.GET_ITER, 0, locOf(gen.Iter))
		}
	}
	if loop {
		depth++
		c.useLabel(start)
		c.addjump(opcode.FOR_ITER, anchor, locOf(gen.Iter))
	}
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	eltLoc := c.comprehensionInner(loc, gens, i, depth, elt, val, kind)
	c.useLabel(ifCleanup)
	if loop {
		c.addjump(opcode.JUMP, start, eltLoc)
		c.useLabel(anchor)
		// END_FOR first: a generator's exhaustion jumps to it.
		c.addop(opcode.END_FOR, 0, instrseq.NoLocation)
		c.addop(opcode.POP_TOP, 0, instrseq.NoLocation)
	}
}

func (c *compiler) asyncComprehensionGenerator(loc instrseq.Location, gens []*ast.Comprehension, i, depth int,
	elt, val ast.Expr, kind compKind, iterOnStack bool) {
	gen := gens[i]
	start, except, ifCleanup := c.newLabel(), c.newLabel(), c.newLabel()
	if !iterOnStack {
		if i == 0 {
			c.addop(opcode.LOAD_FAST, 0, loc)
		} else {
			c.expr(gen.Iter)
			c.addop(opcode.GET_AITER, 0, locOf(gen.Iter))
		}
	}
	c.useLabel(start)
	c.addjump(opcode.SETUP_FINALLY, except, loc)
	c.addop(opcode.GET_ANEXT, 0, loc)
	c.loadConst(noneConst, loc)
	c.yieldFrom(loc, true)
	c.addop(opcode.POP_BLOCK, 0, loc)
	c.expr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	depth++
	eltLoc := c.comprehensionInner(loc, gens, i, depth, elt, val, kind)
	c.useLabel(ifCleanup)
	c.addjump(opcode.JUMP, start, eltLoc)
	c.useLabel(except)
	c.addop(opcode.END_ASYNC_FOR, 0, loc)
}

// comprehensionInner compiles the generators after gens[i] or, after the
// last one, the element, and returns the element's location.
func (c *compiler) comprehensionInner(loc instrseq.Location, gens []*ast.Comprehension, i, depth int,
	elt, val ast.Expr, kind compKind) instrseq.Location {
	if i+1 < len(gens) {
		c.comprehensionGenerator(loc, gens, i+1, depth, elt, val, kind, false)
		return locOf(elt)
	}
	eltLoc := locOf(elt)
	switch kind {
	case compGenexp:
		c.expr(elt)
		c.yieldValue(eltLoc)
		c.addop(opcode.POP_TOP, 0, eltLoc)
	case compList:
		c.expr(elt)
		c.addop(opcode.LIST_APPEND, depth+1, eltLoc)
	case compSet:
		c.expr(elt)
		c.addop(opcode.SET_ADD, depth+1, eltLoc)
	case compDict:
		// {k: v for ...} evaluates k before v.
		c.expr(elt)
		c.expr(val)
		v := locOf(val)
		eltLoc.EndLineno, eltLoc.EndColOffset = v.EndLineno, v.EndColOffset
		c.addop(opcode.MAP_ADD, depth+1, eltLoc)
	}
	return eltLoc
}

// singleElement returns x for an iterable written [x] or (x,), x not starred.
func singleElement(e ast.Expr) (ast.Expr, bool) {
	var elts []ast.Expr
	switch e := e.(type) {
	case *ast.List:
		elts = e.Elts
	case *ast.Tuple:
		elts = e.Elts
	}
	if len(elts) != 1 {
		return nil, false
	}
	if _, star := elts[0].(*ast.Starred); star {
		return nil, false
	}
	return elts[0], true
}
