package taipan

// The interpreter loops, uop cases, optimizer cases and opcode metadata in internal/generated
// are generated from defs/*.def by the generator in gen/.
//go:generate go run ./gen
