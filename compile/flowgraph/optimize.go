package flowgraph

import (
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// maxCopySize is the largest exit block copied into its predecessors.
const maxCopySize = 4

// optimize runs CPython 3.13's optimize_cfg.
func (g *graph) optimize(consts Consts, firstLineno int) error {
	if err := g.check(); err != nil {
		return err
	}
	g.inlineSmallOrNoLinenoBlocks()
	g.removeUnreachable()
	g.resolveLineNumbers(firstLineno)
	g.optimizeLoadConst(consts)
	for b := g.entry; b != nil; b = b.next {
		b.optimize(consts)
	}
	g.removeRedundantNopsAndPairs()
	// Folding TO_BOOL and NOPs away can bring a LOAD_CONST next to the
	// instruction that consumes it (x is None, then a jump).
	g.optimizeLoadConst(consts)
	g.removeUnreachable()
	g.removeRedundantNopsAndJumps()
	return nil
}

// inlineBlock replaces an unconditional jump at the end of b by a copy of its
// target when the target is a small block that leaves the function, or has no
// line number and does not fall through (so the copy cannot confuse tracing).
func (b *block) inlineBlock() bool {
	last := b.last()
	if last == nil || !isUnconditionalJump(last.op) {
		return false
	}
	target := last.target
	if target == b {
		return false
	}
	smallExit := target.exitsScope() && len(target.instrs) <= maxCopySize
	noLineno := target.hasNoLineno() && !target.hasFallthrough()
	if !smallExit && !noLineno {
		return false
	}
	removed := last.op
	setOp0(last, opcode.NOP)
	b.instrs = append(b.instrs, target.instrs...)
	if noLineno {
		// Keep the eval-breaker check of the jump we removed.
		if l := b.last(); isUnconditionalJump(l.op) && removed == opcode.JUMP {
			l.op = opcode.JUMP
		}
	}
	target.predecessors--
	return true
}

func (g *graph) inlineSmallOrNoLinenoBlocks() {
	// Every change removes a jump, but copies can bring new ones; the bound
	// keeps a pathological graph from growing forever.
	for round := 0; round < 100; round++ {
		changed := false
		for b := g.entry; b != nil; b = b.next {
			if b.inlineBlock() {
				changed = true
			}
		}
		if !changed {
			return
		}
	}
}

// removeUnreachable empties the blocks no path from the entry reaches and
// counts every block's predecessors.
func (g *graph) removeUnreachable() {
	for b := g.entry; b != nil; b = b.next {
		b.predecessors = 0
		b.visited = false
	}
	stack := []*block{g.entry}
	g.entry.predecessors = 1
	g.entry.visited = true
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if b.next != nil && b.hasFallthrough() {
			if !b.next.visited {
				b.next.visited = true
				stack = append(stack, b.next)
			}
			b.next.predecessors++
		}
		for i := range b.instrs {
			in := &b.instrs[i]
			if hasTarget(in.op) {
				if !in.target.visited {
					in.target.visited = true
					stack = append(stack, in.target)
				}
				in.target.predecessors++
			}
		}
	}
	for b := g.entry; b != nil; b = b.next {
		if b.predecessors == 0 {
			b.instrs = nil
			b.exceptHandler = false
		}
	}
}

// removeRedundantNops drops the NOPs that carry no line number of their own.
func (b *block) removeRedundantNops() int {
	dest := 0
	prevLineno := -1
	for src := 0; src < len(b.instrs); src++ {
		in := b.instrs[src]
		lineno := in.loc.Lineno
		if in.op == opcode.NOP {
			if lineno < 0 || prevLineno == lineno {
				continue
			}
			if src < len(b.instrs)-1 {
				next := &b.instrs[src+1]
				if next.loc.Lineno == lineno {
					continue
				}
				if next.loc.Lineno < 0 {
					next.loc = in.loc
					continue
				}
			} else if next := nextNonEmpty(b.next); next != nil {
				nextLoc := noLocation
				for _, ni := range next.instrs {
					if ni.op == opcode.NOP && ni.loc.Lineno < 0 {
						continue // will be removed
					}
					nextLoc = ni.loc
					break
				}
				if lineno == nextLoc.Lineno {
					continue
				}
			}
		}
		b.instrs[dest] = in
		dest++
		prevLineno = lineno
	}
	removed := len(b.instrs) - dest
	b.instrs = b.instrs[:dest]
	return removed
}

func (g *graph) removeRedundantNops() int {
	n := 0
	for b := g.entry; b != nil; b = b.next {
		n += b.removeRedundantNops()
	}
	return n
}

// removeRedundantJumps turns into NOPs the unconditional jumps to the block
// that follows anyway.
func (g *graph) removeRedundantJumps() int {
	n := 0
	for b := g.entry; b != nil; b = b.next {
		last := b.last()
		if last == nil || !isUnconditionalJump(last.op) {
			continue
		}
		if t := nextNonEmpty(last.target); t != nil && t == nextNonEmpty(b.next) {
			setOp0(last, opcode.NOP)
			n++
		}
	}
	return n
}

