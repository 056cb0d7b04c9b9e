package symtable

import (
	"fmt"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/future"
	"github.com/taipanpy/taipan/tokenizer"
)

// Role distinguishes the several scopes one AST node can open.
type Role uint8

const (
	// RoleBody is the scope a node opens itself: a function, lambda, class or
	// comprehension body, a type alias value, a TypeVar bound or constraints.
	RoleBody Role = iota
	// RoleTypeParams is the type-parameter scope of a generic function,
	// class or type alias (keyed by that statement).
	RoleTypeParams
	// RoleDefault is the scope of a type parameter's default (keyed by the
	// type parameter).
	RoleDefault
	// RoleAnnotations is an annotation block of `from __future__ import
	// annotations` (keyed by the function, or by the annotation expression).
	RoleAnnotations
)

// Key identifies a scope by the node that opens it and the role it plays.
type Key struct {
	Node ast.Node
	Role Role
}

// Table is the result of Build: the tree of scopes and an index from the
// nodes that open them.
type Table struct {
	// Top is the module scope.
	Top *Entry
	// Future holds the module's future features.
	Future future.Flags

	blocks   map[Key]*Entry
	filename string

	cur     *Entry   // the scope being filled
	stack   []*Entry // every open scope, innermost last
	global  *Entry   // the module scope (CPython's st_global)
	private string   // the enclosing class name, for mangling; "" outside classes
	depth   int      // nesting of visits, bounded by recursionLimit
	err     error    // the first error; once set, visits return at once
}

// recursionLimit bounds the nesting of the AST visit, as CPython's compiler
// does, so that hostile input (a + a + ... a hundred thousand times) ends in
// an error rather than exhausting the stack.
const recursionLimit = 10000

// Lookup returns the scope that node opens in the given role, or nil.
func (t *Table) Lookup(node ast.Node, role Role) *Entry {
	return t.blocks[Key{node, role}]
}

// Build builds the symbol tables of mod. filename goes into errors; features
// are the module's future features (from future.Parse).
func Build(mod ast.Mod, filename string, features future.Flags) (*Table, error) {
	t := &Table{Future: features, blocks: map[Key]*Entry{}, filename: filename}
	t.enterBlock("top", ModuleBlock, Key{mod, RoleBody}, ast.Range{})
	t.Top = t.cur
	switch m := mod.(type) {
	case *ast.Module:
		t.visitStmts(m.Body)
	case *ast.Interactive:
		t.visitStmts(m.Body)
	case *ast.Expression:
		t.visitExpr(m.Body)
	case *ast.FunctionType:
		return nil, fmt.Errorf("this compiler does not handle FunctionTypes")
	default:
		return nil, fmt.Errorf("symtable: unexpected module node %T", mod)
	}
	t.exitBlock()
	if t.err != nil {
		return nil, t.err
	}
	if err := t.analyze(); err != nil {
		return nil, err
	}
	return t, nil
}

// enterBlock opens a new scope keyed by key and makes it current.
func (t *Table) enterBlock(name string, typ BlockType, key Key, r ast.Range) {
	e := newEntry(name, typ, r.Lineno, r.ColOffset, r.EndLineno, r.EndColOffset)
	prev := t.cur
	if prev != nil && (prev.Nested || prev.IsFunctionLike()) {
		e.Nested = true
	}
	t.blocks[key] = e
	t.stack = append(t.stack, e)
	// bpo-37757: an assignment expression is refused anywhere inside a
	// comprehension's outermost iterable, even in a nested lambda.
	if prev != nil {
		e.compIterExpr = prev.compIterExpr
		// A class mangles every name itself; other scopes inside a generic
		// class's type-parameter scope inherit its restricted set.
		if prev.mangledNames != nil && typ != ClassBlock {
			e.mangledNames = prev.mangledNames
		}
	}
	t.cur = e
	// Annotation blocks become strings at compile time; they are scopes for
	// the checks only, and are not children of anything.
	if typ == AnnotationBlock {
		return
	}
	if typ == ModuleBlock {
		t.global = e
	}
	if prev != nil {
		prev.Children = append(prev.Children, e)
	}
}

