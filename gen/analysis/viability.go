package analysis

import (
	"strings"
)

// WhyNotViable explains why the uop cannot run in tier 2, or returns "" when it can. The
// reason completes the sentence "X is not a viable uop for tier 2 because it ...".
func (u *Uop) WhyNotViable() string {
	p := u.Properties
	switch {
	case u.Name == "_SAVE_RETURN_OFFSET":
		return "" // it moves nextInstr, but only in tier 1
	case strings.Contains(u.Name, "INSTRUMENTED"):
		return "is instrumented"
	case u.HasAnnotation("replaced"):
		return "is replaced"
	case u.Name == "_INTERPRETER_EXIT" || u.Name == "_JUMP_BACKWARD" || u.Name == "INTERPRETER_EXIT" || u.Name == "JUMP_BACKWARD":
		return "has tier 1 control flow"
	case p.NeedsThis:
		return "uses thisInstr"
	case p.GoesTo:
		return "uses GO_TO_INSTRUCTION"
	case len(u.NamedCaches()) > 1:
		return "has more than one cache entry"
	case p.ErrorWithPop && p.ErrorWithoutPop:
		return "has both popping and not-popping errors"
	case p.EvalBreaker && !p.Infallible():
		return "has error handling and an eval-breaker check"
	case p.EvalBreaker && p.SideExit:
		return "exits and checks the eval breaker"
	case p.EvalBreaker && p.Deopts:
		return "deopts and checks the eval breaker"
	}
	return ""
}

// IsViable reports whether the uop can run in tier 2.
func (u *Uop) IsViable() bool { return u.WhyNotViable() == "" }

// InTier2 reports whether the tier-2 executor has a case for the uop: it is viable, not
// restricted to tier 1, and not the base of a split (whose variants run instead) or part
// of a super-instruction.
func (u *Uop) InTier2() bool {
	return u.IsViable() && u.Properties.Tier != 1 && !u.Properties.OpargAnd1 && !u.IsSuper()
}
