package flowgraph

import (
	"fmt"

	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// exceptStack is the stack of active handlers at a point of the graph.
type exceptStack struct {
	handlers []*block // handlers[0] is nil: no handler
}

func (s *exceptStack) top() *block { return s.handlers[len(s.handlers)-1] }

func (s *exceptStack) copy() *exceptStack {
	return &exceptStack{handlers: append([]*block(nil), s.handlers...)}
}

// markExceptHandlers flags the targets of SETUP_* as handlers.
func (g *graph) markExceptHandlers() {
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			if in := &b.instrs[i]; isBlockPush(in.op) {
				in.target.exceptHandler = true
			}
		}
	}
}

// labelExceptionTargets walks the graph with the stack of active handlers,
// pushed by SETUP_* and popped by POP_BLOCK, and records in each instruction
// the handler that covers it (CPython's label_exception_targets).
func (g *graph) labelExceptionTargets() error {
	g.clearVisited()
	todo := []*block{g.entry}
	g.entry.visited = true
	g.entry.exceptStack = &exceptStack{handlers: []*block{nil}}
	for len(todo) > 0 {
		b := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		stack := b.exceptStack
		b.exceptStack = nil
		handler := stack.top()
		for i := range b.instrs {
			in := &b.instrs[i]
			switch {
			case isBlockPush(in.op):
				if !in.target.visited {
					in.target.exceptStack = stack.copy()
					in.target.visited = true
					todo = append(todo, in.target)
				}
				if in.op == opcode.SETUP_WITH || in.op == opcode.SETUP_CLEANUP {
					in.target.preserveLasti = true
				}
				stack.handlers = append(stack.handlers, in.target)
				handler = in.target
			case in.op == opcode.POP_BLOCK:
				if len(stack.handlers) <= 1 {
					return fmt.Errorf("flowgraph: POP_BLOCK without a matching SETUP")
				}
				stack.handlers = stack.handlers[:len(stack.handlers)-1]
				handler = stack.top()
			case isJump(in.op):
				in.except = handler
				if !in.target.visited {
					if b.hasFallthrough() {
						in.target.exceptStack = stack.copy()
					} else {
						in.target.exceptStack = stack
					}
					in.target.visited = true
					todo = append(todo, in.target)
				}
			default:
				in.except = handler
			}
		}
		if b.hasFallthrough() && b.next != nil && !b.next.visited {
			b.next.exceptStack = stack
			b.next.visited = true
			todo = append(todo, b.next)
		}
	}
	for b := g.entry; b != nil; b = b.next {
		b.exceptStack = nil
	}
	return nil
}
