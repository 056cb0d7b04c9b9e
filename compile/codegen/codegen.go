package codegen

import (
	"fmt"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/future"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/tokenizer"
)

// stackUseGuideline bounds how many values the generated code pushes for one
// call or display before it switches to building the object incrementally
// (CPython's STACK_USE_GUIDELINE).
const stackUseGuideline = 30

// Options are the settings of one compilation.
type Options struct {
	// Filename goes into errors and code objects.
	Filename string
	// Optimize is the -O level: 1 drops asserts, 2 also docstrings.
	Optimize int
	// Future holds the module's future features.
	Future future.Features
	// Warn receives the SyntaxWarnings of the code (nil: they are dropped). It returns
	// ErrWarningIsError when a warnings filter turns the warning into an error: the
	// compilation then fails with a SyntaxError carrying the warning's message, as in
	// CPython; any other error fails it as it is.
	Warn func(msg string, lineno int) error
}

// compiler is the state of one compilation: the symbol tables and the stack
// of units being generated (the innermost is u).
type compiler struct {
	opts        Options
	table       *symtable.Table
	u           *Unit
	stack       []*Unit // the enclosing units of u
	err         error
	interactive bool // compiling for the REPL: expression statements print
}

// Codegen generates the pseudo-instructions of module mod, whose symbol
// tables are table, and of every code object nested in it.
func Codegen(mod ast.Mod, table *symtable.Table, opts Options) (*Unit, error) {
	c := &compiler{opts: opts, table: table}
	optimizeModule(mod, opts.Optimize)
	top := c.enterScope("<module>", ScopeModule, table.Top, 1)
	switch m := mod.(type) {
	case *ast.Module:
		c.body(m.Body)
	case *ast.Interactive:
		c.interactive = true
		for _, s := range m.Body {
			c.stmt(s)
		}
	case *ast.Expression:
		c.expr(m.Body)
		c.addop(opcode.RETURN_VALUE, 0, locOf(m.Body))
	default:
		return nil, fmt.Errorf("codegen: cannot compile a %T", mod)
	}
	if _, isExpr := mod.(*ast.Expression); !isExpr {
		c.addReturnAtEnd()
	}
	c.exitScope()
	if c.err != nil {
		return nil, c.err
	}
	return top, nil
}

// enterScope starts a unit for the scope ste and makes it current.
func (c *compiler) enterScope(name string, kind ScopeKind, ste *symtable.Entry, lineno int) *Unit {
	u := newUnit(name, kind, ste, lineno)
	if c.u != nil {
		u.private = c.u.private
		u.parent = c.u
		c.u.Nested = append(c.u.Nested, u)
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	u.Qualname = c.qualname(u)
	loc := instrseq.Location{Lineno: lineno, EndLineno: lineno}
	if kind == ScopeModule {
		loc.Lineno = 0
	}
	c.addop(opcode.RESUME, 0, loc)
	return u
}

// exitScope finishes the current unit and returns to its parent.
func (c *compiler) exitScope() {
	c.u.Seq.Resolve()
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

// qualname computes co_qualname: the dotted path from the module, with
// <locals> after a function, and plain names for explicitly global ones.
func (c *compiler) qualname(u *Unit) string {
	if len(c.stack) <= 1 {
		return u.Name
	}
	parent := c.stack[len(c.stack)-1]
	if parent.Kind == ScopeTypeParams {
		if len(c.stack) == 2 {
			return u.Name
		}
		parent = c.stack[len(c.stack)-2]
	}
	switch u.Kind {
	case ScopeFunction, ScopeAsyncFunction, ScopeClass:
		mangled := symtable.Mangle(parent.private, u.Name)
		if parent.Ste.Scope(mangled) == symtable.GlobalExplicit {
			return u.Name
		}
	}
	switch parent.Kind {
	case ScopeFunction, ScopeAsyncFunction, ScopeLambda:
		return parent.Qualname + ".<locals>." + u.Name
	}
	return parent.Qualname + "." + u.Name
}

// addReturnAtEnd ends a code object that can fall off its end.
func (c *compiler) addReturnAtEnd() {
	c.loadConst(noneConst, instrseq.NoLocation)
	c.addop(opcode.RETURN_VALUE, 0, instrseq.NoLocation)
}

func (c *compiler) addop(op, arg int, loc instrseq.Location) {
	c.u.Seq.Add(op, arg, loc)
}

func (c *compiler) addjump(op int, l instrseq.Label, loc instrseq.Location) {
	c.u.Seq.AddJump(op, l, loc)
}

func (c *compiler) newLabel() instrseq.Label { return c.u.Seq.NewLabel() }

func (c *compiler) useLabel(l instrseq.Label) { c.u.Seq.UseLabel(l) }

func (c *compiler) loadConst(v Const, loc instrseq.Location) {
	c.addop(opcode.LOAD_CONST, c.u.addConst(v), loc)
}

// addopName emits an instruction whose oparg names co_names[i], mangled;
// attribute and super-attribute loads carry flags in their low bits.
func (c *compiler) addopName(op int, name string, loc instrseq.Location) {
	arg := c.u.addName(symtable.MaybeMangle(c.u.private, c.u.Ste, name))
	switch op {
	case opcode.LOAD_ATTR:
		arg <<= 1
	case opcode.LOAD_METHOD:
		op, arg = opcode.LOAD_ATTR, arg<<1|1
	case opcode.LOAD_SUPER_ATTR:
		arg = arg<<2 | 2
	case opcode.LOAD_SUPER_METHOD:
		op, arg = opcode.LOAD_SUPER_ATTR, arg<<2|3
	case opcode.LOAD_ZERO_SUPER_ATTR:
		op, arg = opcode.LOAD_SUPER_ATTR, arg<<2
	case opcode.LOAD_ZERO_SUPER_METHOD:
		op, arg = opcode.LOAD_SUPER_ATTR, arg<<2|1
	}
	c.addop(op, arg, loc)
}

// locOf is the location of a node.
func locOf(n ast.Positioned) instrseq.Location {
	r := n.Span()
	return instrseq.Location{Lineno: r.Lineno, EndLineno: r.EndLineno, ColOffset: r.ColOffset, EndColOffset: r.EndColOffset}
}

// errorAt records a SyntaxError at loc unless one is recorded already.
func (c *compiler) errorAt(loc instrseq.Location, msg string) {
	if c.err != nil {
		return
	}
	c.err = &tokenizer.SyntaxError{
		Type: "SyntaxError", TextFromFile: true, Msg: msg, Filename: c.opts.Filename,
		Lineno: loc.Lineno, Offset: loc.ColOffset + 1, EndLineno: loc.EndLineno, EndOffset: loc.EndColOffset + 1,
	}
}

// unsupported records that a construct is not compiled yet.
func (c *compiler) unsupported(n ast.Positioned, what string) {
	if c.err == nil {
		r := n.Span()
		c.err = fmt.Errorf("%s:%d:%d: compiling %s is not supported yet", c.opts.Filename, r.Lineno, r.ColOffset+1, what)
	}
}

// lookupScope returns the entry of the scope node opens.
func (c *compiler) lookupScope(node ast.Node, role symtable.Role) *symtable.Entry {
	return c.table.Lookup(node, role)
}
