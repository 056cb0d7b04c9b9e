package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// context is how a name or target is used.
type context int

const (
	load context = iota
	store
	del
)

func ctxOf(c ast.ExprContext) context {
	switch c.(type) {
	case ast.Store:
		return store
	case ast.Del:
		return del
	}
	return load
}

// forbiddenName reports (and records) an assignment to __debug__.
func (c *compiler) forbiddenName(name string, ctx context, loc instrseq.Location) bool {
	if name != "__debug__" {
		return false
	}
	switch ctx {
	case store:
		c.errorAt(loc, "cannot assign to __debug__")
		return true
	case del:
		c.errorAt(loc, "cannot delete __debug__")
		return true
	}
	return false
}

// nameop emits the load, store or delete of a variable, choosing the
// instruction from the name's scope (CPython's compiler_nameop).
func (c *compiler) nameop(name string, ctx context, loc instrseq.Location) {
	if c.forbiddenName(name, ctx, loc) {
		return
	}
	u := c.u
	mangled := symtable.MaybeMangle(u.private, u.Ste, name)
	const (
		opName = iota
		opFast
		opGlobal
		opDeref
	)
	kind, free := opName, false
	scope := u.scope(mangled)
	switch scope {
	case symtable.Free:
		kind, free = opDeref, true
	case symtable.Cell:
		kind = opDeref
	case symtable.Local:
		if u.Ste.IsFunctionLike() || u.inline.fastHidden[mangled] {
			kind = opFast
		}
	case symtable.GlobalImplicit:
		if u.Ste.IsFunctionLike() {
			kind = opGlobal
		}
	case symtable.GlobalExplicit:
		kind = opGlobal
	}
	var op, arg int
	switch kind {
	case opDeref:
		switch ctx {
		case load:
			switch {
			case u.Ste.Type == symtable.ClassBlock && u.inline.depth == 0:
				// A class body looks in its namespace first, then in the cell.
				c.addop(opcode.LOAD_LOCALS, 0, loc)
				op = opcode.LOAD_FROM_DICT_OR_DEREF
			case u.Ste.CanSeeClassScope:
				c.addop(opcode.LOAD_DEREF, u.derefIndex("__classdict__", true), loc)
				op = opcode.LOAD_FROM_DICT_OR_DEREF
			default:
				op = opcode.LOAD_DEREF
			}
		case store:
			op = opcode.STORE_DEREF
		default:
			op = opcode.DELETE_DEREF
		}
		arg = u.derefIndex(mangled, free)
	case opFast:
		op = [...]int{opcode.LOAD_FAST, opcode.STORE_FAST, opcode.DELETE_FAST}[ctx]
		arg = u.addVarname(mangled)
	case opGlobal:
		switch ctx {
		case load:
			if u.Ste.CanSeeClassScope && scope == symtable.GlobalImplicit {
				c.addop(opcode.LOAD_DEREF, u.derefIndex("__classdict__", true), loc)
				op = opcode.LOAD_FROM_DICT_OR_GLOBALS
			} else {
				op = opcode.LOAD_GLOBAL
			}
		case store:
			op = opcode.STORE_GLOBAL
		default:
			op = opcode.DELETE_GLOBAL
		}
		arg = u.addName(mangled)
	default:
		op = [...]int{opcode.LOAD_NAME, opcode.STORE_NAME, opcode.DELETE_NAME}[ctx]
		if ctx == load && u.Ste.Type == symtable.ClassBlock && u.inline.depth > 0 {
			// A comprehension inlined into a class body does not see the
			// class namespace.
			op = opcode.LOAD_GLOBAL
		}
		arg = u.addName(mangled)
	}
	if op == opcode.LOAD_GLOBAL {
		arg <<= 1
	}
	c.addop(op, arg, loc)
}
