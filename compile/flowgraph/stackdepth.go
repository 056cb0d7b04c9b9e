package flowgraph

import (
	"fmt"
	"math"

	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// stackEffect is the net stack effect of op, along its jump when jump is set.
// SETUP_* push nothing on the normal path; on the path to their handler they
// push what their metadata says the handler finds.
func stackEffect(op, arg int, jump bool) (int, error) {
	if op <= 255 && int(opcode.Deopt[op]) != op {
		return 0, fmt.Errorf("flowgraph: specialized instruction %s", opcode.OpName[op])
	}
	popped, pushed := opcode.NumPopped(op, arg), opcode.NumPushed(op, arg)
	if popped < 0 || pushed < 0 {
		return 0, fmt.Errorf("flowgraph: no stack effect for %s %d", opcode.OpName[op], arg)
	}
	if isBlockPush(op) && !jump {
		return 0, nil
	}
	return pushed - popped, nil
}

// stackDepth finds the deepest the value stack gets on any path, recording
// each block's depth at entry (handlers' depths feed the exception table).
// Loops must have no net effect on the depth; a graph where two paths reach a
// block at different depths is rejected.
func (g *graph) stackDepth() (int, error) {
	for b := g.entry; b != nil; b = b.next {
		b.startDepth = math.MinInt
	}
	var stack []*block
	push := func(b *block, depth int) error {
		if b.startDepth >= 0 && b.startDepth != depth {
			return fmt.Errorf("flowgraph: invalid CFG, inconsistent stack depth")
		}
		if b.startDepth < depth {
			b.startDepth = depth
			stack = append(stack, b)
		}
		return nil
	}
	maxDepth := 0
	if err := push(g.entry, 0); err != nil {
		return 0, err
	}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		depth := b.startDepth
		next := b.next
		for i := range b.instrs {
			in := &b.instrs[i]
			eff, err := stackEffect(in.op, in.arg, false)
			if err != nil {
				return 0, err
			}
			newDepth := depth + eff
			if newDepth < 0 {
				return 0, fmt.Errorf("flowgraph: invalid CFG, stack underflow at %s", opcode.OpName[in.op])
			}
			maxDepth = max(maxDepth, newDepth)
			if hasTarget(in.op) {
				eff, err := stackEffect(in.op, in.arg, true)
				if err != nil {
					return 0, err
				}
				td := depth + eff
				if td < 0 {
					return 0, fmt.Errorf("flowgraph: invalid CFG, stack underflow at %s", opcode.OpName[in.op])
				}
				maxDepth = max(maxDepth, td)
				if err := push(in.target, td); err != nil {
					return 0, err
				}
			}
			depth = newDepth
			if isUnconditionalJump(in.op) || isScopeExit(in.op) {
				next = nil
				break
			}
		}
		if next != nil {
			if err := push(next, depth); err != nil {
				return 0, err
			}
		}
	}
	return maxDepth, nil
}
