package analysis

import (
	"strings"
)

// WhyNotViable explains why the uop cannot run in tier 2, or returns "" when it can. The
// reason completes the sentence "X is not a viable uop for tier 2 because it ...".
//
// These are the only viability rules: the tier-2 and optimizer emitters and the expansion
// table all use them. The first are CPython 3.13's; the rest hold because a Taipan trace has
// no instruction stream: JUMPBY, DISPATCH, GO_TO_INSTRUCTION, thisInstr, nextInstr and instrs
// exist only in the tier-1 loop. CPython runs such instructions in tier 2 through `replaced`
// uops that the trace projector swaps for tier-2 forms (POP_JUMP_IF_FALSE becomes
// _GUARD_IS_TRUE_POP or _GUARD_IS_FALSE_POP), and so does Taipan.
func (u *Uop) WhyNotViable() string {
	p := u.Properties
	body := &u.Body
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
	case p.Jumps:
		return "jumps within the bytecode (JUMPBY)"
	case len(body.FormsOf(Dispatch)) > 0:
		return "dispatches the next instruction itself (DISPATCH)"
	case body.Uses("nextInstr") || body.Uses("instrs"):
		return "uses the tier-1 instruction stream (instrs, nextInstr)"
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
