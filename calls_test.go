package taipan

import (
	"strings"
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// addCode is `def add(a, b=10): return a + b`.
func addCode() *objects.Code {
	return &objects.Code{
		Name: "add", Qualname: "add", ArgCount: 2, NLocalsplus: 2, StackSize: 2,
		LocalsplusNames: []string{"a", "b"}, Flags: objects.CodeOptimized | objects.CodeNewLocals,
		Instrs: asm(opcode.RESUME, 0, opcode.LOAD_FAST, 0, opcode.LOAD_FAST, 1,
			opcode.BINARY_OP, int(objects.OpAdd), opcode.RETURN_VALUE, 0),
	}
}

func TestCallWithDefaults(t *testing.T) {
	// add = <def add(a, b=10)>; return add(1) + add(2, b=3)
	code := &objects.Code{
		Qualname: "<module>", StackSize: 6,
		Consts: []objects.Object{objects.NewTuple([]objects.Object{objects.NewInt(10)}), addCode(),
			objects.NewInt(1), objects.NewInt(2), objects.NewInt(3), objects.NewTuple([]objects.Object{objects.NewStr("b")})},
		Names: []*objects.Str{objects.NewStr("add")},
		Instrs: asm(
			opcode.LOAD_CONST, 0, opcode.LOAD_CONST, 1, opcode.MAKE_FUNCTION, 0,
			opcode.SET_FUNCTION_ATTRIBUTE, 1, opcode.STORE_NAME, 0,
			opcode.LOAD_NAME, 0, opcode.PUSH_NULL, 0, opcode.LOAD_CONST, 2, opcode.CALL, 1,
			opcode.LOAD_NAME, 0, opcode.PUSH_NULL, 0, opcode.LOAD_CONST, 3, opcode.LOAD_CONST, 4,
			opcode.LOAD_CONST, 5, opcode.CALL_KW, 2,
			opcode.BINARY_OP, int(objects.OpAdd), opcode.RETURN_VALUE, 0),
	}
	got, err := New().RunCode(code, objects.NewDict())
	if err != nil {
		t.Fatal(err)
	}
	if got.(*objects.Int).String() != "16" {
		t.Fatalf("got %v, want 16", got)
	}
}

// factModule is `def fact(n): return 1 if n < 2 else n * fact(n - 1)` followed by
// `return fact(arg)`, with arg a constant.
func factModule(arg int64) *objects.Code {
	fact := &objects.Code{
		Name: "fact", Qualname: "fact", ArgCount: 1, NLocalsplus: 1, StackSize: 5,
		LocalsplusNames: []string{"n"}, Flags: objects.CodeOptimized | objects.CodeNewLocals,
		Consts: []objects.Object{objects.NewInt(2), objects.NewInt(1)},
		Names:  []*objects.Str{objects.NewStr("fact")},
	}
	body := []int{
		opcode.RESUME, 0,
		opcode.LOAD_FAST, 0, opcode.LOAD_CONST, 0, opcode.COMPARE_OP, int(objects.CmpLT)<<5 | 16,
		opcode.POP_JUMP_IF_FALSE, 1, // over the RETURN_CONST
		opcode.RETURN_CONST, 1,
		opcode.LOAD_FAST, 0, opcode.LOAD_GLOBAL, 0<<1 | 1, opcode.LOAD_FAST, 0, opcode.LOAD_CONST, 1,
		opcode.BINARY_OP, int(objects.OpSubtract), opcode.CALL, 1,
		opcode.BINARY_OP, int(objects.OpMultiply), opcode.RETURN_VALUE, 0,
	}
	fact.Instrs = asm(body...)
	return &objects.Code{
		Qualname: "<module>", StackSize: 4,
		Consts: []objects.Object{fact, objects.NewInt(arg)},
		Names:  []*objects.Str{objects.NewStr("fact")},
		Instrs: asm(opcode.LOAD_CONST, 0, opcode.MAKE_FUNCTION, 0, opcode.STORE_NAME, 0,
			opcode.LOAD_NAME, 0, opcode.PUSH_NULL, 0, opcode.LOAD_CONST, 1, opcode.CALL, 1,
			opcode.RETURN_VALUE, 0),
	}
}

func TestRecursiveCalls(t *testing.T) {
	got, err := New().RunCode(factModule(30), objects.NewDict())
	if err != nil {
		t.Fatal(err)
	}
	if got.(*objects.Int).String() != "265252859812191058636308480000000" {
		t.Fatalf("fact(30) = %v", got)
	}
	// Deep recursion runs in the loop without growing the Go stack, up to the limit.
	if _, err := New().RunCode(factModule(990), objects.NewDict()); err != nil {
		t.Fatalf("fact(990): %v", err)
	}
	_, err = New().RunCode(factModule(5000), objects.NewDict())
	if err == nil || err.Error() != "RecursionError: maximum recursion depth exceeded" {
		t.Fatalf("fact(5000): got %v, want RecursionError", err)
	}
}

func TestExceptionUnwindsIntoCaller(t *testing.T) {
	// def boom(): return 1 // 0
	// try: boom() except ZeroDivisionError: return 7
	boom := &objects.Code{
		Name: "boom", Qualname: "boom", StackSize: 2, Flags: objects.CodeOptimized | objects.CodeNewLocals,
		Consts: []objects.Object{objects.NewInt(1), objects.NewInt(0)},
		Instrs: asm(opcode.RESUME, 0, opcode.LOAD_CONST, 0, opcode.LOAD_CONST, 1,
			opcode.BINARY_OP, int(objects.OpFloorDivide), opcode.RETURN_VALUE, 0),
	}
	instrs := asm(
		opcode.LOAD_CONST, 0, opcode.MAKE_FUNCTION, 0, // 0, 1
		opcode.PUSH_NULL, 0, // 2
		opcode.CALL, 0, // 3 (+3 caches): raises in boom
		opcode.RETURN_VALUE, 0, // 7
		opcode.PUSH_EXC_INFO, 0, // 8: handler
		opcode.LOAD_NAME, 0, // 9
		opcode.CHECK_EXC_MATCH, 0, // 10
		opcode.POP_JUMP_IF_FALSE, 3, // 11 (+1): to 16
		opcode.POP_TOP, 0, // 13
		opcode.POP_EXCEPT, 0, // 14
		opcode.RETURN_CONST, 1, // 15
		opcode.RERAISE, 0, // 16
	)
	code := &objects.Code{
		Qualname: "<module>", StackSize: 6,
		Consts: []objects.Object{boom, objects.NewInt(7)},
		Names:  []*objects.Str{objects.NewStr("E")},
		Instrs: instrs,
		ExceptionTable: objects.EncodeExceptionTable([]objects.ExceptionTableEntry{
			{Start: 2, End: 8, Target: 8},
		}),
	}
	globals := objects.NewDict()
	globals.SetStr(objects.NewStr("E"), objects.ZeroDivisionType)
	got, err := New().RunCode(code, globals)
	if err != nil {
		t.Fatal(err)
	}
	if got.(*objects.Int).String() != "7" {
		t.Fatalf("got %v, want 7", got)
	}
}

func TestCallFromGo(t *testing.T) {
	interp := New()
	fn := objects.NewFunction(addCode(), objects.NewDict(), objects.NewDict())
	got, err := objects.Call(&interp.thread.Thread, fn, []objects.Object{objects.NewInt(2), objects.NewInt(5)}, nil)
	if err != nil || got.(*objects.Int).String() != "7" {
		t.Fatalf("add(2, 5) from Go = %v, %v", got, err)
	}
	_, err = objects.Call(&interp.thread.Thread, fn, nil, nil)
	if err == nil || err.Error() != "TypeError: add() missing 2 required positional arguments: 'a' and 'b'" {
		t.Fatalf("add() = %v", err)
	}
}

func TestMalformedCodeIsSystemError(t *testing.T) {
	// A code object whose stack size is too small for its instructions.
	code := &objects.Code{Qualname: "<module>", StackSize: 1, Consts: []objects.Object{objects.None},
		Instrs: asm(opcode.LOAD_CONST, 0, opcode.LOAD_CONST, 0, opcode.BUILD_TUPLE, 2, opcode.RETURN_VALUE, 0)}
	_, err := New().RunCode(code, objects.NewDict())
	exc, ok := err.(*objects.BaseException)
	if !ok || exc.Type() != objects.SystemErrorType {
		t.Fatalf("got %v, want SystemError", err)
	}
}

func TestDebugStackCheck(t *testing.T) {
	// The malformed code of TestMalformedCodeIsSystemError overflows its stack; a debug build
	// reports that at the instruction, before anything is corrupted.
	if !vm.DebugStack {
		t.Skip("needs -tags taipan_debug")
	}
	code := &objects.Code{Qualname: "<module>", StackSize: 1, Consts: []objects.Object{objects.None},
		Instrs: asm(opcode.LOAD_CONST, 0, opcode.LOAD_CONST, 0, opcode.BUILD_TUPLE, 2, opcode.RETURN_VALUE, 0)}
	_, err := New().RunCode(code, objects.NewDict())
	if err == nil || !strings.Contains(err.Error(), "LOAD_CONST at offset 2 would leave 2 items on the value stack (holding 1; co_stacksize 1)") {
		t.Fatalf("got %v", err)
	}
}
