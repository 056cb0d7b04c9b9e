package codegen

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// The RESUME operands after a suspension (CPython's RESUME_AFTER_*).
const (
	resumeYield     = 1
	resumeYieldFrom = 2
	resumeAwait     = 3
)

// wrapInStopIterationHandler guards the whole body of a generator or
// coroutine with a handler that turns a StopIteration escaping it into a
// RuntimeError (PEP 479), and ends the body with return None.
func (c *compiler) wrapInStopIterationHandler() {
	handler := c.newLabel()
	c.u.Seq.Insert(0, opcode.SETUP_CLEANUP, int(handler), instrseq.NoLocation)
	c.loadConst(noneConst, instrseq.NoLocation)
	c.addop(opcode.RETURN_VALUE, 0, instrseq.NoLocation)
	c.useLabel(handler)
	c.addop(opcode.CALL_INTRINSIC_1, intrinsicStopIteration, instrseq.NoLocation)
	c.addop(opcode.RERAISE, 1, instrseq.NoLocation)
}

// yieldValue yields the value on the stack and resumes with the value sent
// in; an async generator wraps what it yields, to tell it from an await.
func (c *compiler) yieldValue(loc instrseq.Location) {
	if c.u.Ste.Generator && c.u.Ste.Coroutine {
		c.addop(opcode.CALL_INTRINSIC_1, intrinsicAsyncGenWrap, loc)
	}
	c.addop(opcode.YIELD_VALUE, 0, loc)
	c.addop(opcode.RESUME, resumeYield, loc)
}

// yieldFrom delegates to the iterator under the value on the stack until it
// is exhausted (the SEND loop of yield from and await); a throw() or close()
// that ends the iterator goes through CLEANUP_THROW.
func (c *compiler) yieldFrom(loc instrseq.Location, await bool) {
	send, fail, exit := c.newLabel(), c.newLabel(), c.newLabel()
	c.useLabel(send)
	c.addjump(opcode.SEND, exit, loc)
	c.addjump(opcode.SETUP_FINALLY, fail, loc)
	c.addop(opcode.YIELD_VALUE, 1, loc)
	c.addop(opcode.POP_BLOCK, 0, instrseq.NoLocation)
	resume := resumeYieldFrom
	if await {
		resume = resumeAwait
	}
	c.addop(opcode.RESUME, resume, loc)
	c.addjump(opcode.JUMP_NO_INTERRUPT, send, loc)
	c.useLabel(fail)
	c.addop(opcode.CLEANUP_THROW, 0, loc)
	c.useLabel(exit)
	c.addop(opcode.END_SEND, 0, loc)
}

func (c *compiler) yieldExpr(e *ast.Yield) {
	loc := locOf(e)
	if !c.u.Ste.IsFunctionLike() {
		c.errorAt(loc, "'yield' outside function")
		return
	}
	if e.Value != nil {
		c.expr(e.Value)
	} else {
		c.loadConst(noneConst, loc)
	}
	c.yieldValue(loc)
}

func (c *compiler) yieldFromExpr(e *ast.YieldFrom) {
	loc := locOf(e)
	if !c.u.Ste.IsFunctionLike() {
		c.errorAt(loc, "'yield' outside function")
		return
	}
	if c.u.Kind == ScopeAsyncFunction {
		c.errorAt(loc, "'yield from' inside async function")
		return
	}
	c.expr(e.Value)
	c.addop(opcode.GET_YIELD_FROM_ITER, 0, loc)
	c.loadConst(noneConst, loc)
	c.yieldFrom(loc, false)
}

func (c *compiler) awaitExpr(e *ast.Await) {
	loc := locOf(e)
	if !c.u.Ste.IsFunctionLike() {
		c.errorAt(loc, "'await' outside function")
		return
	}
	if c.u.Kind != ScopeAsyncFunction && c.u.Kind != ScopeComprehension {
		c.errorAt(loc, "'await' outside async function")
		return
	}
	c.expr(e.Value)
	c.addop(opcode.GET_AWAITABLE, 0, loc)
	c.loadConst(noneConst, loc)
	c.yieldFrom(loc, true)
}

// asyncFor compiles `async for`: each step awaits __anext__ under a handler
// whose END_ASYNC_FOR ends the loop on StopAsyncIteration.
func (c *compiler) asyncFor(s *ast.AsyncFor) {
	loc := locOf(s)
	if c.u.Kind != ScopeAsyncFunction {
		c.errorAt(loc, "'async for' outside async function")
		return
	}
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.addop(opcode.GET_AITER, 0, locOf(s.Iter))
	c.useLabel(start)
	c.pushFblock(forLoop, start, end, loc)
	c.addjump(opcode.SETUP_FINALLY, except, loc)
	c.addop(opcode.GET_ANEXT, 0, loc)
	c.loadConst(noneConst, loc)
	c.yieldFrom(loc, true)
	c.addop(opcode.POP_BLOCK, 0, loc)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.addjump(opcode.JUMP, start, instrseq.NoLocation)
	c.popFblock()
	c.useLabel(except)
	// END_ASYNC_FOR belongs to the loop header, not to the body.
	c.addop(opcode.END_ASYNC_FOR, 0, locOf(s.Iter))
	c.stmts(s.Orelse)
	c.useLabel(end)
}
