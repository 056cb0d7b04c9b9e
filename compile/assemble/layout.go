package assemble

import (
	"fmt"

	"github.com/taipanpy/taipan/compile/flowgraph"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// extendedArgs is how many EXTENDED_ARG prefixes oparg needs.
func extendedArgs(oparg int) int {
	switch {
	case oparg > 0xffffff:
		return 3
	case oparg > 0xffff:
		return 2
	case oparg > 0xff:
		return 1
	}
	return 0
}

// instrSize is the number of code units of an instruction: its prefixes,
// itself and its inline caches.
func instrSize(op, oparg int) int {
	return extendedArgs(oparg) + 1 + int(opcode.Caches[op])
}

// resolveJumps gives the unconditional jump pseudo-instructions their
// direction and computes every jump's oparg: the distance in code units from
// the end of the jump (its caches included) to the target, forward or back.
// Opargs can grow EXTENDED_ARG prefixes, which move later targets, so it
// repeats until the layout is stable. It returns each instruction's offset.
func resolveJumps(instrs []flowgraph.Instr) ([]int, error) {
	for i := range instrs {
		in := &instrs[i]
		forward := in.Target > i
		switch in.Opcode {
		case opcode.JUMP:
			in.Opcode = opcode.JUMP_BACKWARD
			if forward {
				in.Opcode = opcode.JUMP_FORWARD
			}
		case opcode.JUMP_NO_INTERRUPT:
			in.Opcode = opcode.JUMP_BACKWARD_NO_INTERRUPT
			if forward {
				in.Opcode = opcode.JUMP_FORWARD
			}
		}
		if in.Opcode > 255 {
			return nil, fmt.Errorf("assemble: pseudo-instruction %s left", opcode.OpName[in.Opcode])
		}
		if opcode.HasJump(in.Opcode) && (in.Target < 0 || in.Target >= len(instrs)) {
			return nil, fmt.Errorf("assemble: %s without a target", opcode.OpName[in.Opcode])
		}
	}
	offsets := make([]int, len(instrs)+1)
	for {
		total := 0
		for i, in := range instrs {
			offsets[i] = total
			total += instrSize(in.Opcode, in.Oparg)
		}
		offsets[len(instrs)] = total
		again := false
		for i := range instrs {
			in := &instrs[i]
			if !opcode.HasJump(in.Opcode) {
				continue
			}
			size := instrSize(in.Opcode, in.Oparg)
			end := offsets[i] + size
			target := offsets[in.Target]
			backward := in.Opcode == opcode.JUMP_BACKWARD || in.Opcode == opcode.JUMP_BACKWARD_NO_INTERRUPT
			if target < end {
				if !backward {
					return nil, fmt.Errorf("assemble: %s jumps backward", opcode.OpName[in.Opcode])
				}
				in.Oparg = end - target
			} else {
				if backward {
					return nil, fmt.Errorf("assemble: %s jumps forward", opcode.OpName[in.Opcode])
				}
				in.Oparg = target - end
			}
			if instrSize(in.Opcode, in.Oparg) != size {
				again = true
			}
		}
		if !again {
			return offsets, nil
		}
	}
}

// emitCode writes the code units: EXTENDED_ARG prefixes, the instruction,
// and zeroed caches.
func emitCode(instrs []flowgraph.Instr, size int) []uint16 {
	code := make([]uint16, 0, size)
	for _, in := range instrs {
		arg := in.Oparg
		for k := extendedArgs(arg); k > 0; k-- {
			code = append(code, uint16(opcode.EXTENDED_ARG)|uint16(arg>>(8*k)&0xff)<<8)
		}
		code = append(code, uint16(in.Opcode)|uint16(arg&0xff)<<8)
		for k := 0; k < int(opcode.Caches[in.Opcode]); k++ {
			code = append(code, 0)
		}
	}
	return code
}
