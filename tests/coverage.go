package tests

import (
	"os"
	"sort"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
)

// Coverage counts the instructions of a set of compiled programs.
type Coverage struct {
	// Counts maps each opcode to the number of times it occurs in the code objects seen.
	Counts map[int]int
	// Programs counts the programs compiled; CompileErrors maps those that did not compile
	// to the error.
	Programs      int
	CompileErrors map[string]error
}

// NewCoverage returns an empty count.
func NewCoverage() *Coverage {
	return &Coverage{Counts: map[int]int{}, CompileErrors: map[string]error{}}
}

// AddFile compiles the program in file and counts the instructions of its code objects.
func (c *Coverage) AddFile(file string) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	c.Programs++
	code, err := compile.Source(src, file, parser.Exec, compile.Options{})
	if err != nil {
		c.CompileErrors[file] = err
		return nil
	}
	c.AddCode(code)
	return nil
}

// AddCode counts the instructions of code and of the code objects among its constants.
func (c *Coverage) AddCode(code *objects.Code) {
	for i := 0; i < len(code.Instrs); i++ {
		op := int(code.Instrs[i] & 0xff)
		c.Counts[op]++
		i += int(opcode.Caches[op])
	}
	for _, k := range code.Consts {
		if nested, ok := k.(*objects.Code); ok {
			c.AddCode(nested)
		}
	}
}

// runtimeOnly are the instructions no compiler emits: the padding of inline caches, the
// reserved slot, the tier-2 entry point that the optimizer writes into running code, and the
// instructions of the interpreter's own shim code (the trampoline's exit, the check after a
// specialised call of __init__).
var runtimeOnly = map[int]bool{
	opcode.CACHE: true, opcode.RESERVED: true, opcode.ENTER_EXECUTOR: true,
	opcode.INTERPRETER_EXIT: true, opcode.EXIT_INIT_CHECK: true,
}

// Emittable returns the instructions of defs/bytecodes.def a compiler can emit: every
// opcode that is neither a pseudo-instruction, nor a specialisation (those replace their
// family's head at run time), nor run-time only. They are sorted by name.
func Emittable() []int {
	var ops []int
	for op := 0; op < 256; op++ {
		if opcode.IsValid(op) && int(opcode.Deopt[op]) == op && !runtimeOnly[op] {
			ops = append(ops, op)
		}
	}
	sortByName(ops)
	return ops
}

// Specialized returns the specialised instructions, sorted by name; the interpreter
// rewrites their family's head into them as it runs.
func Specialized() []int {
	var ops []int
	for op := 0; op < 256; op++ {
		if opcode.IsValid(op) && int(opcode.Deopt[op]) != op {
			ops = append(ops, op)
		}
	}
	sortByName(ops)
	return ops
}

// Missing returns the emittable instructions no counted program contains.
func (c *Coverage) Missing() []int {
	var ops []int
	for _, op := range Emittable() {
		if c.Counts[op] == 0 {
			ops = append(ops, op)
		}
	}
	return ops
}

// sortByName sorts opcodes by their names.
func sortByName(ops []int) {
	sort.Slice(ops, func(i, j int) bool { return opcode.OpName[ops[i]] < opcode.OpName[ops[j]] })
}
