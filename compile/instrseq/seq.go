// Package instrseq holds the compiler's output before optimisation: a flat
// sequence of instructions and pseudo-instructions whose jumps name labels, as
// CPython 3.13's Python/instruction_sequence.c does.
package instrseq

import "github.com/taipanpy/taipan/internal/generated/opcode"

// Location is the source span of an instruction. A Lineno below zero means
// the instruction has no location of its own (CPython's NO_LOCATION); the
// flow-graph pass gives it its neighbour's.
type Location struct {
	Lineno, EndLineno, ColOffset, EndColOffset int
}

// NoLocation marks an instruction with no source location.
var NoLocation = Location{-1, -1, -1, -1}

// Label names a position in a sequence; jumps refer to labels until the
// sequence is resolved.
type Label int

// NoLabel is the zero value of an unset label.
const NoLabel Label = -1

// Instr is one instruction. For a jump (HasTarget), Oparg is a Label until
// Resolve turns it into the index of the target instruction.
type Instr struct {
	Opcode int
	Oparg  int
	Loc    Location
}

// Sequence is the instruction sequence of one code object.
type Sequence struct {
	Instrs []Instr
	// labels maps each label to the index of the instruction it marks, or -1
	// while it is not placed yet.
	labels []int
}

// NewLabel returns a fresh label, not yet placed.
func (s *Sequence) NewLabel() Label {
	s.labels = append(s.labels, -1)
	return Label(len(s.labels) - 1)
}

// UseLabel places l at the next instruction to be added.
func (s *Sequence) UseLabel(l Label) {
	s.labels[l] = len(s.Instrs)
}

// Add appends an instruction.
func (s *Sequence) Add(op, oparg int, loc Location) {
	s.Instrs = append(s.Instrs, Instr{op, oparg, loc})
}

// AddJump appends a jump (or SETUP_* pseudo-instruction) to label l.
func (s *Sequence) AddJump(op int, l Label, loc Location) {
	s.Add(op, int(l), loc)
}

// LabelIndex returns the instruction index label l marks, or -1.
func (s *Sequence) LabelIndex(l Label) int {
	if int(l) < 0 || int(l) >= len(s.labels) {
		return -1
	}
	return s.labels[l]
}

// Resolve replaces the labels in the opargs of jumps by the indices of the
// instructions they mark (CPython's _PyInstructionSequence_ApplyLabelMap).
func (s *Sequence) Resolve() {
	for i := range s.Instrs {
		in := &s.Instrs[i]
		if HasTarget(in.Opcode) {
			in.Oparg = s.labels[in.Oparg]
		}
	}
}

// HasTarget reports whether op's oparg names a jump target: the jumps and the
// SETUP_* pseudo-instructions, whose target is an exception handler.
func HasTarget(op int) bool {
	switch op {
	case opcode.SETUP_FINALLY, opcode.SETUP_CLEANUP, opcode.SETUP_WITH:
		return true
	}
	return opcode.HasJump(op)
}
