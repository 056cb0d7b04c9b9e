package symtable

// Symbol is one name of a scope: the facts recorded about it and, after
// analysis, its scope.
type Symbol struct {
	Name  string
	Flags Flags
	Scope Scope
}

// Entry is one scope (CPython's PySTEntryObject).
type Entry struct {
	// Name is the scope's name: "top", a function, class or type-parameter
	// name, "lambda", "listcomp", "genexpr", ...
	Name string
	// Type is the kind of block.
	Type BlockType
	// Lineno, ColOffset, EndLineno and EndColOffset locate the node that
	// opened the scope.
	Lineno, ColOffset, EndLineno, EndColOffset int
	// Varnames lists the parameters in order (co_varnames starts with them).
	Varnames []string
	// Children are the scopes nested directly in this one, in source order;
	// inlined comprehensions are replaced by their own children.
	Children []*Entry

	// Nested is set when the scope is inside a function-like scope.
	Nested bool
	// Free is set when the scope has free variables; ChildFree when a
	// nested scope has (both as CPython computes them).
	Free, ChildFree bool
	// Generator, Coroutine and ReturnsValue describe a function body.
	Generator, Coroutine, ReturnsValue bool
	// Varargs and Varkeywords are set when the function has *args or **kwargs.
	Varargs, Varkeywords bool
	// Comprehension says which comprehension, if any, the scope is.
	Comprehension CompKind
	// CompInlined is set on a comprehension inlined into its parent (PEP 709).
	CompInlined bool
	// NeedsClassClosure is set on a class whose methods use __class__ (or
	// super()); NeedsClassdict on a class whose annotation scopes use
	// __classdict__.
	NeedsClassClosure, NeedsClassdict bool
	// CanSeeClassScope is set on an annotation scope directly inside a class:
	// it reads the class namespace through __classdict__.
	CanSeeClassScope bool
	// ScopeInfo names what a TypeVariableBlock evaluates ("a TypeVar bound",
	// ...), for error messages.
	ScopeInfo string

	syms  []Symbol
	index map[string]int

	directives     []directive
	mangledNames   map[string]bool // type parameter names to mangle, or nil
	compIterTarget bool            // visiting a comprehension's target
	compIterExpr   int             // depth inside a comprehension's iterable
}

// directive records where a global or nonlocal declaration of a name is, so
// that errors found during analysis can point at it.
type directive struct {
	name                                       string
	lineno, colOffset, endLineno, endColOffset int
}

func newEntry(name string, typ BlockType, lineno, col, endLineno, endCol int) *Entry {
	return &Entry{
		Name: name, Type: typ,
		Lineno: lineno, ColOffset: col, EndLineno: endLineno, EndColOffset: endCol,
		index: map[string]int{},
	}
}

// Lookup returns the symbol called name (already mangled) and whether the
// scope has one.
func (e *Entry) Lookup(name string) (Symbol, bool) {
	i, ok := e.index[name]
	if !ok {
		return Symbol{}, false
	}
	return e.syms[i], true
}

// Flags returns the flags recorded for name, or 0.
func (e *Entry) Flags(name string) Flags {
	if i, ok := e.index[name]; ok {
		return e.syms[i].Flags
	}
	return 0
}

// Scope returns the scope of name, or Unresolved if the scope has no such symbol.
func (e *Entry) Scope(name string) Scope {
	if i, ok := e.index[name]; ok {
		return e.syms[i].Scope
	}
	return Unresolved
}

// Symbols returns the scope's symbols in the order they were first seen.
func (e *Entry) Symbols() []Symbol { return e.syms }

// IsFunctionLike reports whether the scope has fast locals: a function or
// one of the annotation scopes of PEP 695.
func (e *Entry) IsFunctionLike() bool {
	switch e.Type {
	case FunctionBlock, TypeVariableBlock, TypeAliasBlock, TypeParametersBlock:
		return true
	}
	return false
}

// setFlags records flags for name, adding the symbol at the end if it is new.
func (e *Entry) setFlags(name string, f Flags) {
	if i, ok := e.index[name]; ok {
		e.syms[i].Flags = f
		return
	}
	e.index[name] = len(e.syms)
	e.syms = append(e.syms, Symbol{Name: name, Flags: f})
}

// setScope records the analysed scope of an existing symbol.
func (e *Entry) setScope(name string, s Scope) {
	e.syms[e.index[name]].Scope = s
}

// remove deletes the symbol name, keeping the others in order.
func (e *Entry) remove(name string) {
	i, ok := e.index[name]
	if !ok {
		return
	}
	e.syms = append(e.syms[:i], e.syms[i+1:]...)
	delete(e.index, name)
	for j := i; j < len(e.syms); j++ {
		e.index[e.syms[j].Name] = j
	}
}

// has reports whether the scope has a symbol called name.
func (e *Entry) has(name string) bool {
	_, ok := e.index[name]
	return ok
}
