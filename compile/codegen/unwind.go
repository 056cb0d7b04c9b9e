package codegen

import (
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// Leaving enclosing blocks early: break, continue and return jump out of
// loops, try bodies, except clauses, finally clauses and with bodies, and
// each block left needs its clean-up code emitted on the way out (CPython's
// compiler_unwind_fblock and compiler_unwind_fblock_stack).

// unwindFblock emits what leaving block b needs. With preserveTOS the value
// on top of the stack (a return value) is kept above what is popped. *loc is
// the location of the instructions to emit; after running a finally clause
// or an __exit__ it becomes artificial, so that what follows appears to run
// after the statement that caused the unwinding.
func (c *compiler) unwindFblock(b fblock, loc *instrseq.Location, preserveTOS bool) {
	switch b.kind {
	case forLoop:
		// Pop the iterator.
		if preserveTOS {
			c.addop(opcode.SWAP, 2, *loc)
		}
		c.addop(opcode.POP_TOP, 0, *loc)
	case tryExcept:
		c.addop(opcode.POP_BLOCK, 0, *loc)
	case finallyTry:
		// This POP_BLOCK gets the line of the unwinding statement.
		c.addop(opcode.POP_BLOCK, 0, *loc)
		if preserveTOS {
			c.pushFblock(popValue, instrseq.NoLabel, instrseq.NoLabel, *loc)
		}
		c.stmts(b.finalBody)
		if preserveTOS {
			c.popFblock()
		}
		*loc = instrseq.NoLocation
	case finallyEnd:
		if preserveTOS {
			c.addop(opcode.SWAP, 2, *loc)
		}
		c.addop(opcode.POP_TOP, 0, *loc) // exc_value
		if preserveTOS {
			c.addop(opcode.SWAP, 2, *loc)
		}
		c.addop(opcode.POP_BLOCK, 0, *loc)
		c.addop(opcode.POP_EXCEPT, 0, *loc)
	case withBlock, asyncWithBlock:
		*loc = b.loc
		c.addop(opcode.POP_BLOCK, 0, *loc)
		if preserveTOS {
			// Below the value: the bound __exit__.
			c.addop(opcode.SWAP, 2, *loc)
		}
		c.callExitWithNones(*loc)
		if b.kind == asyncWithBlock {
			c.awaitResult(2, *loc)
		}
		c.addop(opcode.POP_TOP, 0, *loc)
		*loc = instrseq.NoLocation
	case handlerCleanup:
		if b.name != "" {
			c.addop(opcode.POP_BLOCK, 0, *loc)
		}
		if preserveTOS {
			c.addop(opcode.SWAP, 2, *loc)
		}
		c.addop(opcode.POP_BLOCK, 0, *loc)
		c.addop(opcode.POP_EXCEPT, 0, *loc)
		if b.name != "" {
			c.loadConst(noneConst, *loc)
			c.nameop(b.name, store, *loc)
			c.nameop(b.name, del, *loc)
		}
	case popValue:
		if preserveTOS {
			c.addop(opcode.SWAP, 2, *loc)
		}
		c.addop(opcode.POP_TOP, 0, *loc)
	}
	// Other blocks (while loops, the except clauses as a whole, and the
	// blocks of generators and comprehensions) need nothing.
}

// unwindFblockStack unwinds the enclosing blocks, innermost first. With
// toLoop it stops at the innermost loop, which it returns unwound; found is
// false when there is none. Each block is taken off the stack while its
// clean-up is emitted, so that a finally clause run here does not unwind
// itself again.
func (c *compiler) unwindFblockStack(loc *instrseq.Location, preserveTOS, toLoop bool) (loop fblock, found bool) {
	n := len(c.u.fblocks)
	if n == 0 || c.err != nil {
		return fblock{}, false
	}
	top := c.u.fblocks[n-1]
	if top.kind == exceptionGroupHandler {
		c.errorAt(*loc, "'break', 'continue' and 'return' cannot appear in an except* block")
		return fblock{}, false
	}
	if toLoop && (top.kind == whileLoop || top.kind == forLoop) {
		return top, true
	}
	c.u.fblocks = c.u.fblocks[:n-1]
	c.unwindFblock(top, loc, preserveTOS)
	loop, found = c.unwindFblockStack(loc, preserveTOS, toLoop)
	c.u.fblocks = append(c.u.fblocks[:n-1], top)
	return loop, found
}

func (c *compiler) breakStmt(loc instrseq.Location) {
	origin := loc
	// A NOP carries the statement's line.
	c.addop(opcode.NOP, 0, loc)
	loop, ok := c.unwindFblockStack(&loc, false, true)
	if c.err != nil {
		return
	}
	if !ok {
		c.errorAt(origin, "'break' outside loop")
		return
	}
	c.unwindFblock(loop, &loc, false)
	c.addjump(opcode.JUMP, loop.exit, loc)
}

func (c *compiler) continueStmt(loc instrseq.Location) {
	origin := loc
	c.addop(opcode.NOP, 0, loc)
	loop, ok := c.unwindFblockStack(&loc, false, true)
	if c.err != nil {
		return
	}
	if !ok {
		c.errorAt(origin, "'continue' not properly in loop")
		return
	}
	c.addjump(opcode.JUMP, loop.block, loc)
}
