// Package taipan is the public Go API of Taipan, a Python 3.13 implementation in Go.
//
// The interpreter is generated: defs/bytecodes.def defines every instruction, and the
// generator in gen/ writes the tier-1 loop, the tier-2 uop cases, the optimizer cases and the
// opcode metadata into internal/generated.
package taipan
