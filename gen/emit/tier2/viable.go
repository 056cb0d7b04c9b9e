package tier2

import (
	"strings"

	"github.com/taipanpy/taipan/gen/analysis"
)

// WhyNotViable says why a uop cannot run in tier 2, or returns "" when it can. The reasons
// are CPython 3.13's, plus the forms that only make sense in the tier-1 loop.
func WhyNotViable(u *analysis.Uop) string {
	p := u.Properties
	body := &u.Body
	switch {
	case u.Name == "_SAVE_RETURN_OFFSET":
		return "" // it moves nextInstr, but only in tier 1
	case strings.Contains(u.Name, "INSTRUMENTED"):
		return "is instrumented"
	case u.HasAnnotation("replaced"):
		return "is replaced"
	case u.Name == "INTERPRETER_EXIT" || u.Name == "_INTERPRETER_EXIT" || u.Name == "JUMP_BACKWARD" || u.Name == "_JUMP_BACKWARD":
		return "has tier 1 control flow"
	case p.NeedsThis:
		return "uses thisInstr"
	case len(u.NamedCaches()) > 1:
		return "has more than one named cache entry"
	case p.ErrorWithPop && p.ErrorWithoutPop:
		return "has both popping and not-popping errors"
	case p.EvalBreaker && !p.Infallible():
		return "has error handling and an eval-breaker check"
	case p.EvalBreaker && (p.SideExit || p.Deopts):
		return "exits and checks the eval breaker"
	case p.Jumps || len(body.FormsOf(analysis.JumpBy)) > 0:
		return "jumps within the bytecode (JUMPBY)"
	case p.GoesTo || len(body.FormsOf(analysis.GoToInstruction)) > 0:
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
