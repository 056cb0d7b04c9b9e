package flowgraph

import "github.com/taipanpy/taipan/internal/generated/opcode"

// markCold marks the blocks reachable only through exception handlers.
func (g *graph) markCold() {
	g.clearVisited()
	stack := []*block{g.entry}
	g.entry.visited = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.warm = true
		if b.next != nil && b.hasFallthrough() && !b.next.visited {
			b.next.visited = true
			stack = append(stack, b.next)
		}
		for i := range b.instrs {
			if in := &b.instrs[i]; isJump(in.op) && !in.target.visited {
				in.target.visited = true
				stack = append(stack, in.target)
			}
		}
	}
	g.clearVisited()
	stack = stack[:0]
	for b := g.entry; b != nil; b = b.next {
		if b.exceptHandler {
			b.visited = true
			stack = append(stack, b)
		}
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.cold = true
		if b.next != nil && b.hasFallthrough() && !b.next.warm && !b.next.visited {
			b.next.visited = true
			stack = append(stack, b.next)
		}
		for i := range b.instrs {
			if in := &b.instrs[i]; isJump(in.op) && !in.target.warm && !in.target.visited {
				in.target.visited = true
				stack = append(stack, in.target)
			}
		}
	}
}

// pushColdBlocksToEnd moves the exception handlers and the code only they
// reach after the normal path, so that the hot code is contiguous.
func (g *graph) pushColdBlocksToEnd() {
	if g.entry.next == nil {
		return
	}
	g.markCold()
	// A cold block falling into a warm one needs an explicit jump.
	for b := g.entry; b != nil; b = b.next {
		if b.cold && b.hasFallthrough() && b.next != nil && b.next.warm {
			j := &block{cold: true, next: b.next, predecessors: 1}
			j.instrs = []instr{{op: opcode.JUMP_NO_INTERRUPT, loc: noLocation, target: b.next}}
			b.next.labelled = true
			b.next = j
		}
	}
	var coldHead, coldTail *block
	b := g.entry
	for b.next != nil {
		for b.next != nil && !b.next.cold {
			b = b.next
		}
		if b.next == nil {
			break
		}
		end := b.next
		for end.next != nil && end.next.cold {
			end = end.next
		}
		if coldHead == nil {
			coldHead = b.next
		} else {
			coldTail.next = b.next
		}
		coldTail = end
		b.next = end.next
		end.next = nil
	}
	b.next = coldHead
	if coldHead != nil {
		g.removeRedundantJumps()
	}
}
