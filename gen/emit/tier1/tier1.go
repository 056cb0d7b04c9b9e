// Package tier1 writes the cases of Taipan's tier-1 interpreter loop, one per instruction, as
// CPython's Tools/cases_generator/tier1_generator.py writes Python/generated_cases.c.h.
package tier1

import (
	"sort"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/taipanpy/taipan/gen/analysis"
	"github.com/taipanpy/taipan/gen/emit"
)

// Output is the generated file, relative to the repository root.
const Output = "internal/generated/tier1/cases.go"

// Template is the hand-written file the cases go into.
const Template = "defs/tier1.go.tmpl"

// Generate renders the tier-1 loop: the template with one case per instruction. Output that
// is not valid Go is dumped next to the output in brokenDir (when not empty).
func Generate(a *analysis.Analysis, tmpl []byte, brokenDir string) ([]byte, error) {
	return emit.RenderCases(a, Output, Template, tmpl, brokenDir, nil, Cases)
}

// Cases returns the cases of every instruction in name order; genPath is the file they will
// be part of.
func Cases(a *analysis.Analysis, genPath string) (string, error) {
	insts := a.InstructionOrder
	if insts == nil {
		for _, in := range a.Instructions {
			insts = append(insts, in)
		}
		sort.Slice(insts, func(i, j int) bool { return insts[i].Name < insts[j].Name })
	}
	var b strings.Builder
	for _, in := range insts {
		if tier2Only(in) {
			continue
		}
		text, err := instructionCase(in, genPath)
		if err != nil {
			return "", err
		}
		b.WriteString(text)
	}
	return b.String(), nil
}

// tier2Only reports whether an instruction is made of uops that exist only in tier 2.
func tier2Only(in *analysis.Instruction) bool {
	for _, u := range in.Uops() {
		if u.Properties.Tier == 2 {
			return true
		}
	}
	return false
}

// instructionCase writes one instruction's case.
func instructionCase(in *analysis.Instruction, genPath string) (string, error) {
	uops := in.Uops()
	tier := &emit.Tier{
		GenPath:     genPath,
		Elem:        emit.Code(jen.Qual(emit.ObjectsPkg, "Object")),
		Typed:       true,
		ClearPopped: true,
		CacheRead:   cacheRead,
		Rewrite:     func(uc *emit.UopContext, f analysis.Form) (string, error) { return rewrite(in, uc, f) },
	}
	c := emit.NewCase(tier, uops)
	c.Add(emit.Code(jen.Id("nextInstr").Op("=").Id("thisInstr").Op("+").Lit(in.Size)))
	if in.IsFamilyHead() {
		c.Comment("Members of the family re-dispatch here when a guard fails.")
	}
	braces := len(uops) > 1
	offset := 1
	for i, p := range in.Parts {
		switch p := p.(type) {
		case *analysis.Skip:
			entries := "entries"
			if p.Size == 1 {
				entries = "entry"
			}
			c.Comment("Skip " + itoa(p.Size) + " cache " + entries)
			offset += p.Size
		case *analysis.Uop:
			if braces {
				c.Comment(emit.Provenance(p.Pos, p.Name, emit.Signature(p)))
			}
			if err := c.Uop(p, offset, isLastUop(in.Parts, i)); err != nil {
				return "", err
			}
			offset += p.CacheUnits()
		}
	}
	last := uops[len(uops)-1]
	if !last.Properties.AlwaysExits && !last.Body.AlwaysExits {
		c.Add(c.Stack.Flush()...)
		if endsWithEvalBreaker(last) {
			c.Add(evalBreaker(nil))
		}
		c.Add("continue")
	}
	head := emit.CaseLine(emit.OpcodeConst(in.Name)) + " // " + emit.Provenance(in.Pos, in.Name, detail(in))
	return c.Text(head), nil
}

// detail is what a provenance comment shows after the name: an inst's stack effect, a
// macro's parts.
func detail(in *analysis.Instruction) string {
	if !in.IsMacro {
		if uops := in.Uops(); len(uops) == 1 {
			return emit.Signature(uops[0])
		}
	}
	parts := make([]string, len(in.Parts))
	for i, p := range in.Parts {
		if s, ok := p.(*analysis.Skip); ok {
			parts[i] = s.Name + "/" + itoa(s.Size)
		} else {
			parts[i] = p.PartName()
		}
	}
	return "= " + strings.Join(parts, " + ")
}

