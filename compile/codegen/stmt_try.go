package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// try statements, as CPython's compiler_try_except, compiler_try_finally and
// compiler_try_star_except generate them. SETUP_FINALLY and SETUP_CLEANUP
// name the handler of the instructions up to the matching POP_BLOCK; the
// flow-graph pass turns them into the exception table. A handler starts with
// the exception on the stack (with lasti below it for SETUP_CLEANUP).

// The CALL_INTRINSIC_2 operand that combines what except* clauses raised.
const intrinsicPrepReraiseStar = 1

func (c *compiler) tryStmt(s *ast.Try) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(locOf(s), s.Finalbody, func() {
			if len(s.Handlers) > 0 {
				c.tryExcept(s)
			} else {
				c.stmts(s.Body)
			}
		})
		return
	}
	c.tryExcept(s)
}

func (c *compiler) tryStarStmt(s *ast.TryStar) {
	if len(s.Finalbody) > 0 {
		c.tryFinally(locOf(s), s.Finalbody, func() { c.tryStarExcept(s) })
		return
	}
	c.tryStarExcept(s)
}

// popExceptAndReraise is the clean-up handler of an exception handler:
// it restores the exception that was being handled before and re-raises.
func (c *compiler) popExceptAndReraise(loc instrseq.Location) {
	c.addop(opcode.COPY, 3, loc)
	c.addop(opcode.POP_EXCEPT, 0, loc)
	c.addop(opcode.RERAISE, 1, loc)
}

// tryFinally compiles body protected by a finally clause, which is
// emitted twice: once inline for the normal exit, once as the handler run
// when an exception leaves body.
func (c *compiler) tryFinally(loc instrseq.Location, finalBody []ast.Stmt, body func()) {
	start, end, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.addjump(opcode.SETUP_FINALLY, end, loc)
	c.useLabel(start)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: finallyTry, block: start, exit: end, loc: loc, finalBody: finalBody})
	body()
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	c.popFblock()
	c.stmts(finalBody)
	c.addjump(opcode.JUMP_NO_INTERRUPT, exit, instrseq.NoLocation)

	// The finally clause run for an exception, which it re-raises.
	c.useLabel(end)
	c.addjump(opcode.SETUP_CLEANUP, cleanup, instrseq.NoLocation)
	c.addop(opcode.PUSH_EXC_INFO, 0, instrseq.NoLocation)
	c.pushFblock(finallyEnd, end, instrseq.NoLabel, instrseq.NoLocation)
	c.stmts(finalBody)
	c.popFblock()
	c.addop(opcode.RERAISE, 0, instrseq.NoLocation)
	c.useLabel(cleanup)
	c.popExceptAndReraise(instrseq.NoLocation)
	c.useLabel(exit)
}

// tryExcept compiles a try statement's body, except clauses and else
// clause.
func (c *compiler) tryExcept(s *ast.Try) {
	loc := locOf(s)
	start, except, end, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.addjump(opcode.SETUP_FINALLY, except, loc)
	c.useLabel(start)
	c.pushFblock(tryExcept, start, instrseq.NoLabel, loc)
	c.stmts(s.Body)
	c.popFblock()
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	c.stmts(s.Orelse)
	c.addjump(opcode.JUMP_NO_INTERRUPT, end, instrseq.NoLocation)

	c.useLabel(except)
	c.addjump(opcode.SETUP_CLEANUP, cleanup, instrseq.NoLocation)
	c.addop(opcode.PUSH_EXC_INFO, 0, instrseq.NoLocation)
	// The handler runs with the exception being handled pushed.
	c.pushFblock(exceptionHandler, instrseq.NoLabel, instrseq.NoLabel, loc)
	for i, h := range s.Handlers {
		if c.err != nil {
			return
		}
		h := h.(*ast.ExceptHandler)
		hloc := locOf(h)
		if h.Type == nil && i < len(s.Handlers)-1 {
			c.errorAt(hloc, "default 'except:' must be last")
			return
		}
		except = c.newLabel()
		if h.Type != nil {
			c.expr(h.Type)
			c.addop(opcode.CHECK_EXC_MATCH, 0, hloc)
			c.addjump(opcode.POP_JUMP_IF_FALSE, except, hloc)
		}
		if h.Name != "" {
			c.namedHandlerBody(h, hloc, end)
		} else {
			body := c.newLabel()
			c.addop(opcode.POP_TOP, 0, hloc) // exc_value
			c.useLabel(body)
			c.pushFblock(handlerCleanup, body, instrseq.NoLabel, hloc)
			c.stmts(h.Body)
			c.popFblock()
			c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
			c.addop(opcode.POP_EXCEPT, 0, instrseq.NoLocation)
			c.addjump(opcode.JUMP_NO_INTERRUPT, end, instrseq.NoLocation)
		}
		c.useLabel(except)
	}
	c.popFblock()
	// No clause matched.
	c.addop(opcode.RERAISE, 0, instrseq.NoLocation)
	c.useLabel(cleanup)
	c.popExceptAndReraise(instrseq.NoLocation)
	c.useLabel(end)
}

// namedHandlerBody compiles the body of `except T as name`, which runs as
//
//	try:
//	    body
//	finally:
//	    name = None  # in case body contains "del name"
//	    del name
//
// so that the exception, whose traceback refers to the frame, does not
// outlive the clause.
func (c *compiler) namedHandlerBody(h *ast.ExceptHandler, hloc instrseq.Location, end instrseq.Label) {
	cleanupEnd, body := c.newLabel(), c.newLabel()
	c.nameop(h.Name, store, hloc)
	c.addjump(opcode.SETUP_CLEANUP, cleanupEnd, hloc)
	c.useLabel(body)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: handlerCleanup, block: body, loc: hloc, name: h.Name})
	c.stmts(h.Body)
	c.popFblock()
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	c.addop(opcode.POP_EXCEPT, 0, instrseq.NoLocation)
	c.clearName(h.Name)
	c.addjump(opcode.JUMP_NO_INTERRUPT, end, instrseq.NoLocation)

	c.useLabel(cleanupEnd)
	c.clearName(h.Name)
	c.addop(opcode.RERAISE, 1, instrseq.NoLocation)
}

// clearName emits the artificial `name = None; del name` that ends an
// except clause with a name.
func (c *compiler) clearName(name string) {
	c.loadConst(noneConst, instrseq.NoLocation)
	c.nameop(name, store, instrseq.NoLocation)
	c.nameop(name, del, instrseq.NoLocation)
}
