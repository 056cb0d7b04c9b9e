// Package analysis turns parsed instruction definitions into the model every emitter
// consumes: instructions made of uops, stack effects with symbolic offsets, properties and
// flags derived from the Go bodies, families, pseudo-instructions, and opcode and uop numbers.
//
// It mirrors CPython's Tools/cases_generator/analyzer.py. The model is read-only once
// built: emitters never modify it.
package analysis

import "github.com/taipanpy/taipan/gen/dsl"

// Pos is a position in a definition file.
type Pos = dsl.Pos

// Analysis is the analysed instruction set.
type Analysis struct {
	// Instructions maps every real instruction (inst or macro) by name.
	Instructions map[string]*Instruction
	// InstructionOrder lists the instructions sorted by name.
	InstructionOrder []*Instruction
	// Uops maps every uop by name, including the implicit uops of inst definitions.
	Uops map[string]*Uop
	// UopOrder lists the uops sorted by name.
	UopOrder []*Uop
	// Families maps each family by the name of its head.
	Families map[string]*Family
	// FamilyOrder lists the families in definition order.
	FamilyOrder []*Family
	// Pseudos maps each pseudo-instruction by name.
	Pseudos map[string]*Pseudo
	// PseudoOrder lists the pseudo-instructions sorted by name.
	PseudoOrder []*Pseudo
	// Opmap maps instruction and pseudo-instruction names to their opcode.
	Opmap map[string]int
	// OpmapOrder lists Opmap's names in the order they were numbered: the fixed numbers,
	// then no-argument, with-argument, specialised and instrumented instructions, then
	// pseudos (the order of CPython's opmap).
	OpmapOrder []string
	// UopIDs maps the name of every uop that exists in tier 2 to its id. Implicit uops that
	// are not replicated share their instruction's opcode; the others number from 300.
	UopIDs map[string]int
	// MaxUopID is the largest id in UopIDs.
	MaxUopID int
	// HaveArgument is CPython's HAVE_ARGUMENT: the number of instructions that neither use
	// their oparg, nor are family members or instrumented. Every opcode below it ignores its
	// oparg when the fixed numbers in that range belong to such instructions; CPython 3.13's
	// 44 is one below its first with-argument opcode.
	HaveArgument int
	// MinInstrumented is the smallest opcode of an INSTRUMENTED_* instruction (or 255 when
	// there are none).
	MinInstrumented int
	// Abstract maps a uop name to its abstract-interpretation override from the optimizer
	// definitions (defs/optimizer.def); it is filled by LoadAbstract.
	Abstract map[string]*Uop
	// Files lists the definition files read, in order.
	Files []string
}

// Part is one element of an instruction: a *Uop or a *Skip of cache units.
type Part interface {
	// PartName is the uop's name, or "unused" for a skip.
	PartName() string
	// CacheUnits is the number of inline-cache code units the part occupies.
	CacheUnits() int
}

// Skip is a run of inline-cache units that an instruction's uops do not read (`unused/K`,
// or in a macro any `name/K`).
type Skip struct {
	// Name is the name written before the size: "unused", or in a macro what the units hold
	// (`cache/2`).
	Name string
	Size int
	Pos  Pos
}

// PartName returns the name written, usually "unused".
func (s *Skip) PartName() string { return s.Name }

// CacheUnits returns the number of units skipped.
func (s *Skip) CacheUnits() int { return s.Size }

// Instruction is a real instruction: an inst (one implicit uop) or a macro (several parts).
type Instruction struct {
	Name string
	// Parts are the uops and cache skips in execution and cache order.
	Parts []Part
	// Size is the instruction's length in code units: 1 plus its cache units.
	Size int
	// Family is the family this instruction heads or belongs to, nil if none.
	Family *Family
	// IsTarget is set when the instruction is re-dispatched to from elsewhere: a family head
	// or the target of a GO_TO_INSTRUCTION.
	IsTarget bool
	// Opcode is the instruction's number.
	Opcode int
	// Properties are the union of the parts' properties (pure and passthrough need all parts).
	Properties Properties
	// IsMacro tells a macro definition from an inst.
	IsMacro bool
	// Effect is the instruction's net stack effect (inputs popped, outputs pushed) as Go
	// int expressions of oparg.
	Effect Effect
	// Expansion is the uop sequence tier 2 runs for the instruction, nil when some part
	// is not viable in tier 2 (see CPython's _PyOpcode_macro_expansion).
	Expansion []ExpansionEntry
	// Pos is where the definition starts.
	Pos Pos
}

// Uops returns the instruction's uops, without skips.
func (in *Instruction) Uops() []*Uop {
	var out []*Uop
	for _, p := range in.Parts {
		if u, ok := p.(*Uop); ok {
			out = append(out, u)
		}
	}
	return out
}

// IsFamilyHead reports whether the instruction heads a family.
func (in *Instruction) IsFamilyHead() bool { return in.Family != nil && in.Family.Head == in }