func isLastUop(parts []analysis.Part, i int) bool {
	for _, p := range parts[i+1:] {
		if _, ok := p.(*analysis.Uop); ok {
			return false
		}
	}
	return true
}

// endsWithEvalBreaker reports whether the uop's last statement is CHECK_EVAL_BREAKER(), which
// then moves after the output writes.
func endsWithEvalBreaker(u *analysis.Uop) bool {
	return u.Body.EndsWithEvalBreaker || u.Properties.EndsWithEvalBreaker
}

// cacheRead reads an inline cache entry of 1, 2 or 4 code units, little-endian.
func cacheRead(ce analysis.CacheEntry, offset int) string {
	unit := func(i int) *jen.Statement {
		return jen.Id("instrs").Index(jen.Id("thisInstr").Op("+").Lit(offset + i))
	}
	switch ce.Size {
	case 1:
		return emit.Code(unit(0))
	case 2:
		return emit.Code(jen.Uint32().Call(unit(0)).Op("|").Uint32().Call(unit(1)).Op("<<").Lit(16))
	default:
		e := jen.Uint64().Call(unit(0))
		for i := 1; i < ce.Size; i++ {
			e = e.Op("|").Uint64().Call(unit(i)).Op("<<").Lit(16 * i)
		}
		return emit.Code(e)
	}
}

// evalBreaker polls the eval breaker; an exception from a handler leaves through error after
// moving sp by pops.
func evalBreaker(pops []string) string {
	inner := append(append([]string{}, pops...), "goto error")
	return emit.IfBlock("err = ts.CheckEvalBreaker(); err != nil", inner...)
}

// rewrite replaces a special form in an instruction's body.
func rewrite(in *analysis.Instruction, uc *emit.UopContext, f analysis.Form) (string, error) {
	body := &uc.Uop.Body
	switch f.Kind {
	case analysis.ErrorIf:
		if len(f.Args) != 2 {
			return "", emit.FormError(body, f, "ERROR_IF takes a condition and a label")
		}
		lines := append(emit.MoveSPLines(uc.Stack.ErrorPops()), "goto "+strings.TrimSpace(f.Args[1]))
		return emit.IfBlock(strings.TrimSpace(f.Args[0]), lines...), nil
	case analysis.ErrorNoPop:
		return "goto error", nil
	case analysis.DeoptIf, analysis.ExitIf:
		if len(f.Args) != 1 {
			return "", emit.FormError(body, f, "%s takes one condition", f.Kind)
		}
		if in.Family == nil || in.IsFamilyHead() {
			return "", emit.FormError(body, f, "%s in %s, which is not a member of a family: there is no instruction to fall back to", f.Kind, in.Name)
		}
		head := in.Family.Name
		return emit.IfBlock(strings.TrimSpace(f.Args[0]),
			emit.Code(jen.Id("op").Op("=").Add(emit.OpcodeConst(head))),
			"goto dispatchOpcode"), nil
	case analysis.GoToInstruction:
		if len(f.Args) != 1 {
			return "", emit.FormError(body, f, "GO_TO_INSTRUCTION takes an instruction name")
		}
		return emit.Code(jen.Id("op").Op("=").Add(emit.OpcodeConst(strings.TrimSpace(f.Args[0])))) + "\ngoto dispatchOpcode", nil
	case analysis.SyncSP:
		return strings.Join(uc.Stack.Flush(), "\n"), nil
	case analysis.CheckEvalBreaker:
		if uc.Last && f.Last && endsWithEvalBreaker(uc.Uop) {
			return "", nil // moved after the output writes
		}
		return evalBreaker(emit.MoveSPLines(uc.Stack.ErrorPops())), nil
	case analysis.Dispatch:
		return "continue", nil
	case analysis.JumpBy:
		if len(f.Args) != 1 {
			return "", emit.FormError(body, f, "JUMPBY takes one offset")
		}
		if !f.Statement {
			return "", emit.FormError(body, f, "JUMPBY must be a statement of its own")
		}
		return emit.Code(jen.Id("nextInstr").Op("+=").Op(strings.TrimSpace(f.Args[0]))), nil
	}
	return "", emit.FormError(body, f, "%s is not supported in tier 1", f.Kind)
}

func itoa(n int) string { return strconv.Itoa(n) }
