package codegen

import (
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// inlinedComp is what compiling one inlined comprehension changed in its
// unit, to be undone after it (CPython's inlined_comprehension_state).
type inlinedComp struct {
	pushed     []string                  // the saved names, in stack order
	tempScopes map[string]symtable.Scope // the outer scopes replaced (or absent)
	hadScope   map[string]bool           // whether a replaced scope was set before
	fastHidden []string                  // names made fast locals
	cleanup    instrseq.Label
	end        instrseq.Label
}

// pushInlinedComp prepares the current unit to run the body of the
// comprehension whose scope is comp: each name the comprehension binds is
// saved on the stack and cleared (LOAD_FAST_AND_CLEAR), with a fresh cell for
// a cell, so that the comprehension cannot see or change the outer binding;
// names whose scope differs inside take the comprehension's scope meanwhile.
// The outermost iterator, already on the stack, is moved back on top, and an
// exception handler restores the names if the comprehension raises.
func (c *compiler) pushInlinedComp(loc instrseq.Location, comp *symtable.Entry) *inlinedComp {
	u := c.u
	inClass := u.Ste.Type == symtable.ClassBlock && u.inline.depth == 0
	u.inline.depth++
	st := &inlinedComp{cleanup: c.newLabel(), end: c.newLabel()}
	for _, sym := range comp.Symbols() {
		scope := sym.Scope
		outer := u.scope(sym.Name)
		if scope != outer && scope != symtable.Free && !(scope == symtable.Cell && outer == symtable.Free) || inClass {
			if st.tempScopes == nil {
				st.tempScopes, st.hadScope = map[string]symtable.Scope{}, map[string]bool{}
			}
			if _, done := st.tempScopes[sym.Name]; !done {
				prev, had := u.inline.tempScopes[sym.Name]
				st.tempScopes[sym.Name], st.hadScope[sym.Name] = prev, had
			}
			if u.inline.tempScopes == nil {
				u.inline.tempScopes = map[string]symtable.Scope{}
			}
			u.inline.tempScopes[sym.Name] = scope
		}
		if sym.Flags&symtable.DefLocal != 0 && sym.Flags&symtable.DefNonlocal == 0 || inClass {
			if !u.Ste.IsFunctionLike() && !u.inline.fastHidden[sym.Name] {
				// A module or class body keeps the comprehension's names in
				// fast locals, hidden from locals().
				if u.inline.fastHidden == nil {
					u.inline.fastHidden = map[string]bool{}
				}
				if u.Hidden == nil {
					u.Hidden = map[string]bool{}
				}
				u.inline.fastHidden[sym.Name] = true
				u.Hidden[sym.Name] = true
				st.fastHidden = append(st.fastHidden, sym.Name)
			}
			c.addop(opcode.LOAD_FAST_AND_CLEAR, u.addVarname(sym.Name), loc)
			if scope == symtable.Cell {
				c.addop(opcode.MAKE_CELL, u.derefIndex(sym.Name, outer == symtable.Free), loc)
			}
			st.pushed = append(st.pushed, sym.Name)
		}
	}
	if len(st.pushed) > 0 {
		c.addop(opcode.SWAP, len(st.pushed)+1, loc)
		c.addjump(opcode.SETUP_FINALLY, st.cleanup, loc)
	}
	return st
}

// popInlinedComp undoes pushInlinedComp once the comprehension's result is
// on the stack: it restores the saved names under the result, on the normal
// path and on the exceptional one.
func (c *compiler) popInlinedComp(loc instrseq.Location, st *inlinedComp) {
	u := c.u
	u.inline.depth--
	for name, prev := range st.tempScopes {
		if st.hadScope[name] {
			u.inline.tempScopes[name] = prev
		} else {
			delete(u.inline.tempScopes, name)
		}
	}
	if len(st.pushed) > 0 {
		c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
		c.addjump(opcode.JUMP_NO_INTERRUPT, st.end, instrseq.NoLocation)
		c.useLabel(st.cleanup)
		// Drop the unfinished result, under the exception.
		c.addop(opcode.SWAP, 2, instrseq.NoLocation)
		c.addop(opcode.POP_TOP, 0, instrseq.NoLocation)
		c.restoreInlinedLocals(loc, st)
		c.addop(opcode.RERAISE, 0, instrseq.NoLocation)
		c.useLabel(st.end)
		c.restoreInlinedLocals(loc, st)
	}
	for _, name := range st.fastHidden {
		u.inline.fastHidden[name] = false
	}
}

// restoreInlinedLocals stores the saved names back, keeping the value on top
// of the stack (the result or the exception) there.
func (c *compiler) restoreInlinedLocals(loc instrseq.Location, st *inlinedComp) {
	c.addop(opcode.SWAP, len(st.pushed)+1, loc)
	for i := len(st.pushed) - 1; i >= 0; i-- {
		c.addop(opcode.STORE_FAST_MAYBE_NULL, c.u.addVarname(st.pushed[i]), loc)
	}
}
