package vm

// UopInst is one micro-op of a tier-2 trace.
type UopInst struct {
	// Opcode is the uop id (opcode.UOP_*).
	Opcode uint16
	// Oparg is the uop's argument.
	Oparg uint16
	// Target is the tier-1 instruction index the uop was projected from.
	Target uint32
	// JumpTarget and ErrorTarget index the trace's exit stubs: where a failed guard and an
	// error continue.
	JumpTarget, ErrorTarget uint16
	// Operand is the uop's inline cache value, read from tier 1 at projection time.
	Operand uint64
}
