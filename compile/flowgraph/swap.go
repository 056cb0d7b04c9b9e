package flowgraph

import "github.com/taipanpy/taipan/internal/generated/opcode"

// swaptimize replaces the run of SWAPs and NOPs starting at *ix with the
// shortest run of SWAPs having the same effect, and leaves *ix at the run's
// last instruction.
func (b *block) swaptimize(ix *int) {
	run := b.instrs[*ix:]
	depth := run[0].arg
	n, more := 1, false
	if depth < 1 {
		return // malformed: SWAP counts from 1
	}
	for ; n < len(run); n++ {
		if run[n].op == opcode.SWAP {
			if run[n].arg < 1 {
				break
			}
			depth = max(depth, run[n].arg)
			more = true
		} else if run[n].op != opcode.NOP {
			break
		}
	}
	if !more || depth < 1 {
		return
	}
	// Simulate the run on a stack of item numbers, top first.
	stack := make([]int, depth)
	for i := range stack {
		stack[i] = i
	}
	for i := 0; i < n; i++ {
		if run[i].op == opcode.SWAP {
			k := run[i].arg - 1
			stack[0], stack[k] = stack[k], stack[0]
		}
	}
	// Write, from the end of the run, the swaps that walk each cycle of the
	// permutation through position 0.
	const visited = -1
	current := n - 1
	for i := 0; i < depth; i++ {
		if stack[i] == visited || stack[i] == i {
			continue
		}
		j := i
		for {
			if j != 0 {
				run[current].op, run[current].arg = opcode.SWAP, j+1
				current--
			}
			if stack[j] == visited {
				break
			}
			next := stack[j]
			stack[j] = visited
			j = next
		}
	}
	for ; current >= 0; current-- {
		setOp0(&run[current], opcode.NOP)
	}
	*ix += n - 1
}

func swappable(op int) bool {
	return op == opcode.STORE_FAST || op == opcode.STORE_FAST_MAYBE_NULL || op == opcode.POP_TOP
}

func storesTo(in *instr) int {
	if in.op == opcode.STORE_FAST || in.op == opcode.STORE_FAST_MAYBE_NULL {
		return in.arg
	}
	return -1
}

// nextSwappable returns the index of the next instruction after i that a SWAP
// may exchange with another, or -1; lineno >= 0 forbids crossing lines.
func (b *block) nextSwappable(i, lineno int) int {
	for i++; i < len(b.instrs); i++ {
		in := &b.instrs[i]
		if lineno >= 0 && in.loc.Lineno != lineno {
			return -1
		}
		if in.op == opcode.NOP {
			continue
		}
		if swappable(in.op) {
			return i
		}
		return -1
	}
	return -1
}

// applyStaticSwaps swaps instructions instead of stack items where it can:
// SWAP 2, STORE_FAST a, STORE_FAST b becomes STORE_FAST b, STORE_FAST a.
func (b *block) applyStaticSwaps(i int) {
	for ; i >= 0; i-- {
		swap := &b.instrs[i]
		if swap.op != opcode.SWAP {
			if swap.op == opcode.NOP || swappable(swap.op) {
				continue
			}
			return
		}
		j := b.nextSwappable(i, -1)
		if j < 0 {
			return
		}
		k := j
		lineno := b.instrs[j].loc.Lineno
		for count := swap.arg - 1; count > 0; count-- {
			if k = b.nextSwappable(k, lineno); k < 0 {
				return
			}
		}
		sj, sk := storesTo(&b.instrs[j]), storesTo(&b.instrs[k])
		if sj >= 0 || sk >= 0 {
			if sj == sk {
				return
			}
			for idx := j + 1; idx < k; idx++ {
				if s := storesTo(&b.instrs[idx]); s >= 0 && (s == sj || s == sk) {
					return
				}
			}
		}
		setOp0(swap, opcode.NOP)
		b.instrs[j], b.instrs[k] = b.instrs[k], b.instrs[j]
	}
}
