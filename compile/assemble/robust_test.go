package assemble

import (
	"math/rand"
	"testing"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// TestNoPanicOnArbitrarySequences feeds malformed instruction sequences to
// MakeCode: it must return an error or a code object, never panic.
func TestNoPanicOnArbitrarySequences(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var ops []int
	for op := 0; op <= opcode.MaxOpcode; op++ {
		if opcode.IsValid(op) && (op > 255 || int(opcode.Deopt[op]) == op) {
			ops = append(ops, op)
		}
	}
	for n := 0; n < 3000; n++ {
		seq := &instrseq.Sequence{}
		size := 1 + r.Intn(30)
		for i := 0; i < size; i++ {
			op := ops[r.Intn(len(ops))]
			arg := r.Intn(4)
			if instrseq.HasTarget(op) {
				arg = r.Intn(size + 1)
			}
			seq.Add(op, arg, instrseq.Location{Lineno: r.Intn(5) - 1, EndLineno: r.Intn(5) - 1, ColOffset: r.Intn(90) - 1, EndColOffset: r.Intn(90) - 1})
		}
		u := &Unit{Name: "f", Qualname: "f", Seq: seq, FirstLineno: 1,
			Consts:   []Const{ast.NoneType{}, ast.Int(1), ast.Str("s"), Tuple{}},
			Names:    []string{"a", "b", "c", "d"},
			Varnames: []string{"x", "y"}, Cellvars: []string{"y", "z"}, Freevars: []string{"w"}}
		func() {
			defer func() {
				if p := recover(); p != nil {
					var listing []string
					for _, in := range seq.Instrs {
						listing = append(listing, opcode.OpName[in.Opcode])
					}
					t.Fatalf("panic %v on %v", p, listing)
				}
			}()
			MakeCode(u)
		}()
	}
}