// Uop is a micro-operation: an op, or the implicit uop of an inst.
type Uop struct {
	Name string
	// Annotations are the annotation names in source order (replicate without its count).
	Annotations []string
	// Stack is the uop's stack effect.
	Stack StackEffect
	// Caches are the named and unused cache entries in order.
	Caches []CacheEntry
	// Body is the Go body.
	Body Body
	// Properties are derived from the body, the annotations and the stack effect.
	Properties Properties
	// Replicated is N for replicate(N), else 0.
	Replicated int
	// Implicit is set for the uop an inst definition desugars to; it shares the
	// instruction's name.
	Implicit bool
	// Replicates is the base uop of a split or replicate(N) variant (_X_0, _X_1, ...), nil
	// for every other uop. A variant shares its base's body.
	Replicates *Uop
	// Signature is the stack effect as written, e.g. "(counter/1, lhs, rhs -- res)", for
	// provenance comments.
	Signature string
	// Pos is where the definition starts (its first annotation or keyword).
	Pos Pos
}

// PartName returns the uop's name.
func (u *Uop) PartName() string { return u.Name }

// CacheUnits returns the sum of the uop's cache entry sizes.
func (u *Uop) CacheUnits() int {
	n := 0
	for _, c := range u.Caches {
		n += c.Size
	}
	return n
}

// HasAnnotation reports whether the uop carries the named annotation.
func (u *Uop) HasAnnotation(name string) bool {
	for _, a := range u.Annotations {
		if a == name {
			return true
		}
	}
	return false
}

// IsSplit reports whether the uop carries `split`: tier 2 gets _X_0 and _X_1 with the
// low oparg bit fixed.
func (u *Uop) IsSplit() bool { return u.HasAnnotation("split") }

// IsSuper reports whether the uop belongs to a super-instruction: its body uses oparg1
// and oparg2, the two halves of the oparg.
func (u *Uop) IsSuper() bool { return u.Body.Uses("oparg1") }

// NamedCaches returns the cache entries that are not `unused`.
func (u *Uop) NamedCaches() []CacheEntry {
	var out []CacheEntry
	for _, c := range u.Caches {
		if c.Name != "unused" {
			out = append(out, c)
		}
	}
	return out
}

// CacheEntry is an inline-cache entry `name/Size`, Size being 1, 2 or 4 code units.
type CacheEntry struct {
	Name string
	Size int
	Pos  Pos
}

// StackEffect is the uop's signature: the inputs popped and outputs pushed, bottom first.
type StackEffect struct {
	Inputs  []*StackItem
	Outputs []*StackItem
}

// StackItem is one stack slot or array of slots in a signature.
type StackItem struct {
	// Name is the variable name, or "unused".
	Name string
	// Type is the Go type written after a colon, "" for the default objects.Object.
	Type string
	// Cond is the Go bool condition of a conditional item, normalised (a C-style integer
	// test such as `oparg & 1` becomes `oparg&1 != 0`); "" if unconditional. In the
	// variants _X_0 and _X_1 of a split uop the `oparg&1 != 0` condition is "false" or "true".
	Cond string
	// Size is the Go int expression of an array item's length, "" for a single slot.
	Size string
	// Peek is set on an input and the output of the same name and position that form the
	// unchanged prefix of the signature: neither popped nor pushed.
	Peek bool
	// Pos is where the item is written.
	Pos Pos
}

// IsArray reports whether the item is an array `name[size]`.
func (s *StackItem) IsArray() bool { return s.Size != "" }

// IsUnused reports whether the item is the unnamed `unused`.
func (s *StackItem) IsUnused() bool { return s.Name == "unused" }

// SlotCount is the number of stack slots the item occupies, as a Go int expression:
// "1", the array size, `oparg&1` for the `oparg&1 != 0` condition, "1" or "0" for the
// fixed conditions "true" and "false" of split variants, or `b2i(cond)`.
func (s *StackItem) SlotCount() string {
	if s.Size != "" {
		return s.Size
	}
	if s.Cond != "" {
		switch s.Cond {
		case "true":
			return "1"
		case "false":
			return "0"
		}
		if s.Cond == "oparg&1 != 0" {
			return "oparg&1"
		}
		return "b2i(" + s.Cond + ")"
	}
	return "1"
}

// Family is an adaptive family: a generic head and its specialised members.
type Family struct {
	// Name is the head's name.
	Name string
	// Head is the generic instruction that members deopt to.
	Head *Instruction
	// Members are the specialisations in definition order (the head is not included).
	Members []*Instruction
	// Size is the number of inline-cache units every member has, as declared.
	Size int
	// SizeName is the identifier given as size when it was not a number, else "".
	SizeName string
	Pos      Pos
}

