package instrseq

// Insert puts an instruction at index pos, moving the instructions from pos
// on, and the labels that mark them, one place later (CPython's
// _PyInstructionSequence_InsertInstruction). It is for prologues decided
// after a body is generated, such as a generator's exception handler.
func (s *Sequence) Insert(pos, op, oparg int, loc Location) {
	s.Instrs = append(s.Instrs, Instr{})
	copy(s.Instrs[pos+1:], s.Instrs[pos:])
	s.Instrs[pos] = Instr{op, oparg, loc}
	for i, at := range s.labels {
		if at >= pos {
			s.labels[i] = at + 1
		}
	}
}