// exitBlock closes the current scope.
func (t *Table) exitBlock() {
	t.stack = t.stack[:len(t.stack)-1]
	t.cur = nil
	if n := len(t.stack); n > 0 {
		t.cur = t.stack[n-1]
	}
}

// lookup returns the flags the current scope has for name, mangled.
func (t *Table) lookup(name string) Flags { return t.lookupIn(t.cur, name) }

// lookupIn returns the flags scope e has for name, mangled as e sees it.
func (t *Table) lookupIn(e *Entry, name string) Flags {
	return e.Flags(MaybeMangle(t.private, e, name))
}

// addDef records flag for name in the current scope.
func (t *Table) addDef(name string, flag Flags, r ast.Range) {
	if flag&DefTypeParam != 0 && t.cur.mangledNames != nil {
		t.cur.mangledNames[name] = true
	}
	t.addDefIn(t.cur, name, flag, r)
}

// addDefIn records flag for name in scope e (an assignment expression in a
// comprehension binds in an enclosing scope). r locates errors.
func (t *Table) addDefIn(e *Entry, name string, flag Flags, r ast.Range) {
	if t.err != nil {
		return
	}
	mangled := MaybeMangle(t.private, t.cur, name)
	val, exists := e.Flags(mangled), e.has(mangled)
	if exists {
		if flag&DefParam != 0 && val&DefParam != 0 {
			t.errorAt(fmt.Sprintf("duplicate argument '%s' in function definition", name), r)
			return
		}
		if flag&DefTypeParam != 0 && val&DefTypeParam != 0 {
			t.errorAt(fmt.Sprintf("duplicate type parameter '%s'", name), r)
			return
		}
		val |= flag
	} else {
		val = flag
	}
	if e.compIterTarget {
		// An iteration variable of a comprehension: it may not also be the
		// target of an assignment expression seen earlier.
		if val&(DefGlobal|DefNonlocal) != 0 {
			t.errorAt(fmt.Sprintf("comprehension inner loop cannot rebind assignment expression target '%s'", name), r)
			return
		}
		val |= DefCompIter
	}
	e.setFlags(mangled, val)
	if flag&DefParam != 0 {
		e.Varnames = append(e.Varnames, mangled)
	} else if flag&DefGlobal != 0 {
		// A global declaration anywhere makes the name a global of the module.
		t.global.setFlags(mangled, t.global.Flags(mangled)|flag)
	}
}

// recordDirective remembers where a global or nonlocal declaration of name is.
func (t *Table) recordDirective(name string, r ast.Range) {
	t.cur.directives = append(t.cur.directives, directive{
		MaybeMangle(t.private, t.cur, name), r.Lineno, r.ColOffset, r.EndLineno, r.EndColOffset,
	})
}

// errorAt records a SyntaxError spanning r, unless one is already recorded.
// Columns are byte offsets plus one, as CPython's symbol table reports them.
func (t *Table) errorAt(msg string, r ast.Range) {
	if t.err != nil {
		return
	}
	t.err = &tokenizer.SyntaxError{
		Type: "SyntaxError", TextFromFile: true, Msg: msg, Filename: t.filename,
		Lineno: r.Lineno, Offset: r.ColOffset + 1, EndLineno: r.EndLineno, EndOffset: r.EndColOffset + 1,
	}
}

// enter counts one level of visit nesting; it reports false (and records a
// RecursionError) when the limit is passed. Every successful enter is paired
// with a leave.
func (t *Table) enter() bool {
	if t.err != nil {
		return false
	}
	t.depth++
	if t.depth > recursionLimit {
		t.depth--
		t.err = &tokenizer.SyntaxError{Type: "RecursionError",
			Msg: "maximum recursion depth exceeded during compilation", Filename: t.filename}
		return false
	}
	return true
}

func (t *Table) leave() { t.depth-- }