func (g *graph) removeRedundantNopsAndJumps() {
	for g.removeRedundantNops()+g.removeRedundantJumps() > 0 {
	}
}

// removeRedundantNopsAndPairs removes pushes immediately popped: LOAD_CONST
// or COPY 1 followed by POP_TOP, also across block boundaries that are not
// jump targets.
func (g *graph) removeRedundantNopsAndPairs() {
	for done := false; !done; {
		done = true
		var prev, cur *instr
		for b := g.entry; b != nil; b = b.next {
			b.removeRedundantNops()
			if b.labelled {
				cur = nil
			}
			for i := range b.instrs {
				prev, cur = cur, &b.instrs[i]
				if cur.op != opcode.POP_TOP || prev == nil {
					continue
				}
				if prev.op == opcode.LOAD_CONST || (prev.op == opcode.COPY && prev.arg == 1) {
					setOp0(prev, opcode.NOP)
					setOp0(cur, opcode.NOP)
					done = false
				}
			}
			if (cur != nil && isJump(cur.op)) || !b.hasFallthrough() {
				cur = nil
			}
		}
	}
}

// optimizeLoadConst folds a LOAD_CONST into the instruction that consumes
// it: conditional jumps on a constant, `is None` tests, TO_BOOL and returns.
func (g *graph) optimizeLoadConst(consts Consts) {
	for b := g.entry; b != nil; b = b.next {
		op, arg := 0, 0
		for i := 0; i < len(b.instrs); i++ {
			in := &b.instrs[i]
			if !(op == opcode.LOAD_CONST && in.op == opcode.COPY && in.arg == 1) {
				op, arg = in.op, in.arg
			}
			if op != opcode.LOAD_CONST || arg >= consts.Len() {
				continue
			}
			nextop := 0
			if i+1 < len(b.instrs) {
				nextop = b.instrs[i+1].op
			}
			switch nextop {
			case opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE:
				truth, ok := consts.Truth(arg)
				if !ok {
					break
				}
				setOp0(in, opcode.NOP)
				if truth == (nextop == opcode.POP_JUMP_IF_TRUE) {
					b.instrs[i+1].op = opcode.JUMP
				} else {
					setOp0(&b.instrs[i+1], opcode.NOP)
				}
			case opcode.IS_OP:
				jumpOp := 0
				if i+2 < len(b.instrs) {
					jumpOp = b.instrs[i+2].op
				}
				if consts.IsNone(arg) && (jumpOp == opcode.POP_JUMP_IF_FALSE || jumpOp == opcode.POP_JUMP_IF_TRUE) {
					invert := b.instrs[i+1].arg != 0
					setOp0(in, opcode.NOP)
					setOp0(&b.instrs[i+1], opcode.NOP)
					if invert != (jumpOp == opcode.POP_JUMP_IF_FALSE) {
						b.instrs[i+2].op = opcode.POP_JUMP_IF_NOT_NONE
					} else {
						b.instrs[i+2].op = opcode.POP_JUMP_IF_NONE
					}
				}
			case opcode.TO_BOOL:
				truth, ok := consts.Truth(arg)
				if !ok {
					break
				}
				setOp0(in, opcode.NOP)
				b.instrs[i+1].op, b.instrs[i+1].arg = opcode.LOAD_CONST, consts.Bool(truth)
			case opcode.RETURN_VALUE:
				setOp0(in, opcode.NOP)
				i++
				b.instrs[i].op, b.instrs[i].arg = opcode.RETURN_CONST, arg
			}
		}
	}
}

// jumpThread makes the jump ending b go straight to the target of the jump
// it lands on. The old jump becomes a NOP keeping its line; the new one takes
// the location of the jump it bypasses.
func (b *block) jumpThread(in, target *instr, op int) bool {
	if in.target == target.target {
		return false
	}
	loc, dest := target.loc, target.target
	setOp0(in, opcode.NOP)
	b.instrs = append(b.instrs, instr{op: op, arg: 0, loc: loc, target: dest, except: in.except})
	return true
}

