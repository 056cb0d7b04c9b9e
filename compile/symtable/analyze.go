package symtable

import (
	"fmt"
	"sort"

	"github.com/taipanpy/taipan/ast"
)

// The second pass decides the scope of every name, from the facts the first
// pass recorded. Each block is analysed with four sets handed down from its
// parent:
//
//	bound       names bound in enclosing function scopes (nil for the module)
//	free        free names of the block's nested scopes (an output)
//	global      names declared global in enclosing scopes
//	typeParams  type parameters of enclosing scopes
//
// A block first classifies its own names, then analyses its children with the
// sets extended by its own bindings; names free in children that it binds
// become cells. A class's bindings are not visible in its methods, so a class
// passes its parent's sets down unchanged. Comprehensions other than
// generator expressions are then inlined into their parent (PEP 709).

type nameSet map[string]struct{}

func (s nameSet) has(name string) bool { _, ok := s[name]; return ok }
func (s nameSet) add(name string)      { s[name] = struct{}{} }
func (s nameSet) discard(name string)  { delete(s, name) }

// union adds every name of o to s.
func (s nameSet) union(o nameSet) {
	for n := range o {
		s[n] = struct{}{}
	}
}

func (s nameSet) clone() nameSet {
	c := make(nameSet, len(s))
	c.union(s)
	return c
}

