package flowgraph

import (
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// convertPseudoOps replaces the remaining pseudo-instructions by real ones.
func (g *graph) convertPseudoOps() {
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			switch {
			case isBlockPush(in.op) || in.op == opcode.POP_BLOCK:
				setOp0(in, opcode.NOP)
			case in.op == opcode.LOAD_CLOSURE:
				in.op = opcode.LOAD_FAST
			case in.op == opcode.STORE_FAST_MAYBE_NULL:
				in.op = opcode.STORE_FAST
			}
		}
	}
	g.removeRedundantNopsAndJumps()
}

// reversedJump is the conditional jump with the opposite condition.
var reversedJump = map[int]int{
	opcode.POP_JUMP_IF_FALSE:    opcode.POP_JUMP_IF_TRUE,
	opcode.POP_JUMP_IF_TRUE:     opcode.POP_JUMP_IF_FALSE,
	opcode.POP_JUMP_IF_NONE:     opcode.POP_JUMP_IF_NOT_NONE,
	opcode.POP_JUMP_IF_NOT_NONE: opcode.POP_JUMP_IF_NONE,
}

// normalizeJumps rewrites backward conditional jumps, which the instruction
// set lacks, as the reversed condition over an unconditional backward jump.
func (g *graph) normalizeJumps() {
	g.clearVisited()
	for b := g.entry; b != nil; b = b.next {
		b.visited = true
		last := b.last()
		if last == nil {
			continue
		}
		rev, ok := reversedJump[last.op]
		if !ok || !last.target.visited {
			continue
		}
		j := &block{cold: b.cold, next: b.next}
		j.instrs = []instr{{op: opcode.JUMP, loc: last.loc, target: last.target, except: last.except}}
		last.op = rev
		last.target = b.next
		if b.next != nil {
			b.next.labelled = true
		}
		b.next = j
		j.visited = true
		b = j
	}
}

// cellFixedOffsets maps each cell and free variable (cells first) to its
// slot in the frame's locals: a cell for a parameter shares the parameter's
// slot; the others follow the locals in order.
func cellFixedOffsets(p *Params) []int {
	nlocals := len(p.Varnames)
	fixed := make([]int, len(p.Cellvars)+len(p.Freevars))
	for i := range fixed {
		fixed[i] = nlocals + i
	}
	varIndex := make(map[string]int, nlocals)
	for i, v := range p.Varnames {
		varIndex[v] = i
	}
	for i, c := range p.Cellvars {
		if j, ok := varIndex[c]; ok {
			fixed[i] = j
		}
	}
	return fixed
}

// insertPrefix adds the instructions that run before the body:
// COPY_FREE_VARS, MAKE_CELL for each cell, and RETURN_GENERATOR, POP_TOP for
// generators and coroutines.
func (g *graph) insertPrefix(p *Params, fixed []int) {
	var prefix []instr
	ncells := len(p.Cellvars)
	if p.Freevars != nil && len(p.Freevars) > 0 {
		prefix = append(prefix, instr{op: opcode.COPY_FREE_VARS, arg: len(p.Freevars), loc: noLocation})
	}
	if ncells > 0 {
		// MAKE_CELL in the order of the cells' slots.
		nvars := ncells + len(p.Varnames)
		sorted := make([]int, nvars)
		for i := 0; i < ncells; i++ {
			if fixed[i] < nvars {
				sorted[fixed[i]] = i + 1
			}
		}
		for _, s := range sorted {
			if s > 0 {
				prefix = append(prefix, instr{op: opcode.MAKE_CELL, arg: s - 1, loc: noLocation})
			}
		}
	}
	if p.Generator {
		loc := instrseq.Location{Lineno: p.FirstLineno, EndLineno: p.FirstLineno, ColOffset: -1, EndColOffset: -1}
		prefix = append(prefix, instr{op: opcode.RETURN_GENERATOR, loc: loc}, instr{op: opcode.POP_TOP, loc: loc})
	}
	if len(prefix) > 0 {
		g.entry.instrs = append(prefix, g.entry.instrs...)
	}
}

// fixCellOffsets rewrites the opargs of cell and free-variable instructions
// from cell numbers to frame slots, and returns how many cells share a
// parameter's slot.
func (g *graph) fixCellOffsets(p *Params, fixed []int) int {
	nlocals := len(p.Varnames)
	dropped := 0
	for i := range fixed {
		if fixed[i] == i+nlocals {
			fixed[i] -= dropped
		} else {
			dropped++
		}
	}
	for b := g.entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			switch in.op {
			case opcode.MAKE_CELL, opcode.LOAD_CLOSURE, opcode.LOAD_DEREF, opcode.STORE_DEREF,
				opcode.DELETE_DEREF, opcode.LOAD_FROM_DICT_OR_DEREF:
				if in.arg >= 0 && in.arg < len(fixed) {
					in.arg = fixed[in.arg]
				}
			}
		}
	}
	return dropped
}

// linearize lays the blocks out as one instruction list, with jump targets
// and handlers as instruction indices.
func (g *graph) linearize() []Instr {
	n := 0
	for b := g.entry; b != nil; b = b.next {
		b.index = n
		n += len(b.instrs)
	}
	out := make([]Instr, 0, n)
	for b := g.entry; b != nil; b = b.next {
		for _, in := range b.instrs {
			o := Instr{Opcode: in.op, Oparg: in.arg, Loc: in.loc, Target: -1, Handler: -1}
			if hasTarget(in.op) {
				o.Target = in.target.index
			}
			if h := in.except; h != nil {
				o.Handler = h.index
				o.HandlerDepth = h.startDepth
				o.HandlerLasti = h.preserveLasti
			}
			out = append(out, o)
		}
	}
	return out
}
