package vm

import (
	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
)

// CheckStack verifies, before instruction op runs with oparg, that the value stack holds the
// items it pops and has room for the items it pushes, within co_stacksize, using the stack
// effects generated from defs/bytecodes.def. A compiler whose stack depth is wrong, or an
// instruction whose body disagrees with its definition, shows up here as a SystemError naming
// the place instead of as memory corruption later. The loop calls it only in debug builds
// (DebugStack).
func CheckStack(frame *Frame, sp, op, oparg int) error {
	depth := sp - frame.Code.NLocalsplus
	popped, pushed := opcode.NumPopped(op, oparg), opcode.NumPushed(op, oparg)
	after := depth - popped + pushed
	if depth-popped < 0 || after > frame.Code.StackSize {
		return objects.Errorf(objects.SystemErrorType,
			"%s: %s at offset %d would leave %d items on the value stack (holding %d; co_stacksize %d)",
			frame.Code.Qualname, opcode.OpName[op], frame.InstrPtr*2, after, depth, frame.Code.StackSize)
	}
	return nil
}
