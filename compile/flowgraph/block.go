package flowgraph

import (
	"fmt"

	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// noLocation is CPython's NO_LOCATION.
var noLocation = instrseq.NoLocation

// instr is one instruction of a basic block.
type instr struct {
	op, arg int
	loc     instrseq.Location
	// target is the block a jump or SETUP_* goes to.
	target *block
	// except is the handler of the innermost enclosing try, or nil.
	except *block
}

// block is a basic block: straight-line code entered only at the top.
type block struct {
	instrs []instr
	// next is the block that follows in layout order (the fall-through).
	next *block
	// labelled marks blocks that are jump targets; CPython's b_label.
	labelled bool

	exceptHandler bool // target of a SETUP_*
	preserveLasti bool // handler of SETUP_WITH or SETUP_CLEANUP
	visited       bool
	cold, warm    bool
	predecessors  int
	startDepth    int
	unsafeLocals  uint64
	exceptStack   *exceptStack
	// index is the position of the block's first instruction in the output.
	index int
}

// graph is the control-flow graph of one code object.
type graph struct {
	entry *block
}

func (b *block) last() *instr {
	if len(b.instrs) == 0 {
		return nil
	}
	return &b.instrs[len(b.instrs)-1]
}

func isBlockPush(op int) bool {
	return op == opcode.SETUP_FINALLY || op == opcode.SETUP_CLEANUP || op == opcode.SETUP_WITH
}

func isJump(op int) bool { return opcode.HasJump(op) }

func hasTarget(op int) bool { return isJump(op) || isBlockPush(op) }

func isUnconditionalJump(op int) bool {
	switch op {
	case opcode.JUMP, opcode.JUMP_NO_INTERRUPT, opcode.JUMP_FORWARD,
		opcode.JUMP_BACKWARD, opcode.JUMP_BACKWARD_NO_INTERRUPT:
		return true
	}
	return false
}

func isScopeExit(op int) bool {
	switch op {
	case opcode.RETURN_VALUE, opcode.RETURN_CONST, opcode.RAISE_VARARGS, opcode.RERAISE:
		return true
	}
	return false
}

// isTerminator reports whether op ends a basic block.
func isTerminator(op int) bool { return isJump(op) || isScopeExit(op) }

func (b *block) exitsScope() bool {
	l := b.last()
	return l != nil && isScopeExit(l.op)
}

// hasFallthrough reports whether control can run off the end of b into
// b.next; an empty block falls through.
func (b *block) hasFallthrough() bool {
	l := b.last()
	return l == nil || !(isScopeExit(l.op) || isUnconditionalJump(l.op))
}

func (b *block) hasNoLineno() bool {
	for i := range b.instrs {
		if b.instrs[i].loc.Lineno >= 0 {
			return false
		}
	}
	return true
}

func (b *block) hasEvalBreak() bool {
	for i := range b.instrs {
		if opcode.HasEvalBreak(b.instrs[i].op) {
			return true
		}
	}
	return false
}

func nextNonEmpty(b *block) *block {
	for b != nil && len(b.instrs) == 0 {
		b = b.next
	}
	return b
}

func setOp0(in *instr, op int) { in.op, in.arg = op, 0 }

// fromSequence builds the graph of seq, whose jump opargs are instruction
// indices (CPython's _PyCfg_FromInstructionSequence): a block starts at every
// jump target and after every terminator.
func fromSequence(seq *instrseq.Sequence) (*graph, error) {
	n := len(seq.Instrs)
	isTarget := make([]bool, n+1)
	for i, in := range seq.Instrs {
		if !opcode.IsValid(in.Opcode) {
			return nil, fmt.Errorf("flowgraph: invalid opcode %d at %d", in.Opcode, i)
		}
		if in.Oparg < 0 || in.Oparg >= 1<<30 {
			return nil, fmt.Errorf("flowgraph: %s at %d has oparg %d", opcode.OpName[in.Opcode], i, in.Oparg)
		}
		if hasTarget(in.Opcode) {
			if in.Oparg < 0 || in.Oparg > n {
				return nil, fmt.Errorf("flowgraph: %s at %d jumps to %d, outside the sequence", opcode.OpName[in.Opcode], i, in.Oparg)
			}
			isTarget[in.Oparg] = true
		}
	}
	blockAt := make([]*block, n+1)
	g := &graph{entry: &block{}}
	cur := g.entry
	for i, in := range seq.Instrs {
		if isTarget[i] || (len(cur.instrs) > 0 && isTerminator(cur.last().op)) {
			if len(cur.instrs) > 0 || cur.labelled {
				nb := &block{}
				cur.next = nb
				cur = nb
			}
			cur.labelled = cur.labelled || isTarget[i]
		}
		if isTarget[i] {
			blockAt[i] = cur
		}
		op, arg := in.Opcode, in.Oparg
		op, arg = lowerNamePseudo(op, arg)
		cur.instrs = append(cur.instrs, instr{op: op, arg: arg, loc: in.Loc})
	}
	if isTarget[n] {
		// A jump to the end of the sequence lands on an empty block.
		nb := &block{labelled: true}
		cur.next = nb
		blockAt[n] = nb
	}
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if hasTarget(in.op) {
				in.target = blockAt[in.arg]
			}
		}
	}
	return g, nil
}

// lowerNamePseudo turns the attribute pseudo-instructions into the real ones
// with the flag bits CPython's code generator sets: bit 0 of LOAD_ATTR asks for
// the method form; LOAD_SUPER_ATTR keeps the name index above two bits, bit 0
// for the method form and bit 1 for the two-argument super() form.
func lowerNamePseudo(op, arg int) (int, int) {
	switch op {
	case opcode.LOAD_METHOD:
		return opcode.LOAD_ATTR, arg<<1 | 1
	case opcode.LOAD_SUPER_METHOD:
		return opcode.LOAD_SUPER_ATTR, arg<<2 | 3
	case opcode.LOAD_ZERO_SUPER_ATTR:
		return opcode.LOAD_SUPER_ATTR, arg << 2
	case opcode.LOAD_ZERO_SUPER_METHOD:
		return opcode.LOAD_SUPER_ATTR, arg<<2 | 1
	}
	return op, arg
}

// checkCFG rejects a graph with a terminator in the middle of a block.
func (g *graph) check() error {
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			if isTerminator(b.instrs[i].op) && i != len(b.instrs)-1 {
				return fmt.Errorf("flowgraph: malformed control flow graph")
			}
			if hasTarget(b.instrs[i].op) && b.instrs[i].target == nil {
				return fmt.Errorf("flowgraph: jump without target")
			}
		}
	}
	return nil
}

func (g *graph) clearVisited() {
	for b := g.entry; b != nil; b = b.next {
		b.visited = false
	}
}
