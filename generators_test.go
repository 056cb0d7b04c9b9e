package taipan

import (
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// echoCode is, as CPython 3.13 compiles it:
//
//	def echo():
//	    x = yield 1
//	    return x
func echoCode() *objects.Code {
	return &objects.Code{
		Name: "echo", Qualname: "echo", NLocalsplus: 1, StackSize: 2, LocalsplusNames: []string{"x"},
		Flags:  objects.CodeOptimized | objects.CodeNewLocals | objects.CodeGenerator,
		Consts: []objects.Object{objects.None, objects.NewInt(1)},
		Instrs: asm(
			opcode.RETURN_GENERATOR, 0, opcode.POP_TOP, 0, opcode.RESUME, 0, // 0-2
			opcode.LOAD_CONST, 1, opcode.YIELD_VALUE, 0, opcode.RESUME, 5, // 3-5
			opcode.STORE_FAST, 0, opcode.LOAD_FAST, 0, opcode.RETURN_VALUE, 0, // 6-8
			opcode.CALL_INTRINSIC_1, 3, opcode.RERAISE, 1), // 9-10: PEP 479 handler
		ExceptionTable: objects.EncodeExceptionTable([]objects.ExceptionTableEntry{
			{Start: 2, End: 9, Target: 9, Lasti: true}}),
	}
}

// makeGenerator calls a generator function made from code and returns the generator.
func makeGenerator(t *testing.T, interp *Interpreter, code *objects.Code) *vm.Generator {
	t.Helper()
	fn := objects.NewFunction(code, objects.NewDict(), objects.NewDict())
	g, err := objects.Call(&interp.thread.Thread, fn, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	gen, ok := g.(*vm.Generator)
	if !ok || gen.Type() != objects.GeneratorType {
		t.Fatalf("call returned %v, want a generator", g)
	}
	return gen
}

func TestGeneratorSendAndReturn(t *testing.T) {
	interp := New()
	ts := &interp.thread.Thread
	g := makeGenerator(t, interp, echoCode())
	if _, err := g.Send(ts, objects.NewInt(5)); err == nil ||
		err.Error() != "TypeError: can't send non-None value to a just-started generator" {
		t.Fatalf("first send of 5: %v", err)
	}
	v, err := g.Send(ts, objects.None)
	if err != nil || v.(*objects.Int).String() != "1" {
		t.Fatalf("first send = %v, %v; want 1", v, err)
	}
	_, err = g.Send(ts, objects.NewInt(42))
	exc, ok := err.(*objects.BaseException)
	if !ok || exc.Type() != objects.StopIterationType || exc.StopIterationValue().(*objects.Int).String() != "42" {
		t.Fatalf("second send: %v, want StopIteration(42)", err)
	}
	// Exhausted: iteration ends quietly, send raises StopIteration.
	if v, err := objects.Next(ts, g); v != nil || err != nil {
		t.Errorf("next on an exhausted generator = %v, %v", v, err)
	}
}

func TestGeneratorThrowAndClose(t *testing.T) {
	interp := New()
	ts := &interp.thread.Thread
	g := makeGenerator(t, interp, echoCode())
	if v, err := objects.Next(ts, g); err != nil || v.(*objects.Int).String() != "1" {
		t.Fatalf("next = %v, %v", v, err)
	}
	_, err := g.Throw(ts, objects.Errorf(objects.ValueErrorType, "boom"))
	if err == nil || err.Error() != "ValueError: boom" {
		t.Fatalf("throw = %v, want the ValueError back", err)
	}
	if v, err := objects.Next(ts, g); v != nil || err != nil {
		t.Errorf("after the throw the generator is finished; next = %v, %v", v, err)
	}
	// close() on a suspended generator: GeneratorExit is raised at the yield and ends it.
	g2 := makeGenerator(t, interp, echoCode())
	objects.Next(ts, g2)
	if v, err := g2.Close(ts); err != nil || v != objects.None {
		t.Errorf("close = %v, %v", v, err)
	}
}

func TestStopIterationInGeneratorBecomesRuntimeError(t *testing.T) {
	// def bad(): raise StopIteration; yield
	bad := &objects.Code{
		Name: "bad", Qualname: "bad", StackSize: 2,
		Flags:  objects.CodeOptimized | objects.CodeNewLocals | objects.CodeGenerator,
		Consts: []objects.Object{objects.StopIterationType},
		Instrs: asm(opcode.RETURN_GENERATOR, 0, opcode.POP_TOP, 0, opcode.RESUME, 0,
			opcode.LOAD_CONST, 0, opcode.RAISE_VARARGS, 1,
			opcode.CALL_INTRINSIC_1, 3, opcode.RERAISE, 1),
		ExceptionTable: objects.EncodeExceptionTable([]objects.ExceptionTableEntry{
			{Start: 2, End: 5, Target: 5, Lasti: true}}),
	}
	interp := New()
	g := makeGenerator(t, interp, bad)
	_, err := objects.Next(&interp.thread.Thread, g)
	exc, ok := err.(*objects.BaseException)
	if !ok || err.Error() != "RuntimeError: generator raised StopIteration" ||
		exc.Cause() == nil || exc.Cause().Type() != objects.StopIterationType {
		t.Fatalf("got %v, want RuntimeError caused by StopIteration", err)
	}
}
