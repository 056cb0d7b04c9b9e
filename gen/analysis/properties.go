package analysis

// Flag is one bit of an opcode's metadata flags. The values are CPython 3.13's.
type Flag uint32

// The metadata flags, with CPython 3.13's bit values.
const (
	HasArgFlag         Flag = 1 << iota // uses oparg
	HasConstFlag                        // reads the code's constants
	HasNameFlag                         // reads the code's names
	HasJumpFlag                         // jumps (JUMPBY)
	HasFreeFlag                         // uses cells (free variables)
	HasLocalFlag                        // reads or writes a local (and no cell)
	HasEvalBreakFlag                    // polls the eval breaker
	HasDeoptFlag                        // may deopt (DEOPT_IF)
	HasErrorFlag                        // may raise
	HasEscapesFlag                      // may run arbitrary code
	HasExitFlag                         // may take a side exit (EXIT_IF)
	HasPureFlag                         // marked pure
	HasPassthroughFlag                  // leaves its inputs unchanged as outputs and cannot fail
	HasOpargAnd1Flag                    // split on the low oparg bit
	HasErrorNoPopFlag                   // may raise without popping its inputs
)

// FlagNames lists the flags in bit order by their short names (ARG, CONST, ...), as used in
// generated constants and in pseudo definitions (HAS_ARG → "ARG").
var FlagNames = []string{
	"ARG", "CONST", "NAME", "JUMP", "FREE", "LOCAL", "EVAL_BREAK", "DEOPT", "ERROR",
	"ESCAPES", "EXIT", "PURE", "PASSTHROUGH", "OPARG_AND_1", "ERROR_NO_POP",
}

// FlagByName returns the flag with the given short name (ARG, CONST, ...), or 0.
func FlagByName(name string) Flag {
	for i, n := range FlagNames {
		if n == name {
			return 1 << i
		}
	}
	return 0
}

// Properties are what the analysis knows about a uop or an instruction.
type Properties struct {
	Escapes         bool // calls something that may run arbitrary code
	ErrorWithPop    bool // has ERROR_IF or a jump to an error label
	ErrorWithoutPop bool // has ERROR_NO_POP
	Deopts          bool // has DEOPT_IF
	SideExit        bool // has EXIT_IF
	Oparg           bool // uses oparg (in the body or a stack size)
	Jumps           bool // uses JUMPBY
	EvalBreaker     bool // uses CHECK_EVAL_BREAKER
	// EndsWithEvalBreaker is set when CHECK_EVAL_BREAKER() is the body's last statement; the
	// emitters move it after the output writes.
	EndsWithEvalBreaker bool
	NeedsThis           bool // uses thisInstr (tier 1 only)
	AlwaysExits         bool // never falls off the end of its body
	StoresSP            bool // uses SYNC_SP
	UsesCoConsts        bool // reads frame.Code.Consts
	UsesCoNames         bool // reads frame.Code.Names
	UsesLocals          bool // uses frame.GetLocal / frame.SetLocal
	HasFree             bool // uses cells
	Pure                bool // annotated pure (for an instruction: every uop is)
	Passthrough         bool // inputs equal outputs, unconditional, not empty, infallible
	OpargAnd1           bool // split on an `oparg&1` condition
	GoesTo              bool // uses GO_TO_INSTRUCTION (tier 1 only)
	// Tier is 1 or 2 for a uop restricted to one tier, 0 for both.
	Tier int
	// ConstOparg is the fixed oparg of a replicated or split variant, -1 otherwise.
	ConstOparg int
}

// Infallible reports whether the code cannot raise.
func (p Properties) Infallible() bool { return !p.ErrorWithPop && !p.ErrorWithoutPop }

// Flags returns the metadata flag bits.
func (p Properties) Flags() Flag {
	var f Flag
	set := func(on bool, fl Flag) {
		if on {
			f |= fl
		}
	}
	set(p.Oparg, HasArgFlag)
	set(p.UsesCoConsts, HasConstFlag)
	set(p.UsesCoNames, HasNameFlag)
	set(p.Jumps, HasJumpFlag)
	set(p.HasFree, HasFreeFlag)
	set(p.UsesLocals && !p.HasFree, HasLocalFlag)
	set(p.EvalBreaker, HasEvalBreakFlag)
	set(p.Deopts, HasDeoptFlag)
	set(!p.Infallible(), HasErrorFlag)
	set(p.Escapes, HasEscapesFlag)
	set(p.SideExit, HasExitFlag)
	set(p.Pure, HasPureFlag)
	set(p.Passthrough, HasPassthroughFlag)
	set(p.OpargAnd1, HasOpargAnd1Flag)
	set(p.ErrorWithoutPop, HasErrorNoPopFlag)
	return f
}

// FlagList returns the short names of the set flags in bit order.
func (f Flag) FlagList() []string {
	var out []string
	for i, n := range FlagNames {
		if f&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// union combines the properties of an instruction's parts: most are OR-ed, pure and
// passthrough need every part.
func (p Properties) union(q Properties) Properties {
	r := p
	r.Escapes = p.Escapes || q.Escapes
	r.ErrorWithPop = p.ErrorWithPop || q.ErrorWithPop
	r.ErrorWithoutPop = p.ErrorWithoutPop || q.ErrorWithoutPop
	r.Deopts = p.Deopts || q.Deopts
	r.SideExit = p.SideExit || q.SideExit
	r.Oparg = p.Oparg || q.Oparg
	r.Jumps = p.Jumps || q.Jumps
	r.EvalBreaker = p.EvalBreaker || q.EvalBreaker
	r.EndsWithEvalBreaker = p.EndsWithEvalBreaker || q.EndsWithEvalBreaker
	r.NeedsThis = p.NeedsThis || q.NeedsThis
	r.AlwaysExits = p.AlwaysExits || q.AlwaysExits
	r.StoresSP = p.StoresSP || q.StoresSP
	r.UsesCoConsts = p.UsesCoConsts || q.UsesCoConsts
	r.UsesCoNames = p.UsesCoNames || q.UsesCoNames
	r.UsesLocals = p.UsesLocals || q.UsesLocals
	r.HasFree = p.HasFree || q.HasFree
	r.Pure = p.Pure && q.Pure
	r.Passthrough = p.Passthrough && q.Passthrough
	r.OpargAnd1 = p.OpargAnd1 || q.OpargAnd1
	r.GoesTo = p.GoesTo || q.GoesTo
	if q.Tier != 0 {
		r.Tier = q.Tier
	}
	r.ConstOparg = -1
	return r
}
