package taipan

import (
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
)

// asm assembles instructions written as opcode, oparg pairs, giving each its inline-cache
// units (zeroed) from the generated metadata.
func asm(pairs ...int) []uint16 {
	var out []uint16
	for i := 0; i < len(pairs); i += 2 {
		op, arg := pairs[i], pairs[i+1]
		out = append(out, uint16(op)|uint16(arg)<<8)
		// Family members have their head's caches.
		for c := 0; c < int(opcode.Caches[opcode.Deopt[op]]); c++ {
			out = append(out, 0)
		}
	}
	return out
}

func intConst(v int64) objects.Object { return objects.NewInt(v) }

func run(t *testing.T, code *objects.Code) (objects.Object, error) {
	t.Helper()
	if code.StackSize == 0 {
		code.StackSize = 8
	}
	return New().RunCode(code, objects.NewDict())
}

func TestRunArithmetic(t *testing.T) {
	// return (6 * 7) - 2
	code := &objects.Code{
		Qualname: "<module>",
		Consts:   []objects.Object{intConst(6), intConst(7), intConst(2)},
		Instrs: asm(
			opcode.RESUME, 0,
			opcode.LOAD_CONST, 0,
			opcode.LOAD_CONST, 1,
			opcode.BINARY_OP, int(objects.OpMultiply),
			opcode.LOAD_CONST, 2,
			opcode.BINARY_OP, int(objects.OpSubtract),
			opcode.RETURN_VALUE, 0,
		),
	}
	got, err := run(t, code)
	if err != nil {
		t.Fatal(err)
	}
	if i, ok := got.(*objects.Int); !ok || i.String() != "40" {
		t.Fatalf("got %v, want 40", got)
	}
}

func TestRunLoop(t *testing.T) {
	// total = 0; i = 0
	// while i < 10: total = total + i; i = i + 1
	// return total
	code := &objects.Code{
		Qualname:    "<module>",
		NLocalsplus: 2,
		Consts:      []objects.Object{intConst(0), intConst(10), intConst(1)},
	}
	body := []int{
		opcode.LOAD_FAST, 1, // loop head: i < 10
		opcode.LOAD_CONST, 1,
		opcode.COMPARE_OP, int(objects.CmpLT)<<5 | 16,
		opcode.POP_JUMP_IF_FALSE, 0, // patched below
		opcode.LOAD_FAST, 0,
		opcode.LOAD_FAST, 1,
		opcode.BINARY_OP, int(objects.OpAdd),
		opcode.STORE_FAST, 0,
		opcode.LOAD_FAST, 1,
		opcode.LOAD_CONST, 2,
		opcode.BINARY_OP, int(objects.OpAdd),
		opcode.STORE_FAST, 1,
		opcode.JUMP_BACKWARD, 0, // patched below
	}
	prologue := asm(opcode.RESUME, 0, opcode.LOAD_CONST, 0, opcode.STORE_FAST, 0,
		opcode.LOAD_CONST, 0, opcode.STORE_FAST, 1)
	loop := asm(body...)
	// Jump offsets count code units from the end of the jump instruction and its caches.
	condEnd := len(asm(body[:8]...))
	body[7] = len(loop) - condEnd
	body[len(body)-1] = len(loop)
	loop = asm(body...)
	code.Instrs = append(append(prologue, loop...), asm(opcode.LOAD_FAST, 0, opcode.RETURN_VALUE, 0)...)
	got, err := run(t, code)
	if err != nil {
		t.Fatal(err)
	}
	if i, ok := got.(*objects.Int); !ok || i.String() != "45" {
		t.Fatalf("got %v, want 45", got)
	}
}

func TestSpecializedInstructionDeopts(t *testing.T) {
	// A BINARY_OP_ADD_INT that meets floats must fall back to BINARY_OP and still add.
	code := &objects.Code{
		Qualname: "<module>",
		Consts:   []objects.Object{objects.NewFloat(1.5), objects.NewFloat(2.25)},
		Instrs: asm(
			opcode.LOAD_CONST, 0,
			opcode.LOAD_CONST, 1,
			opcode.BINARY_OP_ADD_INT, int(objects.OpAdd),
			opcode.RETURN_VALUE, 0,
		),
	}
	got, err := run(t, code)
	if err != nil {
		t.Fatal(err)
	}
	if f, ok := got.(*objects.Float); !ok || f.Value() != 3.75 {
		t.Fatalf("got %v, want 3.75", got)
	}
}

