package instrseq

import (
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// TestInsert checks that inserting at the start moves the instructions and
// the labels after it, so that jumps still reach their targets.
func TestInsert(t *testing.T) {
	var s Sequence
	handler, loop := s.NewLabel(), s.NewLabel()
	s.UseLabel(loop)
	s.Add(opcode.NOP, 0, NoLocation)
	s.AddJump(opcode.JUMP, loop, NoLocation)
	s.UseLabel(handler)
	s.Add(opcode.RERAISE, 1, NoLocation)
	s.Insert(0, opcode.SETUP_CLEANUP, int(handler), NoLocation)
	s.Resolve()
	want := []Instr{
		{opcode.SETUP_CLEANUP, 3, NoLocation},
		{opcode.NOP, 0, NoLocation},
		{opcode.JUMP, 1, NoLocation},
		{opcode.RERAISE, 1, NoLocation},
	}
	if len(s.Instrs) != len(want) {
		t.Fatalf("got %v, want %v", s.Instrs, want)
	}
	for i := range want {
		if s.Instrs[i] != want[i] {
			t.Errorf("instruction %d = %v, want %v", i, s.Instrs[i], want[i])
		}
	}
}
