package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"
)

// Import paths of the packages generated cases refer to. Templates import them under their
// last path element, which is how the rendered qualifiers spell them.
const (
	OpcodePkg  = "github.com/taipanpy/taipan/internal/generated/opcode"
	ObjectsPkg = "github.com/taipanpy/taipan/objects"
	VMPkg      = "github.com/taipanpy/taipan/vm"
)

// Code renders a jennifer fragment (a statement or an expression) as Go source.
func Code(c jen.Code) string {
	return fmt.Sprintf("%#v", c)
}

// OpcodeConst is the constant of an instruction or pseudo-instruction: opcode.NAME.
func OpcodeConst(name string) *jen.Statement {
	return jen.Qual(OpcodePkg, name)
}

// UopConst is the constant of a uop: a uop _X is opcode.UOP_X. The implicit uop of an inst
// NAME is spelled either way in the model, and both give opcode.UOP_NAME.
func UopConst(name string) *jen.Statement {
	return jen.Qual(OpcodePkg, "UOP_"+strings.TrimPrefix(name, "_"))
}

// SPPlus renders the stack index sp+off for an offset rendered by StackOffset.Go.
// The offset's own operators keep their meaning because + and - associate to the left.
func SPPlus(off string) string {
	switch {
	case off == "0":
		return "sp"
	case strings.HasPrefix(off, "-"):
		return "sp - " + off[1:]
	default:
		return "sp + " + off
	}
}

// isLiteralTrue and isLiteralFalse recognise the conditions of split variants, where the
// low oparg bit is a constant.
func isLiteralTrue(cond string) bool  { return cond == "true" || cond == "1" }
func isLiteralFalse(cond string) bool { return cond == "false" || cond == "0" }

// CaseLine renders `case X:` for a case constant. (A lone case clause is not something
// jennifer can format on its own, so the clause is put together here.)
func CaseLine(constant jen.Code) string {
	return "case " + Code(constant) + ":"
}
