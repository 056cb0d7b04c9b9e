package taipan

import (
	"bytes"
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
)

// TestPrintThroughGlobals runs `print('hello', 42, sep='-')` and `print(len('abc'))`,
// assembled by hand: LOAD_GLOBAL finds print and len in the builtins module and what print
// writes reaches sys.stdout, here a buffer, once the interpreter flushes it.
func TestPrintThroughGlobals(t *testing.T) {
	var out bytes.Buffer
	interp := New(Options{Stdout: &out})
	code := &objects.Code{
		Qualname: "<module>", StackSize: 8,
		Consts: []objects.Object{objects.NewStr("hello"), objects.NewInt(42), objects.NewStr("-"),
			objects.NewTuple([]objects.Object{objects.NewStr("sep")}), objects.NewStr("abc")},
		Names: []*objects.Str{objects.NewStr("print"), objects.NewStr("len")},
		Instrs: asm(
			opcode.RESUME, 0,
			opcode.LOAD_GLOBAL, 0<<1|1,
			opcode.LOAD_CONST, 0, opcode.LOAD_CONST, 1, opcode.LOAD_CONST, 2, opcode.LOAD_CONST, 3,
			opcode.CALL_KW, 3,
			opcode.POP_TOP, 0,
			opcode.LOAD_GLOBAL, 0<<1|1,
			opcode.LOAD_GLOBAL, 1<<1|1, opcode.LOAD_CONST, 4, opcode.CALL, 1,
			opcode.CALL, 1,
			opcode.RETURN_VALUE, 0,
		),
	}
	got, err := interp.RunCode(code, objects.NewDict())
	if err != nil {
		t.Fatal(err)
	}
	if got != objects.None {
		t.Errorf("print returned %v, want None", got)
	}
	if out.Len() != 0 {
		t.Errorf("output to a buffer was written before a flush: %q", out.String())
	}
	if err := interp.Flush(); err != nil {
		t.Fatal(err)
	}
	if want := "hello-42\n3\n"; out.String() != want {
		t.Errorf("stdout got %q, want %q", out.String(), want)
	}
}
