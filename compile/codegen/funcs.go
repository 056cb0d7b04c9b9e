package codegen

import (
	"sort"
	"strings"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/future"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// The SET_FUNCTION_ATTRIBUTE operands (CPython's MAKE_FUNCTION_*).
const (
	makeFunctionDefaults    = 0x01
	makeFunctionKwdefaults  = 0x02
	makeFunctionAnnotations = 0x04
	makeFunctionClosure     = 0x08
)

// decorators evaluates the decorators, outermost first.
func (c *compiler) decorators(decos []ast.Expr) { c.exprs(decos) }

// applyDecorators calls the decorators on the value on the stack, innermost first.
func (c *compiler) applyDecorators(decos []ast.Expr) {
	for i := len(decos) - 1; i >= 0; i-- {
		c.addop(opcode.CALL, 0, locOf(decos[i]))
	}
}

// defaultArguments pushes a function's defaults and keyword-only defaults
// and returns the MAKE_FUNCTION flags they need.
func (c *compiler) defaultArguments(args *ast.Arguments, loc instrseq.Location) int {
	flags := 0
	if len(args.Defaults) > 0 {
		c.exprs(args.Defaults)
		c.addop(opcode.BUILD_TUPLE, len(args.Defaults), loc)
		flags |= makeFunctionDefaults
	}
	var keys Tuple
	for i, a := range args.Kwonlyargs {
		if i < len(args.KwDefaults) && args.KwDefaults[i] != nil {
			keys = append(keys, strConst(symtable.MaybeMangle(c.u.private, c.u.Ste, a.Arg)))
			c.expr(args.KwDefaults[i])
		}
	}
	if len(keys) > 0 {
		c.loadConst(keys, loc)
		c.addop(opcode.BUILD_CONST_KEY_MAP, len(keys), loc)
		flags |= makeFunctionKwdefaults
	}
	return flags
}

// annotations pushes a function's annotations as a flat tuple of names and
// values and returns the MAKE_FUNCTION flag, or 0 if there are none.
func (c *compiler) annotations(args *ast.Arguments, returns ast.Expr, loc instrseq.Location) int {
	n := 0
	one := func(name string, ann ast.Expr) {
		if ann == nil {
			return
		}
		c.loadConst(strConst(symtable.MaybeMangle(c.u.private, c.u.Ste, name)), loc)
		if c.opts.Future.Flags&future.Annotations != 0 {
			c.annexpr(ann)
		} else if s, ok := ann.(*ast.Starred); ok {
			// *args: *Ts stores [value] = [*Ts].
			c.expr(s.Value)
			c.addop(opcode.UNPACK_SEQUENCE, 1, loc)
		} else {
			c.expr(ann)
		}
		n += 2
	}
	for _, a := range args.Args {
		one(a.Arg, a.Annotation)
	}
	for _, a := range args.Posonlyargs {
		one(a.Arg, a.Annotation)
	}
	if args.Vararg != nil {
		one(args.Vararg.Arg, args.Vararg.Annotation)
	}
	for _, a := range args.Kwonlyargs {
		one(a.Arg, a.Annotation)
	}
	if args.Kwarg != nil {
		one(args.Kwarg.Arg, args.Kwarg.Annotation)
	}
	one("return", returns)
	if n == 0 {
		return 0
	}
	c.addop(opcode.BUILD_TUPLE, n, loc)
	return makeFunctionAnnotations
}

// checkDebugArgs rejects __debug__ as a parameter name.
func (c *compiler) checkDebugArgs(args *ast.Arguments) bool {
	all := append(append(append([]*ast.Arg{}, args.Posonlyargs...), args.Args...), args.Kwonlyargs...)
	if args.Vararg != nil {
		all = append(all, args.Vararg)
	}
	if args.Kwarg != nil {
		all = append(all, args.Kwarg)
	}
	for _, a := range all {
		if c.forbiddenName(a.Arg, store, locOf(a)) {
			return false
		}
	}
	return true
}

func (c *compiler) functionDef(s ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt,
	decos []ast.Expr, returns ast.Expr, typeParams []ast.TypeParam, async bool) {
	if !c.checkDebugArgs(args) {
		return
	}
	c.decorators(decos)
	first := s.Span().Lineno
	if len(decos) > 0 {
		first = decos[0].Span().Lineno
	}
	loc := locOf(s)
	flags := c.defaultArguments(args, loc)
	var tp *Unit
	nargs := 0 // the defaults and keyword defaults passed to the type-parameter scope
	if len(typeParams) > 0 {
		if flags&makeFunctionDefaults != 0 {
			nargs++
		}
		if flags&makeFunctionKwdefaults != 0 {
			nargs++
		}
		if nargs == 2 {
			c.addop(opcode.SWAP, 2, loc)
		}
		tp = c.enterTypeParams(s, name, first)
		c.typeParams(typeParams)
		for i := range nargs {
			c.addop(opcode.LOAD_FAST, i, loc)
		}
	}
	flags |= c.annotations(args, returns, loc)
	kind := ScopeFunction
	if async {
		kind = ScopeAsyncFunction
	}
	ste := c.lookupScope(s, symtable.RoleBody)
	u := c.enterScope(name, kind, ste, first)
	doc, hasDoc := docstring(body)
	if hasDoc && c.opts.Optimize < 2 {
		u.addConst(strConst(cleanDoc(doc)))
	} else {
		u.addConst(noneConst)
	}
	// co_argcount counts the positional-only parameters too.
	u.ArgCount = len(args.Posonlyargs) + len(args.Args)
	u.PosOnlyArgCount, u.KwOnlyArgCount = len(args.Posonlyargs), len(args.Kwonlyargs)
	start := 0
	if hasDoc {
		start = 1
	}
	c.stmts(body[start:])
	if ste.Coroutine || ste.Generator {
		c.wrapInStopIterationHandler()
	}
	c.addReturnAtEnd()
	c.exitScope()
	c.makeClosure(u, flags, loc)
	if tp != nil {
		c.addop(opcode.SWAP, 2, loc)
		c.addop(opcode.CALL_INTRINSIC_2, intrinsic2SetFunctionTypeParams, loc)
		c.leaveTypeParams(tp, nargs, loc)
	}
	c.applyDecorators(decos)
	c.nameop(name, store, loc)
}

func (c *compiler) lambda(e *ast.Lambda) {
	if !c.checkDebugArgs(e.Args) {
		return
	}
	loc := locOf(e)
	flags := c.defaultArguments(e.Args, loc)
	ste := c.lookupScope(e, symtable.RoleBody)
	u := c.enterScope("<lambda>", ScopeLambda, ste, e.Lineno)
	// A lambda has no docstring; co_consts[0] is None all the same.
	u.addConst(noneConst)
	u.ArgCount = len(e.Args.Posonlyargs) + len(e.Args.Args)
	u.PosOnlyArgCount, u.KwOnlyArgCount = len(e.Args.Posonlyargs), len(e.Args.Kwonlyargs)
	c.expr(e.Body)
	if ste.Generator {
		// A generator lambda returns what its yield expression gives.
		c.addop(opcode.RETURN_VALUE, 0, instrseq.NoLocation)
	} else {
		c.addop(opcode.RETURN_VALUE, 0, locOf(e.Body))
		c.addReturnAtEnd()
	}
	c.exitScope()
	c.makeClosure(u, flags, loc)
}

// makeClosure creates a function from unit u: the closure cells it needs,
// then MAKE_FUNCTION and the attributes that flags name.
func (c *compiler) makeClosure(u *Unit, flags int, loc instrseq.Location) {
	if len(u.Freevars) > 0 {
		for _, name := range u.Freevars {
			var arg int
			if c.u.Kind == ScopeClass && (name == "__class__" || name == "__classdict__") {
				arg = c.u.derefIndex(name, false)
			} else if c.u.scope(name) == symtable.Cell {
				arg = c.u.derefIndex(name, false)
			} else {
				arg = c.u.derefIndex(name, true)
			}
			c.addop(opcode.LOAD_CLOSURE, arg, loc)
		}
		flags |= makeFunctionClosure
		c.addop(opcode.BUILD_TUPLE, len(u.Freevars), loc)
	}
	c.loadConst(u, loc)
	c.addop(opcode.MAKE_FUNCTION, 0, loc)
	for _, f := range []int{makeFunctionClosure, makeFunctionAnnotations, makeFunctionKwdefaults, makeFunctionDefaults} {
		if flags&f != 0 {
			c.addop(opcode.SET_FUNCTION_ATTRIBUTE, f, loc)
		}
	}
}

func (c *compiler) classDef(s *ast.ClassDef) {
	c.decorators(s.DecoratorList)
	first := s.Lineno
	if len(s.DecoratorList) > 0 {
		first = s.DecoratorList[0].Span().Lineno
	}
	loc := locOf(s)
	var tp *Unit
	if len(s.TypeParams) > 0 {
		tp = c.enterTypeParams(s, s.Name, first)
		tp.private = s.Name
		c.typeParams(s.TypeParams)
		c.nameop(".type_params", store, loc)
	}
	u := c.classBody(s, first)
	if c.err != nil {
		return
	}
	c.addop(opcode.LOAD_BUILD_CLASS, 0, loc)
	c.addop(opcode.PUSH_NULL, 0, loc)
	c.makeClosure(u, 0, loc)
	c.loadConst(strConst(s.Name), loc)
	if tp != nil {
		c.genericClassCall(s, loc)
		c.leaveTypeParams(tp, 0, loc)
	} else {
		c.callHelper(loc, 2, s.Bases, s.Keywords)
	}
	c.applyDecorators(s.DecoratorList)
	c.nameop(s.Name, store, loc)
}

// classBody compiles the body of a class into its own unit.
func (c *compiler) classBody(s *ast.ClassDef, first int) *Unit {
	ste := c.lookupScope(s, symtable.RoleBody)
	u := c.enterScope(s.Name, ScopeClass, ste, first)
	loc := instrseq.Location{Lineno: first, EndLineno: first}
	u.private = s.Name
	c.nameop("__name__", load, loc)
	c.nameop("__module__", store, loc)
	c.loadConst(strConst(u.Qualname), loc)
	c.nameop("__qualname__", store, loc)
	c.loadConst(ast.Value(ast.Int(first)), loc)
	c.nameop("__firstlineno__", store, loc)
	if len(s.TypeParams) > 0 {
		c.nameop(".type_params", load, loc)
		c.nameop("__type_params__", store, loc)
	}
	if ste.NeedsClassdict {
		c.addop(opcode.LOAD_LOCALS, 0, loc)
		c.addop(opcode.STORE_DEREF, u.derefIndex("__classdict__", false), loc)
	}
	c.body(s.Body)
	attrs := make([]string, 0, len(u.staticAttributes))
	for a := range u.staticAttributes {
		attrs = append(attrs, a)
	}
	sort.Strings(attrs)
	tuple := make(Tuple, len(attrs))
	for i, a := range attrs {
		tuple[i] = strConst(a)
	}
	c.loadConst(tuple, instrseq.NoLocation)
	c.nameop("__static_attributes__", store, instrseq.NoLocation)
	if ste.NeedsClassdict {
		c.addop(opcode.LOAD_CLOSURE, u.derefIndex("__classdict__", false), instrseq.NoLocation)
		c.nameop("__classdictcell__", store, instrseq.NoLocation)
	}
	if ste.NeedsClassClosure {
		c.addop(opcode.LOAD_CLOSURE, u.derefIndex("__class__", false), instrseq.NoLocation)
		c.addop(opcode.COPY, 1, instrseq.NoLocation)
		c.nameop("__classcell__", store, instrseq.NoLocation)
	} else {
		c.loadConst(noneConst, instrseq.NoLocation)
	}
	c.addop(opcode.RETURN_VALUE, 0, instrseq.NoLocation)
	c.addReturnAtEnd()
	c.exitScope()
	return u
}

// cleanDoc normalises a docstring's indentation as inspect.cleandoc does
// (CPython's _PyCompile_CleanDoc): the common leading whitespace of the lines
// after the first is removed, and the first line loses its leading spaces.
func cleanDoc(doc string) string {
	doc = expandTabs(doc)
	lines := strings.Split(doc, "\n")
	margin := -1
	for _, l := range lines[1:] {
		stripped := strings.TrimLeft(l, " ")
		if stripped == "" {
			continue
		}
		if ind := len(l) - len(stripped); margin < 0 || ind < margin {
			margin = ind
		}
	}
	lines[0] = strings.TrimLeft(lines[0], " ")
	if margin > 0 {
		for i := 1; i < len(lines); i++ {
			if len(lines[i]) >= margin {
				lines[i] = lines[i][margin:]
			} else {
				lines[i] = strings.TrimLeft(lines[i], " ")
			}
		}
	}
	return strings.Join(lines, "\n")
}

// expandTabs replaces tabs by spaces to the next multiple of eight columns,
// as str.expandtabs() does.
func expandTabs(s string) string {
	if !strings.Contains(s, "\t") {
		return s
	}
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}
