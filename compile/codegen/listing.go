package codegen

import (
	"fmt"
	"strings"

	"github.com/taipanpy/taipan/internal/generated/opcode"
)

// Listing shows a unit's tables and pseudo-instructions, then those of its
// nested units, indented: the layout the golden tests share with CPython's
// _testinternalcapi.compiler_codegen output. An instruction shows its index,
// name, oparg (jumps show the index of their target) and location.
func Listing(u *Unit) string {
	var b strings.Builder
	consts := make([]string, len(u.Consts))
	for i, k := range u.Consts {
		consts[i] = ConstRepr(k)
	}
	fmt.Fprintf(&b, "consts: %s\n", strings.Join(consts, ", "))
	fmt.Fprintf(&b, "names: %s\n", strings.Join(u.Names, ", "))
	fmt.Fprintf(&b, "varnames: %s\n", strings.Join(u.Varnames, ", "))
	fmt.Fprintf(&b, "cellvars: %s\n", strings.Join(u.Cellvars, ", "))
	fmt.Fprintf(&b, "freevars: %s\n", strings.Join(u.Freevars, ", "))
	listing(&b, u, "")
	return b.String()
}

func listing(b *strings.Builder, u *Unit, indent string) {
	for i, in := range u.Seq.Instrs {
		fmt.Fprintf(b, "%s%3d %s", indent, i, opcode.OpName[in.Opcode])
		if opcode.HasArg(in.Opcode) {
			fmt.Fprintf(b, " %d", in.Oparg)
		}
		if l := in.Loc; l.Lineno >= 0 || l.EndLineno >= 0 {
			fmt.Fprintf(b, "  @%d:%d-%d:%d", l.Lineno, l.ColOffset, l.EndLineno, l.EndColOffset)
		}
		b.WriteByte('\n')
	}
	for n, nested := range u.Nested {
		fmt.Fprintf(b, "%snested %d:\n", indent, n)
		listing(b, nested, indent+"  ")
	}
}
