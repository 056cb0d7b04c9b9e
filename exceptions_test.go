package taipan

import (
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// boomCode is `def boom(): return 1 // 0`.
func boomCode() *objects.Code {
	return &objects.Code{
		Name: "boom", Qualname: "boom", StackSize: 2, Flags: objects.CodeOptimized | objects.CodeNewLocals,
		Consts: []objects.Object{objects.NewInt(1), objects.NewInt(0)},
		Instrs: asm(opcode.RESUME, 0, opcode.LOAD_CONST, 0, opcode.LOAD_CONST, 1,
			opcode.BINARY_OP, int(objects.OpFloorDivide), opcode.RETURN_VALUE, 0),
	}
}

func TestTracebackHasAnEntryPerFrame(t *testing.T) {
	// boom()  — uncaught: the traceback lists the module frame, then boom's.
	code := &objects.Code{
		Qualname: "<module>", StackSize: 4, Consts: []objects.Object{boomCode()},
		Instrs: asm(opcode.LOAD_CONST, 0, opcode.MAKE_FUNCTION, 0, opcode.PUSH_NULL, 0,
			opcode.CALL, 0, opcode.RETURN_VALUE, 0),
	}
	_, err := New().RunCode(code, objects.NewDict())
	exc, ok := err.(*objects.BaseException)
	if !ok || exc.Type() != objects.ZeroDivisionType {
		t.Fatalf("got %v", err)
	}
	tb := exc.Traceback()
	if tb == nil || tb.Next == nil || tb.Next.Next != nil {
		t.Fatalf("want two traceback entries, got %+v", tb)
	}
	outer, inner := tb.Frame.(*vm.Frame), tb.Next.Frame.(*vm.Frame)
	if outer.Code != code || inner.Code.Qualname != "boom" {
		t.Errorf("entries for %s and %s, want <module> and boom", outer.Code.Qualname, inner.Code.Qualname)
	}
	// The CALL is the module's fourth instruction (offset 6); the division is boom's third.
	if tb.Lasti != 6 || tb.Next.Lasti != 6 {
		t.Errorf("lasti %d and %d, want 6 and 6", tb.Lasti, tb.Next.Lasti)
	}
	// boom's frame has ended but the traceback keeps its locals.
	if inner.Type() != objects.FrameType {
		t.Errorf("frame type %v", inner.Type())
	}
}

func TestRaisingInAHandlerSetsContext(t *testing.T) {
	// try: x
	// except NameError: 1 // 0      — ZeroDivisionError.__context__ is the NameError
	instrs := asm(
		opcode.RESUME, 0, // 0
		opcode.LOAD_NAME, 0, // 1: raises NameError
		opcode.RETURN_VALUE, 0, // 2
		opcode.PUSH_EXC_INFO, 0, // 3: handler
		opcode.POP_TOP, 0, // 4
		opcode.LOAD_CONST, 0, // 5
		opcode.LOAD_CONST, 1, // 6
		opcode.BINARY_OP, int(objects.OpFloorDivide), // 7 (+1): raises ZeroDivisionError
		opcode.POP_EXCEPT, 0, // 9
		opcode.RETURN_VALUE, 0, // 10
		opcode.COPY, 3, // 11: cleanup
		opcode.POP_EXCEPT, 0, // 12
		opcode.RERAISE, 1, // 13
	)
	code := &objects.Code{
		Qualname: "<module>", StackSize: 5,
		Consts: []objects.Object{objects.NewInt(1), objects.NewInt(0)},
		Names:  []*objects.Str{objects.NewStr("x")},
		Instrs: instrs,
		ExceptionTable: objects.EncodeExceptionTable([]objects.ExceptionTableEntry{
			{Start: 1, End: 2, Target: 3},
			{Start: 3, End: 9, Target: 11, Depth: 1, Lasti: true},
		}),
	}
	_, err := New().RunCode(code, objects.NewDict())
	exc, ok := err.(*objects.BaseException)
	if !ok || exc.Type() != objects.ZeroDivisionType {
		t.Fatalf("got %v", err)
	}
	ctx := exc.Context()
	if ctx == nil || ctx.Type() != objects.NameErrorType {
		t.Fatalf("__context__ = %v, want the NameError", ctx)
	}
	// Raised in the handler, re-raised by the cleanup: one traceback entry, not two.
	if tb := exc.Traceback(); tb == nil || tb.Next != nil {
		t.Errorf("traceback %+v, want one entry", tb)
	}
}
