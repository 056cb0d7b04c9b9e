package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// with and async with statements (CPython's compiler_with and
// compiler_async_with). Several items nest: each item's body is the rest of
// the items, then the statement's body.
//
//	BEFORE_WITH                 (mgr -- exit, enter_result)
//	SETUP_WITH final
//	<store or pop enter_result; body>
//	POP_BLOCK
//	exit(None, None, None); POP_TOP
//	JUMP exit
//	final: (exit, lasti, prev_exc, exc on the stack)
//	PUSH_EXC_INFO; WITH_EXCEPT_START; ... re-raise unless the result is true

// withStmt compiles items[pos:] of s and its body.
func (c *compiler) withStmt(s *ast.With, pos int) {
	item := s.Items[pos]
	block, final, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	loc := locOf(item.ContextExpr)
	c.addop(opcode.BEFORE_WITH, 0, loc)
	c.addjump(opcode.SETUP_WITH, final, loc)
	c.useLabel(block)
	c.pushFblock(withBlock, block, final, loc)
	c.withTarget(item, loc)
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.withStmt(s, pos+1)
	}
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	c.popFblock()
	// Normal exit: __exit__(None, None, None).
	c.callExitWithNones(loc)
	c.addop(opcode.POP_TOP, 0, loc)
	c.addjump(opcode.JUMP, exit, loc)

	// Exceptional exit.
	c.useLabel(final)
	c.addjump(opcode.SETUP_CLEANUP, cleanup, loc)
	c.addop(opcode.PUSH_EXC_INFO, 0, loc)
	c.addop(opcode.WITH_EXCEPT_START, 0, loc)
	c.withExceptFinish(cleanup)
	c.useLabel(exit)
}

// asyncWithStmt compiles items[pos:] of an async with statement, which
// awaits __aenter__ and __aexit__.
func (c *compiler) asyncWithStmt(s *ast.AsyncWith, pos int) {
	if c.u.Kind != ScopeAsyncFunction {
		c.errorAt(locOf(s), "'async with' outside async function")
		return
	}
	item := s.Items[pos]
	block, final, exit, cleanup := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	loc := locOf(item.ContextExpr)
	c.addop(opcode.BEFORE_ASYNC_WITH, 0, loc)
	c.awaitResult(1, loc)
	c.addjump(opcode.SETUP_WITH, final, loc)
	c.useLabel(block)
	c.pushFblock(asyncWithBlock, block, final, loc)
	c.withTarget(item, loc)
	if pos+1 == len(s.Items) {
		c.stmts(s.Body)
	} else {
		c.asyncWithStmt(s, pos+1)
	}
	c.popFblock()
	c.addop(opcode.POP_BLOCK, 0, loc)
	c.callExitWithNones(loc)
	c.awaitResult(2, loc)
	c.addop(opcode.POP_TOP, 0, loc)
	c.addjump(opcode.JUMP, exit, loc)

	c.useLabel(final)
	c.addjump(opcode.SETUP_CLEANUP, cleanup, loc)
	c.addop(opcode.PUSH_EXC_INFO, 0, loc)
	c.addop(opcode.WITH_EXCEPT_START, 0, loc)
	c.awaitResult(2, loc)
	c.withExceptFinish(cleanup)
	c.useLabel(exit)
}

// withTarget binds what __enter__ returned to the item's "as" target, or
// drops it.
func (c *compiler) withTarget(item *ast.WithItem, loc instrseq.Location) {
	if item.OptionalVars != nil {
		c.expr(item.OptionalVars)
	} else {
		c.addop(opcode.POP_TOP, 0, loc)
	}
}

// callExitWithNones calls the bound __exit__ below the top of the stack as
// __exit__(None, None, None).
func (c *compiler) callExitWithNones(loc instrseq.Location) {
	c.loadConst(noneConst, loc)
	c.loadConst(noneConst, loc)
	c.loadConst(noneConst, loc)
	c.addop(opcode.CALL, 2, loc)
}

// withExceptFinish ends the exceptional exit of a with statement: a true
// result of __exit__ suppresses the exception, anything else re-raises it.
func (c *compiler) withExceptFinish(cleanup instrseq.Label) {
	suppress, exit := c.newLabel(), c.newLabel()
	c.addop(opcode.TO_BOOL, 0, instrseq.NoLocation)
	c.addjump(opcode.POP_JUMP_IF_TRUE, suppress, instrseq.NoLocation)
	c.addop(opcode.RERAISE, 2, instrseq.NoLocation)
	c.useLabel(suppress)
	c.addop(opcode.POP_TOP, 0, instrseq.NoLocation) // exc_value
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	c.addop(opcode.POP_EXCEPT, 0, instrseq.NoLocation)
	c.addop(opcode.POP_TOP, 0, instrseq.NoLocation) // lasti
	c.addop(opcode.POP_TOP, 0, instrseq.NoLocation) // exit
	c.addjump(opcode.JUMP_NO_INTERRUPT, exit, instrseq.NoLocation)
	c.useLabel(cleanup)
	c.popExceptAndReraise(instrseq.NoLocation)
	c.useLabel(exit)
}

// awaitResult awaits the value on the stack, as an async with does with
// what __aenter__ and __aexit__ return: GET_AWAITABLE (whose operand says
// which method returned it, for the error message) and a yield from loop.
func (c *compiler) awaitResult(where int, loc instrseq.Location) {
	c.addop(opcode.GET_AWAITABLE, where, loc)
	c.loadConst(noneConst, loc)
	c.yieldFrom(loc, true)
}
