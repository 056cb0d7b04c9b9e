// Package tier2 writes the cases of Taipan's tier-2 executor, one per uop that can run in a
// trace, as CPython's Tools/cases_generator/tier2_generator.py writes
// Python/executor_cases.c.h.
package tier2

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/taipanpy/taipan/gen/analysis"
	"github.com/taipanpy/taipan/gen/emit"
)

// Output is the generated file, relative to the repository root.
const Output = "internal/generated/tier2/cases.go"

// Template is the hand-written file the cases go into.
const Template = "defs/tier2.go.tmpl"

// Generate renders the tier-2 executor: the template with one case per viable uop. Output
// that is not valid Go is dumped next to the output in brokenDir (when not empty).
func Generate(a *analysis.Analysis, tmpl []byte, brokenDir string) ([]byte, error) {
	return emit.RenderCases(a, Output, Template, tmpl, brokenDir, nil, Cases)
}

// Cases returns the cases of every uop in name order; genPath is the file they will be
// part of. Uops restricted to tier 1 and super-instructions get nothing, a split uop and a
// uop that cannot run in tier 2 get a comment saying so.
func Cases(a *analysis.Analysis, genPath string) (string, error) {
	var b strings.Builder
	for _, u := range Uops(a) {
		switch {
		case u.Properties.Tier == 1 || u.HasAnnotation("tier1") || u.HasAnnotation("specializing"):
			continue
		case u.IsSuper():
			continue
		case isSplitBase(u):
			b.WriteString("// " + u.Name + " is split on oparg&1: " + u.Name + "_0 and " + u.Name + "_1 run instead.\n\n")
			continue
		}
		if why := u.WhyNotViable(); why != "" {
			b.WriteString("// " + u.Name + " is not a viable micro-op for tier 2 because it " + why + ".\n\n")
			continue
		}
		text, err := uopCase(u, splitBit(u), genPath)
		if err != nil {
			return "", err
		}
		b.WriteString(text)
	}
	return b.String(), nil
}

// Uops lists every uop in name order, the variants of replicated and split uops (_X_0,
// _X_1, ...) that the analysis adds included.
func Uops(a *analysis.Analysis) []*analysis.Uop {
	out := make([]*analysis.Uop, 0, len(a.Uops))
	for _, u := range a.Uops {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// isSplitBase reports whether u is split on its low oparg bit (its variants run instead).
func isSplitBase(u *analysis.Uop) bool {
	return u.Replicates == nil && u.Properties.OpargAnd1
}

// lowBit matches the low oparg bit written in a body, but not oparg&15 and the like.
var lowBit = regexp.MustCompile(`\boparg\s*&\s*1\b`)

// splitBit returns the literal low oparg bit of a split variant _X_0 or _X_1, or -1 for any
// other uop.
func splitBit(u *analysis.Uop) int {
	n := len(u.Name)
	if n < 3 || u.Name[n-2] != '_' || (u.Name[n-1] != '0' && u.Name[n-1] != '1') {
		return -1
	}
	if base := u.Replicates; base != nil && isSplitBase(base) {
		return int(u.Name[n-1] - '0')
	}
	return -1
}

// uopCase writes one uop's case.
func uopCase(u *analysis.Uop, bit int, genPath string) (string, error) {
	tier := &emit.Tier{
		GenPath:   genPath,
		Elem:      emit.Code(jen.Qual(emit.ObjectsPkg, "Object")),
		Typed:     true,
		CacheRead: OperandRead,
		Rewrite:   rewrite,
	}
	if bit >= 0 {
		b := strconv.Itoa(bit)
		tier.Filter = func(s string) string { return lowBit.ReplaceAllString(s, b) }
	}
	c := emit.NewCase(tier, []*analysis.Uop{u})
	switch {
	case u.Properties.ConstOparg >= 0:
		c.Add(emit.Code(jen.Id("oparg").Op("=").Lit(u.Properties.ConstOparg)))
	case u.Properties.Oparg:
		c.Add(emit.Code(jen.Id("oparg").Op("=").Int().Call(jen.Id("uop").Dot("Oparg"))))
	}
	if err := c.Uop(u, 0, true); err != nil {
		return "", err
	}
	if !u.Properties.AlwaysExits && !u.Body.AlwaysExits {
		c.Add(c.Stack.Flush()...)
		if u.Body.EndsWithEvalBreaker || u.Properties.EndsWithEvalBreaker {
			c.Add(evalBreaker())
		}
		c.Add("continue")
	}
	head := emit.CaseLine(emit.UopConst(u.Name)) + " // " + emit.Provenance(u.Pos, u.Name, emit.Signature(u))
	return c.Text(head) + "\n", nil
}

// OperandRead reads a uop's single cache entry from its operand, at the entry's width.
func OperandRead(ce analysis.CacheEntry, _ int) string {
	operand := jen.Id("uop").Dot("Operand")
	switch ce.Size {
	case 1:
		return emit.Code(jen.Uint16().Call(operand))
	case 2:
		return emit.Code(jen.Uint32().Call(operand))
	default:
		return emit.Code(operand)
	}
}

func evalBreaker() string {
	return emit.IfBlock("err = ts.CheckEvalBreaker(); err != nil", "goto jumpToError")
}

// rewrite replaces a special form in a uop's body.
func rewrite(uc *emit.UopContext, f analysis.Form) (string, error) {
	body := &uc.Uop.Body
	filter := uc.Case.Tier.Filter
	if filter == nil {
		filter = func(s string) string { return s }
	}
	cond := func() string { return filter(strings.TrimSpace(f.Args[0])) }
	switch f.Kind {
	case analysis.ErrorIf:
		if len(f.Args) != 2 {
			return "", emit.FormError(body, f, "ERROR_IF takes a condition and a label")
		}
		return emit.IfBlock(cond(), "goto jumpToError"), nil
	case analysis.ErrorNoPop:
		return "goto jumpToError", nil
	case analysis.DeoptIf, analysis.ExitIf:
		if len(f.Args) != 1 {
			return "", emit.FormError(body, f, "%s takes one condition", f.Kind)
		}
		return emit.IfBlock(cond(), "goto jumpToJumpTarget"), nil
	case analysis.SyncSP:
		return strings.Join(uc.Stack.Flush(), "\n"), nil
	case analysis.CheckEvalBreaker:
		if f.Last && (uc.Uop.Body.EndsWithEvalBreaker || uc.Uop.Properties.EndsWithEvalBreaker) {
			return "", nil // moved after the output writes
		}
		return evalBreaker(), nil
	}
	return "", emit.FormError(body, f, "%s has no meaning in tier 2", f.Kind)
}