// Pseudo is a compiler-only instruction that is emitted as one of its targets.
type Pseudo struct {
	Name string
	// Targets are the instructions the pseudo can become.
	Targets []*Instruction
	// Flags are the flag names written in the definition, OR-ed into the metadata.
	Flags []string
	// Opcode is the pseudo's number, 256 and above.
	Opcode int
	// Stack is the declared stack effect, nil when the definition gives none.
	Stack *StackEffect
	// Effect is the declared stack effect as counts, or without a declaration the effect
	// its targets share; nil if they disagree.
	Effect *Effect
	// Properties are the union of its targets' properties.
	Properties Properties
	Pos        Pos
}

// Body is a uop's Go body: its text between the braces, where it is, and what the
// analysis found in it. Emitters rewrite bodies by splicing text at the byte ranges given
// in Forms, so every offset indexes Text.
type Body struct {
	// Text is the source between the braces, excluding them.
	Text string
	// Pos is the position of Text's first byte (just after the opening brace).
	Pos Pos
	// Forms are the special forms found in the body, in source order.
	Forms []Form
	// Idents is the set of identifiers the body refers to (not field or method names after
	// a dot).
	Idents map[string]bool
	// AlwaysExits is set when control never reaches the end of the body.
	AlwaysExits bool
	// EndsWithEvalBreaker is set when the last statement is CHECK_EVAL_BREAKER().
	EndsWithEvalBreaker bool
}

// Uses reports whether the body refers to the identifier name.
func (b *Body) Uses(name string) bool { return b.Idents[name] }

// FormsOf returns the body's forms of one kind.
func (b *Body) FormsOf(k FormKind) []Form {
	var out []Form
	for _, f := range b.Forms {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

// PosAt returns the file position of byte offset off in Text.
func (b *Body) PosAt(off int) Pos {
	p := b.Pos
	for i := 0; i < off && i < len(b.Text); i++ {
		if b.Text[i] == '\n' {
			p.Line++
			p.Col = 1
		} else {
			p.Col++
		}
	}
	p.Offset = b.Pos.Offset + off
	return p
}

// FormKind names a special form the generator rewrites or scans for.
type FormKind int

// The special forms a body may use. Each is written as a Go call.
const (
	// ErrorIf is ERROR_IF(cond, label): leave through label when cond holds.
	ErrorIf FormKind = iota
	// ErrorNoPop is ERROR_NO_POP(): leave through the error label without popping inputs.
	ErrorNoPop
	// DeoptIf is DEOPT_IF(cond): fall back to the family head (tier 1) or deopt (tier 2).
	DeoptIf
	// ExitIf is EXIT_IF(cond): like DeoptIf, but a side exit in tier 2.
	ExitIf
	// SyncSP is SYNC_SP(): write pending outputs and move sp here.
	SyncSP
	// CheckEvalBreaker is CHECK_EVAL_BREAKER(): poll the eval breaker.
	CheckEvalBreaker
	// GoToInstruction is GO_TO_INSTRUCTION(NAME): re-dispatch as another instruction.
	GoToInstruction
	// Dispatch is DISPATCH(): go straight to the next instruction.
	Dispatch
	// JumpBy is JUMPBY(n): move the instruction pointer by n code units.
	JumpBy
)

// FormNames maps each form kind to the name written in bodies.
var FormNames = map[FormKind]string{
	ErrorIf:          "ERROR_IF",
	ErrorNoPop:       "ERROR_NO_POP",
	DeoptIf:          "DEOPT_IF",
	ExitIf:           "EXIT_IF",
	SyncSP:           "SYNC_SP",
	CheckEvalBreaker: "CHECK_EVAL_BREAKER",
	GoToInstruction:  "GO_TO_INSTRUCTION",
	Dispatch:         "DISPATCH",
	JumpBy:           "JUMPBY",
}

// String returns the form's name as written in bodies.
func (k FormKind) String() string { return FormNames[k] }

// Form is one occurrence of a special form in a body.
type Form struct {
	Kind FormKind
	// Start and End are the byte range of the whole call, NAME(...), in Body.Text.
	Start, End int
	// Args are the argument texts exactly as written; ArgRanges are their byte ranges.
	Args      []string
	ArgRanges [][2]int
	// Statement is set when the call is a statement of its own (the usual case); only
	// JUMPBY may also appear inside an expression.
	Statement bool
	// Last is set when the call is the body's last top-level statement.
	Last bool
}

// ExpansionEntry is one uop of an instruction's tier-2 expansion.
type ExpansionEntry struct {
	// Uop is the uop's name.
	Uop string
	// Kind is how tier 2 gets the uop's oparg and operand: the cache entry's size in units
	// (0 for none, the OPARG_FULL kind), or one of the Oparg* kinds.
	Kind int
	// Offset is the cache offset, in units after the opcode unit, of the uop's cache entries.
	Offset int
}

// The oparg kinds of expansion entries, as in CPython 3.13. Kinds 1, 2 and 4 are cache
// entry sizes.
const (
	OpargFull             = 0
	OpargCache1           = 1
	OpargCache2           = 2
	OpargCache4           = 4
	OpargTop              = 5
	OpargBottom           = 6
	OpargSaveReturnOffset = 7
	OpargReplaced         = 9
)
