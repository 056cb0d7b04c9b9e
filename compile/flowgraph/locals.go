package flowgraph

import "github.com/taipanpy/taipan/internal/generated/opcode"

// addChecksForUninitialized turns LOAD_FAST into LOAD_FAST_CHECK wherever the
// local may be unbound on some path: the first 64 locals by a data-flow
// analysis over the graph, the rest one block at a time, as CPython does to
// keep compilation linear.
func (g *graph) addChecksForUninitialized(nlocals, nparams int) {
	if nlocals == 0 {
		return
	}
	if nlocals > 64 {
		g.fastScanManyLocals(nlocals)
		nlocals = 64
	}
	g.clearVisited()
	for b := g.entry; b != nil; b = b.next {
		b.unsafeLocals = 0
	}
	var stack []*block
	var start uint64
	for i := nparams; i < nlocals; i++ {
		start |= 1 << uint(i)
	}
	push := func(b *block, mask uint64) {
		both := b.unsafeLocals | mask
		if b.unsafeLocals != both {
			b.unsafeLocals = both
			if !b.visited {
				b.visited = true
				stack = append(stack, b)
			}
		}
	}
	scan := func(b *block) {
		unsafe := b.unsafeLocals
		for i := range b.instrs {
			in := &b.instrs[i]
			if in.except != nil {
				push(in.except, unsafe)
			}
			if in.arg >= 64 || in.arg < 0 {
				continue
			}
			bit := uint64(1) << uint(in.arg)
			switch in.op {
			case opcode.DELETE_FAST, opcode.LOAD_FAST_AND_CLEAR, opcode.STORE_FAST_MAYBE_NULL:
				unsafe |= bit
			case opcode.STORE_FAST, opcode.LOAD_FAST_CHECK:
				unsafe &^= bit
			case opcode.LOAD_FAST:
				if unsafe&bit != 0 {
					in.op = opcode.LOAD_FAST_CHECK
				}
				unsafe &^= bit
			}
		}
		if b.next != nil && b.hasFallthrough() {
			push(b.next, unsafe)
		}
		if last := b.last(); last != nil && isJump(last.op) {
			push(last.target, unsafe)
		}
	}
	push(g.entry, start)
	// DELETE_FAST may appear anywhere: scan every block once.
	for b := g.entry; b != nil; b = b.next {
		scan(b)
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.visited = false
		scan(b)
	}
}

func (g *graph) fastScanManyLocals(nlocals int) {
	states := make([]int, nlocals-64)
	blocknum := 0
	for b := g.entry; b != nil; b = b.next {
		blocknum++
		for i := range b.instrs {
			in := &b.instrs[i]
			arg := in.arg
			if arg < 64 || arg >= nlocals {
				continue
			}
			switch in.op {
			case opcode.DELETE_FAST, opcode.LOAD_FAST_AND_CLEAR, opcode.STORE_FAST_MAYBE_NULL:
				states[arg-64] = blocknum - 1
			case opcode.STORE_FAST:
				states[arg-64] = blocknum
			case opcode.LOAD_FAST:
				if states[arg-64] != blocknum {
					in.op = opcode.LOAD_FAST_CHECK
				}
				states[arg-64] = blocknum
			}
		}
	}
}

// insertSuperinstructions fuses pairs of fast-local accesses on one line with
// small enough opargs.
func (g *graph) insertSuperinstructions() {
	for b := g.entry; b != nil; b = b.next {
		for i := 0; i+1 < len(b.instrs); i++ {
			in, next := &b.instrs[i], &b.instrs[i+1]
			super := 0
			switch {
			case in.op == opcode.LOAD_FAST && next.op == opcode.LOAD_FAST:
				super = opcode.LOAD_FAST_LOAD_FAST
			case in.op == opcode.STORE_FAST && next.op == opcode.LOAD_FAST:
				super = opcode.STORE_FAST_LOAD_FAST
			case in.op == opcode.STORE_FAST && next.op == opcode.STORE_FAST:
				super = opcode.STORE_FAST_STORE_FAST
			default:
				continue
			}
			if in.loc.Lineno != next.loc.Lineno || in.arg >= 16 || next.arg >= 16 {
				continue
			}
			in.op, in.arg = super, in.arg<<4|next.arg
			setOp0(next, opcode.NOP)
		}
	}
	g.removeRedundantNops()
}
