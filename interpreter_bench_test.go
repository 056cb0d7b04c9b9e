package taipan

import (
	"testing"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
)

// countingLoop assembles: total = 0; i = 0; while i < n: total = total + i; i = i + 1;
// return total — with the generic BINARY_OP and COMPARE_OP, or their int specializations.
func countingLoop(n int64, specialized bool) *objects.Code {
	add, cmp := opcode.BINARY_OP, opcode.COMPARE_OP
	if specialized {
		add, cmp = opcode.BINARY_OP_ADD_INT, opcode.COMPARE_OP_INT
	}
	body := []int{
		opcode.LOAD_FAST, 1,
		opcode.LOAD_CONST, 1,
		cmp, int(objects.CmpLT)<<5 | 16,
		opcode.POP_JUMP_IF_FALSE, 0,
		opcode.LOAD_FAST, 0,
		opcode.LOAD_FAST, 1,
		add, int(objects.OpAdd),
		opcode.STORE_FAST, 0,
		opcode.LOAD_FAST, 1,
		opcode.LOAD_CONST, 2,
		add, int(objects.OpAdd),
		opcode.STORE_FAST, 1,
		opcode.JUMP_BACKWARD, 0,
	}
	loop := asm(body...)
	body[7] = len(loop) - len(asm(body[:8]...))
	body[len(body)-1] = len(loop)
	loop = asm(body...)
	prologue := asm(opcode.RESUME, 0, opcode.LOAD_CONST, 0, opcode.STORE_FAST, 0, opcode.LOAD_CONST, 0, opcode.STORE_FAST, 1)
	return &objects.Code{
		Qualname:    "<module>",
		NLocalsplus: 2,
		StackSize:   4,
		Consts:      []objects.Object{objects.NewInt(0), objects.NewInt(n), objects.NewInt(1)},
		Instrs:      append(append(prologue, loop...), asm(opcode.LOAD_FAST, 0, opcode.RETURN_VALUE, 0)...),
	}
}

func benchmarkLoop(b *testing.B, specialized bool) {
	const n = 1_000_000
	interp := New()
	code := countingLoop(n, specialized)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got, err := interp.RunCode(code, objects.NewDict())
		if err != nil || got.(*objects.Int).String() != "499999500000" {
			b.Fatalf("got %v, %v", got, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/iteration")
}

// BenchmarkCountingLoop runs a million iterations of a while loop through the generic
// instructions; BenchmarkCountingLoopSpecialized through their int specializations.
func BenchmarkCountingLoop(b *testing.B)            { benchmarkLoop(b, false) }
func BenchmarkCountingLoopSpecialized(b *testing.B) { benchmarkLoop(b, true) }

// BenchmarkRecursiveCalls runs fact(20) through the loop's in-place calls: 20 calls and
// returns per iteration.
func BenchmarkRecursiveCalls(b *testing.B) {
	interp := New()
	code := factModule(20)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := interp.RunCode(code, objects.NewDict()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/20, "ns/call")
}
