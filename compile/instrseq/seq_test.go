package instrseq

import (
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// TestResolve checks that jumps and SETUP_* pseudo-instructions get the index
// of the instruction their label marks, and other opargs are left alone.
func TestResolve(t *testing.T) {
	var s Sequence
	end, handler := s.NewLabel(), s.NewLabel()
	s.Add(opcode.LOAD_CONST, 7, NoLocation)
	s.AddJump(opcode.POP_JUMP_IF_FALSE, end, NoLocation)
	s.AddJump(opcode.SETUP_FINALLY, handler, NoLocation)
	s.UseLabel(handler)
	s.UseLabel(end) // two labels may mark one instruction
	s.Add(opcode.RETURN_VALUE, 0, NoLocation)
	s.Resolve()
	want := []int{7, 3, 3, 0}
	for i, in := range s.Instrs {
		if in.Oparg != want[i] {
			t.Errorf("instr %d (%s): oparg %d, want %d", i, opcode.OpName[in.Opcode], in.Oparg, want[i])
		}
	}
	if got := s.LabelIndex(end); got != 3 {
		t.Errorf("LabelIndex(end) = %d, want 3", got)
	}
	if got := s.LabelIndex(Label(99)); got != -1 {
		t.Errorf("LabelIndex(unknown) = %d, want -1", got)
	}
}

// TestHasTarget distinguishes jump targets from other opargs.
func TestHasTarget(t *testing.T) {
	for op, want := range map[int]bool{
		opcode.JUMP: true, opcode.JUMP_NO_INTERRUPT: true, opcode.FOR_ITER: true,
		opcode.SEND: true, opcode.SETUP_CLEANUP: true, opcode.SETUP_WITH: true,
		opcode.LOAD_CONST: false, opcode.RETURN_VALUE: false, opcode.POP_BLOCK: false,
	} {
		if got := HasTarget(op); got != want {
			t.Errorf("HasTarget(%s) = %v, want %v", opcode.OpName[op], got, want)
		}
	}
}
