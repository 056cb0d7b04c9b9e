package tier2

import (
	"github.com/taipanpy/taipan/gen/analysis"
)

// WhyNotViable says why a uop cannot run in tier 2, or returns "" when it can: the
// analysis's reasons (CPython 3.13's), then the forms and names that only make sense in the
// tier-1 loop, which has an instruction stream to jump in and re-dispatch from.
func WhyNotViable(u *analysis.Uop) string {
	if why := u.WhyNotViable(); why != "" {
		return why
	}
	body := &u.Body
	switch {
	case u.Name == "_SAVE_RETURN_OFFSET":
		return ""
	case u.Properties.Jumps || len(body.FormsOf(analysis.JumpBy)) > 0:
		return "jumps within the bytecode (JUMPBY)"
	case u.Properties.GoesTo || len(body.FormsOf(analysis.GoToInstruction)) > 0:
		return "re-dispatches to another instruction (GO_TO_INSTRUCTION)"
	case len(body.FormsOf(analysis.Dispatch)) > 0:
		return "dispatches the next instruction itself (DISPATCH)"
	case usesTier1Names(body):
		return "uses the tier-1 instruction stream (instrs, nextInstr)"
	}
	return ""
}

// usesTier1Names reports whether a body refers to names only the tier-1 loop has.
func usesTier1Names(b *analysis.Body) bool {
	return b.Uses("thisInstr") || b.Uses("nextInstr") || b.Uses("instrs")
}