func TestExtendedArg(t *testing.T) {
	consts := make([]objects.Object, 300)
	for i := range consts {
		consts[i] = intConst(int64(i))
	}
	code := &objects.Code{
		Qualname: "<module>",
		Consts:   consts,
		Instrs:   asm(opcode.EXTENDED_ARG, 1, opcode.LOAD_CONST, 299-256, opcode.RETURN_VALUE, 0),
	}
	got, err := run(t, code)
	if err != nil {
		t.Fatal(err)
	}
	if i, ok := got.(*objects.Int); !ok || i.String() != "299" {
		t.Fatalf("got %v, want 299", got)
	}
}

func TestExceptionPropagates(t *testing.T) {
	code := &objects.Code{
		Qualname: "<module>",
		Consts:   []objects.Object{intConst(1), intConst(0)},
		Instrs: asm(
			opcode.LOAD_CONST, 0,
			opcode.LOAD_CONST, 1,
			opcode.BINARY_OP, int(objects.OpFloorDivide),
			opcode.RETURN_VALUE, 0,
		),
	}
	_, err := run(t, code)
	exc, ok := err.(*objects.BaseException)
	if !ok || exc.Type() != objects.ZeroDivisionType || exc.Error() != "ZeroDivisionError: integer division or modulo by zero" {
		t.Fatalf("got %v, want ZeroDivisionError", err)
	}
}

func TestGlobalsAndBuiltins(t *testing.T) {
	// x = 5; return x + missing  → NameError
	code := &objects.Code{
		Qualname: "<module>",
		Consts:   []objects.Object{intConst(5)},
		Names:    []*objects.Str{objects.NewStr("x"), objects.NewStr("missing")},
		Instrs: asm(
			opcode.LOAD_CONST, 0,
			opcode.STORE_NAME, 0,
			opcode.LOAD_NAME, 0,
			opcode.LOAD_GLOBAL, 1<<1,
			opcode.BINARY_OP, int(objects.OpAdd),
			opcode.RETURN_VALUE, 0,
		),
	}
	globals := objects.NewDict()
	_, err := New().RunCode(withStack(code), globals)
	if err == nil || err.Error() != "NameError: name 'missing' is not defined" {
		t.Fatalf("got %v, want NameError", err)
	}
	if v := globals.GetStr(objects.NewStr("x")); v == nil || v.(*objects.Int).String() != "5" {
		t.Fatalf("x = %v, want 5", v)
	}
}

func withStack(c *objects.Code) *objects.Code {
	c.StackSize = 8
	return c
}

// tryExcept assembles, as CPython 3.13 compiles it:
//
//	try:
//	    x
//	except E:
//	    return 42
//
// where x is undefined; globals supply E.
func tryExcept() *objects.Code {
	instrs := asm(
		opcode.RESUME, 0, // 0
		opcode.LOAD_NAME, 0, // 1: raises NameError
		opcode.POP_TOP, 0, // 2
		opcode.RETURN_CONST, 0, // 3
		opcode.PUSH_EXC_INFO, 0, // 4: handler
		opcode.LOAD_NAME, 1, // 5: E
		opcode.CHECK_EXC_MATCH, 0, // 6
		opcode.POP_JUMP_IF_FALSE, 3, // 7 (+ cache at 8): to 12
		opcode.POP_TOP, 0, // 9
		opcode.POP_EXCEPT, 0, // 10
		opcode.RETURN_CONST, 1, // 11
		opcode.RERAISE, 0, // 12: no match
		opcode.COPY, 3, // 13: cleanup
		opcode.POP_EXCEPT, 0, // 14
		opcode.RERAISE, 1, // 15
	)
	return &objects.Code{
		Qualname:  "<module>",
		StackSize: 4,
		Consts:    []objects.Object{objects.None, objects.NewInt(42)},
		Names:     []*objects.Str{objects.NewStr("x"), objects.NewStr("E")},
		Instrs:    instrs,
		ExceptionTable: objects.EncodeExceptionTable([]objects.ExceptionTableEntry{
			{Start: 1, End: 3, Target: 4},
			{Start: 4, End: 10, Target: 13, Depth: 1, Lasti: true},
			{Start: 12, End: 13, Target: 13, Depth: 1, Lasti: true},
		}),
	}
}

func TestTryExceptHandles(t *testing.T) {
	globals := objects.NewDict()
	globals.SetStr(objects.NewStr("E"), objects.NameErrorType)
	got, err := New().RunCode(tryExcept(), globals)
	if err != nil {
		t.Fatal(err)
	}
	if i, ok := got.(*objects.Int); !ok || i.String() != "42" {
		t.Fatalf("got %v, want 42", got)
	}
}

func TestTryExceptReraises(t *testing.T) {
	globals := objects.NewDict()
	globals.SetStr(objects.NewStr("E"), objects.TypeErrorType)
	_, err := New().RunCode(tryExcept(), globals)
	if err == nil || err.Error() != "NameError: name 'x' is not defined" {
		t.Fatalf("got %v, want the NameError re-raised", err)
	}
}