// sorted returns the names in order, so that symbols added from a set come
// out the same way on every run.
func (s nameSet) sorted() []string {
	names := make([]string, 0, len(s))
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (t *Table) analyze() error {
	return t.analyzeBlock(t.Top, nil, nameSet{}, nameSet{}, nameSet{}, nil)
}

// analyzeBlock decides the scopes of ste's names and of its children's.
// classEntry is the class whose namespace an annotation scope can see.
func (t *Table) analyzeBlock(ste *Entry, bound, free, global, typeParams nameSet, classEntry *Entry) error {
	local := nameSet{}
	scopes := make(map[string]Scope, len(ste.syms))
	newGlobal, newFree, newBound, inlinedCells := nameSet{}, nameSet{}, nameSet{}, nameSet{}

	// A class namespace is invisible to nested functions: they see what the
	// class's parent sees, so its sets are prepared before its own names.
	if ste.Type == ClassBlock {
		newGlobal.union(global)
		if bound != nil {
			newBound.union(bound)
		}
	}
	for _, sym := range ste.syms {
		if err := t.analyzeName(ste, scopes, sym.Name, sym.Flags, bound, local, free, global, typeParams, classEntry); err != nil {
			return err
		}
	}
	if ste.Type != ClassBlock {
		if ste.IsFunctionLike() {
			newBound.union(local)
		}
		if bound != nil {
			newBound.union(bound)
		}
		newGlobal.union(global)
	} else {
		// Methods reach the class through these two implicit cells.
		newBound.add("__class__")
		newBound.add("__classdict__")
	}

	for _, child := range ste.Children {
		var childClass *Entry
		if child.CanSeeClassScope {
			if ste.Type == ClassBlock {
				childClass = ste
			} else {
				childClass = classEntry
			}
		}
		// Every comprehension but a generator expression is inlined, except
		// inside an annotation scope of a class.
		inline := child.Comprehension != NoComprehension && !child.Generator && !ste.CanSeeClassScope
		// A child gets copies of the sets (always non-nil, even under the
		// module, whose own bound set is nil); its free set starts with what
		// earlier siblings left free, as in CPython.
		childFree := newFree.clone()
		if err := t.analyzeBlock(child, newBound.clone(), childFree, newGlobal.clone(), typeParams.clone(), childClass); err != nil {
			return err
		}
		if inline {
			inlineComprehension(ste, child, scopes, childFree, inlinedCells)
			child.CompInlined = true
		}
		newFree.union(childFree)
		if child.Free || child.ChildFree {
			ste.ChildFree = true
		}
	}

	// The children of an inlined comprehension become this block's children.
	if len(ste.Children) > 0 {
		children := make([]*Entry, 0, len(ste.Children))
		for _, c := range ste.Children {
			if c.CompInlined {
				children = append(children, c.Children...)
			} else {
				children = append(children, c)
			}
		}
		ste.Children = children
	}

	if ste.IsFunctionLike() {
		analyzeCells(scopes, newFree, inlinedCells)
	} else if ste.Type == ClassBlock {
		dropClassFree(ste, newFree)
	}
	updateSymbols(ste, scopes, bound, newFree, inlinedCells, ste.Type == ClassBlock || ste.CanSeeClassScope)
	free.union(newFree)
	return nil
}

// analyzeName decides the scope of one name of ste.
func (t *Table) analyzeName(ste *Entry, scopes map[string]Scope, name string, flags Flags,
	bound, local, free, global, typeParams nameSet, classEntry *Entry) error {
	if flags&DefGlobal != 0 {
		if flags&DefNonlocal != 0 {
			return t.errorAtDirective(ste, name, fmt.Sprintf("name '%s' is nonlocal and global", name))
		}
		scopes[name] = GlobalExplicit
		global.add(name)
		if bound != nil {
			bound.discard(name)
		}
		return nil
	}
	if flags&DefNonlocal != 0 {
		if bound == nil {
			return t.errorAtDirective(ste, name, "nonlocal declaration not allowed at module level")
		}
		if !bound.has(name) {
			return t.errorAtDirective(ste, name, fmt.Sprintf("no binding for nonlocal '%s' found", name))
		}
		if typeParams.has(name) {
			return t.errorAtDirective(ste, name, fmt.Sprintf("nonlocal binding not allowed for type parameter '%s'", name))
		}
		scopes[name] = Free
		ste.Free = true
		free.add(name)
		return nil
	}
	if flags&DefBound != 0 {
		scopes[name] = Local
		local.add(name)
		global.discard(name)
		if flags&DefTypeParam != 0 {
			typeParams.add(name)
		} else {
			typeParams.discard(name)
		}
		return nil
	}
	// An annotation scope in a class sees the class namespace first: a name
	// the class binds is looked up there (and then in the globals), never in
	// an enclosing function.
	if classEntry != nil {
		classFlags := classEntry.Flags(name)
		if classFlags&DefGlobal != 0 {
			scopes[name] = GlobalExplicit
			return nil
		}
		if classFlags&DefBound != 0 && classFlags&DefNonlocal == 0 {
			scopes[name] = GlobalImplicit
			return nil
		}
	}
	if bound != nil && bound.has(name) {
		scopes[name] = Free
		ste.Free = true
		free.add(name)
		return nil
	}
	if global.has(name) {
		scopes[name] = GlobalImplicit
		return nil
	}
	if ste.Nested {
		ste.Free = true
	}
	scopes[name] = GlobalImplicit
	return nil
}

// errorAtDirective reports msg at the global or nonlocal declaration of name.
func (t *Table) errorAtDirective(ste *Entry, name, msg string) error {
	for _, d := range ste.directives {
		if d.name == name {
			t.err = nil
			t.errorAt(msg, ast.Range{Lineno: d.lineno, ColOffset: d.colOffset, EndLineno: d.endLineno, EndColOffset: d.endColOffset})
			return t.err
		}
	}
	return fmt.Errorf("symtable: no declaration recorded for %q: %s", name, msg)
}

// isFreeInAnyChild reports whether name is free in a direct child of e.
func isFreeInAnyChild(e *Entry, name string) bool {
	for _, c := range e.Children {
		if c.Scope(name) == Free {
			return true
		}
	}
	return false
}

// inlineComprehension merges the analysed symbols of comprehension comp into
// its parent ste.
func inlineComprehension(ste, comp *Entry, scopes map[string]Scope, compFree, inlinedCells nameSet) {
	removeDunderClass := false
	defer func() {
		if removeDunderClass {
			comp.remove("__class__") // the comprehension's code looks it up as the class does
		}
	}()
	for _, sym := range comp.syms {
		if sym.Flags&DefParam != 0 {
			continue // the implicit .0
		}
		scope, flags := sym.Scope, sym.Flags
		if scope == Cell || flags&DefCompCell != 0 {
			inlinedCells.add(sym.Name)
		}
		if scope == Free && ste.Type == ClassBlock && sym.Name == "__class__" {
			// __class__ is never free through a class scope: in a comprehension
			// inlined into a class it is a global, or dropClassFree would take it
			// for the class's own cell.
			scope = GlobalImplicit
			flags &^= DefFree
			compFree.discard(sym.Name)
			removeDunderClass = true
		}
		if !ste.has(sym.Name) {
			ste.setFlags(sym.Name, flags)
			scopes[sym.Name] = scope
			continue
		}
		// A name free in the comprehension but local to the parent is simply
		// the parent's local once inlined, unless a nested scope of the
		// comprehension needs it as a cell, or the parent is a class.
		if ste.Flags(sym.Name)&DefBound != 0 && ste.Type != ClassBlock && !isFreeInAnyChild(comp, sym.Name) {
			compFree.discard(sym.Name)
		}
	}
}

// analyzeCells turns the locals that nested scopes use into cells.
func analyzeCells(scopes map[string]Scope, free, inlinedCells nameSet) {
	for name, scope := range scopes {
		if scope != Local {
			continue
		}
		if !free.has(name) && !inlinedCells.has(name) {
			continue
		}
		scopes[name] = Cell
		free.discard(name)
	}
}

// dropClassFree takes __class__ and __classdict__ out of a class's free set:
// the class provides them as implicit cells.
func dropClassFree(ste *Entry, free nameSet) {
	if free.has("__class__") {
		free.discard("__class__")
		ste.NeedsClassClosure = true
	}
	if free.has("__classdict__") {
		free.discard("__classdict__")
		ste.NeedsClassdict = true
	}
}

// updateSymbols stores the decided scopes, and adds the names that are free
// in children and bound further out: ste must pass them through as free.
func updateSymbols(ste *Entry, scopes map[string]Scope, bound, free, inlinedCells nameSet, classFlag bool) {
	for i := range ste.syms {
		sym := &ste.syms[i]
		if inlinedCells.has(sym.Name) {
			sym.Flags |= DefCompCell
		}
		sym.Scope = scopes[sym.Name]
	}
	for _, name := range free.sorted() {
		if ste.has(name) {
			// A method's free name that the class also binds or uses.
			if classFlag {
				ste.syms[ste.index[name]].Flags |= DefFreeClass
			}
			continue
		}
		if bound != nil && !bound.has(name) {
			continue // a global
		}
		ste.setFlags(name, 0)
		ste.setScope(name, Free)
	}
}
