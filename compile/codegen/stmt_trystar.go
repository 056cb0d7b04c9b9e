package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// tryStarExcept compiles a try statement with except* clauses (CPython's
// compiler_try_star_except). The handler keeps the original exception group
// and a list of what each clause raised or left unhandled; CHECK_EG_MATCH
// splits off the part a clause handles, and after the last clause
// INTRINSIC_PREP_RERAISE_STAR combines the list into the exception to
// re-raise, or None when everything was handled.
//
// Stack in the handler: [prev_exc, orig, list, rest] with match above rest
// while a clause runs.
func (c *compiler) tryStarExcept(s *ast.TryStar) {
	loc := locOf(s)
	start, except, orelse, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	cleanup, reraiseStar := c.newLabel(), c.newLabel()
	c.addjump(opcode.SETUP_FINALLY, except, loc)
	c.useLabel(start)
	c.pushFblock(tryExcept, start, instrseq.NoLabel, loc)
	c.stmts(s.Body)
	c.popFblock()
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	c.addjump(opcode.JUMP_NO_INTERRUPT, orelse, instrseq.NoLocation)

	c.useLabel(except)
	c.addjump(opcode.SETUP_CLEANUP, cleanup, instrseq.NoLocation)
	c.addop(opcode.PUSH_EXC_INFO, 0, instrseq.NoLocation)
	c.pushFblock(exceptionGroupHandler, instrseq.NoLabel, instrseq.NoLabel, loc)
	n := len(s.Handlers)
	for i, h := range s.Handlers {
		if c.err != nil {
			return
		}
		h := h.(*ast.ExceptHandler)
		hloc := locOf(h)
		except = c.newLabel()
		exceptWithError, noMatch := c.newLabel(), c.newLabel()
		if i == 0 {
			// The list of raised exceptions, then a copy of the group to
			// split.
			c.addop(opcode.BUILD_LIST, 0, hloc)
			c.addop(opcode.COPY, 2, hloc)
		}
		if h.Type != nil {
			c.expr(h.Type)
			c.addop(opcode.CHECK_EG_MATCH, 0, hloc)
			c.addop(opcode.COPY, 1, hloc)
			c.addjump(opcode.POP_JUMP_IF_NONE, noMatch, hloc)
		}
		cleanupEnd, body := c.newLabel(), c.newLabel()
		if h.Name != "" {
			c.nameop(h.Name, store, hloc)
		} else {
			c.addop(opcode.POP_TOP, 0, hloc) // match
		}
		c.addjump(opcode.SETUP_CLEANUP, cleanupEnd, hloc)
		c.useLabel(body)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: handlerCleanup, block: body, loc: hloc, name: h.Name})
		c.stmts(h.Body)
		c.popFblock()
		c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
		if h.Name != "" {
			c.clearName(h.Name)
		}
		c.addjump(opcode.JUMP_NO_INTERRUPT, except, instrseq.NoLocation)

		// The clause raised: add what it raised to the list.
		c.useLabel(cleanupEnd)
		if h.Name != "" {
			c.clearName(h.Name)
		}
		c.addop(opcode.LIST_APPEND, 3, instrseq.NoLocation) // exc
		c.addop(opcode.POP_TOP, 0, instrseq.NoLocation)     // lasti
		c.addjump(opcode.JUMP_NO_INTERRUPT, exceptWithError, instrseq.NoLocation)

		c.useLabel(except)
		c.addop(opcode.NOP, 0, instrseq.NoLocation) // holds a propagated location
		c.addjump(opcode.JUMP_NO_INTERRUPT, exceptWithError, instrseq.NoLocation)

		c.useLabel(noMatch)
		c.addop(opcode.POP_TOP, 0, hloc) // match (None)

		c.useLabel(exceptWithError)
		if i == n-1 {
			// Add the unhandled rest of the group (or None) to the list.
			c.addop(opcode.LIST_APPEND, 1, instrseq.NoLocation)
			c.addjump(opcode.JUMP_NO_INTERRUPT, reraiseStar, instrseq.NoLocation)
		}
	}
	c.popFblock()
	reraise := c.newLabel()
	c.useLabel(reraiseStar)
	c.addop(opcode.CALL_INTRINSIC_2, intrinsicPrepReraiseStar, instrseq.NoLocation)
	c.addop(opcode.COPY, 1, instrseq.NoLocation)
	c.addjump(opcode.POP_JUMP_IF_NOT_NONE, reraise, instrseq.NoLocation)
	// Nothing to re-raise.
	c.addop(opcode.POP_TOP, 0, instrseq.NoLocation)
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	c.addop(opcode.POP_EXCEPT, 0, instrseq.NoLocation)
	c.addjump(opcode.JUMP_NO_INTERRUPT, end, instrseq.NoLocation)

	c.useLabel(reraise)
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	c.addop(opcode.SWAP, 2, instrseq.NoLocation)
	c.addop(opcode.POP_EXCEPT, 0, instrseq.NoLocation)
	c.addop(opcode.RERAISE, 0, instrseq.NoLocation)

	c.useLabel(cleanup)
	c.popExceptAndReraise(instrseq.NoLocation)

	c.useLabel(orelse)
	c.stmts(s.Orelse)
	c.useLabel(end)
}