// optimize applies the peephole optimisations of one block
// (optimize_basic_block).
func (b *block) optimize(consts Consts) {
	nop := instr{op: opcode.NOP}
	target := &nop
	op, arg := 0, 0
	for i := 0; i < len(b.instrs); i++ {
		in := &b.instrs[i]
		if !(op == opcode.LOAD_CONST && in.op == opcode.COPY && in.arg == 1) {
			op, arg = in.op, in.arg
			target = &nop
			if hasTarget(op) && in.target != nil {
				if t := nextNonEmpty(in.target); t != nil {
					target = &t.instrs[0]
				}
			}
		}
		nextop := 0
		if i+1 < len(b.instrs) {
			nextop = b.instrs[i+1].op
		}
		switch op {
		case opcode.BUILD_TUPLE:
			if nextop == opcode.UNPACK_SEQUENCE && arg == b.instrs[i+1].arg {
				switch arg {
				case 1:
					setOp0(in, opcode.NOP)
					setOp0(&b.instrs[i+1], opcode.NOP)
					continue
				case 2, 3:
					setOp0(in, opcode.NOP)
					b.instrs[i+1].op = opcode.SWAP
					continue
				}
			}
			if i >= arg {
				foldTuple(b.instrs[i-arg:i+1], arg, consts)
			}
		case opcode.POP_JUMP_IF_NOT_NONE, opcode.POP_JUMP_IF_NONE,
			opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE:
			if target.op == opcode.JUMP && i == len(b.instrs)-1 {
				if b.jumpThread(in, target, op) {
					i--
				}
			}
		case opcode.JUMP, opcode.JUMP_NO_INTERRUPT:
			if i != len(b.instrs)-1 {
				break
			}
			switch target.op {
			case opcode.JUMP:
				if b.jumpThread(in, target, opcode.JUMP) {
					i--
				}
			case opcode.JUMP_NO_INTERRUPT:
				if b.jumpThread(in, target, op) {
					i--
				}
			}
		case opcode.STORE_FAST:
			// x = x = v: the first store is dead.
			if nextop == op && i+1 < len(b.instrs) && arg == b.instrs[i+1].arg && in.loc.Lineno == b.instrs[i+1].loc.Lineno {
				setOp0(in, opcode.POP_TOP)
			}
		case opcode.SWAP:
			if arg == 1 {
				setOp0(in, opcode.NOP)
				break
			}
			b.swaptimize(&i)
			b.applyStaticSwaps(i)
		case opcode.LOAD_GLOBAL:
			// The callable's NULL rides on LOAD_GLOBAL's low bit.
			if nextop == opcode.PUSH_NULL && arg&1 == 0 {
				in.arg = arg | 1
				setOp0(&b.instrs[i+1], opcode.NOP)
			}
		case opcode.COMPARE_OP:
			if nextop == opcode.TO_BOOL {
				setOp0(in, opcode.NOP)
				b.instrs[i+1].op, b.instrs[i+1].arg = opcode.COMPARE_OP, arg|16
				continue
			}
		case opcode.CONTAINS_OP, opcode.IS_OP:
			if nextop == opcode.TO_BOOL {
				setOp0(in, opcode.NOP)
				b.instrs[i+1].op, b.instrs[i+1].arg = op, arg
				continue
			}
			if nextop == opcode.UNARY_NOT {
				setOp0(in, opcode.NOP)
				b.instrs[i+1].op, b.instrs[i+1].arg = op, arg^1
				continue
			}
		case opcode.TO_BOOL:
			if nextop == opcode.TO_BOOL {
				setOp0(in, opcode.NOP)
				continue
			}
		case opcode.UNARY_NOT:
			if nextop == opcode.TO_BOOL {
				setOp0(in, opcode.NOP)
				setOp0(&b.instrs[i+1], opcode.UNARY_NOT)
				continue
			}
			if nextop == opcode.UNARY_NOT {
				setOp0(in, opcode.NOP)
				setOp0(&b.instrs[i+1], opcode.NOP)
				continue
			}
		}
	}
}

// foldTuple replaces LOAD_CONST c1 ... LOAD_CONST cn, BUILD_TUPLE n by
// LOAD_CONST (c1, ..., cn).
func foldTuple(run []instr, n int, consts Consts) {
	items := make([]int, n)
	for i := 0; i < n; i++ {
		if run[i].op != opcode.LOAD_CONST || run[i].arg >= consts.Len() {
			return
		}
		items[i] = run[i].arg
	}
	idx := consts.Tuple(items)
	for i := 0; i < n; i++ {
		setOp0(&run[i], opcode.NOP)
	}
	run[n].op, run[n].arg = opcode.LOAD_CONST, idx
}

// removeUnusedConsts drops the constants no instruction loads, except the
// first, which may be the docstring.
func (g *graph) removeUnusedConsts(consts Consts) {
	n := consts.Len()
	if n == 0 {
		return
	}
	used := make([]bool, n)
	used[0] = true
	for b := g.entry; b != nil; b = b.next {
		for _, in := range b.instrs {
			if opcode.HasConst(in.op) && in.arg < n {
				used[in.arg] = true
			}
		}
	}
	remap := make([]int, n)
	k := 0
	for i, u := range used {
		remap[i] = k
		if u {
			k++
		}
	}
	if k == n {
		return
	}
	consts.Keep(used)
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			if in := &b.instrs[i]; opcode.HasConst(in.op) && in.arg < n {
				in.arg = remap[in.arg]
			}
		}
	}
}
