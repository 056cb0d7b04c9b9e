// Package optimizer writes the cases of Taipan's tier-2 abstract interpreter, one per
// tier-2 uop, as CPython's Tools/cases_generator/optimizer_generator.py writes
// Python/optimizer_cases.c.h: the body from defs/optimizer.def where a uop is overridden
// there, else a default that forgets everything about the uop's outputs.
package optimizer

import (
	"slices"
	"sort"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/taipanpy/taipan/gen/analysis"
	"github.com/taipanpy/taipan/gen/emit"
	"github.com/taipanpy/taipan/gen/emit/tier2"
)

// Output is the generated file, relative to the repository root.
const Output = "internal/generated/optimizer/cases.go"

// Template is the hand-written file the cases go into.
const Template = "defs/optimizer.go.tmpl"

// Generate renders the abstract interpreter: the template with one case per tier-2 uop.
// Output that is not valid Go is dumped next to the output in brokenDir (when not empty).
func Generate(a *analysis.Analysis, tmpl []byte, brokenDir string) ([]byte, error) {
	src := slices.Clone(a.Files)
	if len(src) == 0 {
		src = []string{"defs/bytecodes.def"}
	}
	if len(a.Abstract) > 0 {
		for _, u := range a.Abstract {
			if !slices.Contains(src, u.Pos.File) {
				src = append(src, u.Pos.File)
			}
			break
		}
	}
	return emit.RenderCases(a, Output, Template, tmpl, brokenDir, src, Cases)
}

// symbolType is the Go type of one abstract stack slot.
var symbolType = emit.Code(jen.Op("*").Qual(emit.VMPkg, "Symbol"))

// Cases returns the cases of every tier-2 uop in name order (the variants of split and
// replicated uops are not optimised: the trace holds their base uop until it is finished).
func Cases(a *analysis.Analysis, genPath string) (string, error) {
	if err := checkOverrides(a); err != nil {
		return "", err
	}
	var b strings.Builder
	for _, u := range baseUops(a) {
		switch {
		case u.Properties.Tier == 1 || u.HasAnnotation("tier1") || u.HasAnnotation("specializing"):
			continue
		case u.IsSuper():
			continue
		}
		if why := u.WhyNotViable(); why != "" {
			b.WriteString("// " + u.Name + " is not a viable micro-op for tier 2 because it " + why + ".\n\n")
			continue
		}
		text, err := uopCase(u, a.Abstract[u.Name], genPath)
		if err != nil {
			return "", err
		}
		b.WriteString(text)
	}
	return b.String(), nil
}

// baseUops lists the uops that are not variants of another, in name order.
func baseUops(a *analysis.Analysis) []*analysis.Uop {
	var out []*analysis.Uop
	for _, u := range a.Uops {
		if u.Replicates == nil {
			out = append(out, u)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// checkOverrides insists that each abstract uop overrides a uop with the same stack effect.
func checkOverrides(a *analysis.Analysis) error {
	names := make([]string, 0, len(a.Abstract))
	for name := range a.Abstract {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		o := a.Abstract[name]
		base, ok := a.Uops[name]
		if !ok {
			return emit.PosError(o.Pos, "abstract uop %s overrides no uop of the base definitions", name)
		}
		if !sameShape(o.Stack.Inputs, base.Stack.Inputs) || !sameShape(o.Stack.Outputs, base.Stack.Outputs) {
			return emit.PosError(o.Pos, "abstract uop %s has the stack effect %s, but the uop it overrides has %s",
				name, emit.Signature(o), emit.Signature(base))
		}
	}
	return nil
}

// sameShape reports whether two item lists take the same slots.
func sameShape(x, y []*analysis.StackItem) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i].SlotCount() != y[i].SlotCount() {
			return false
		}
	}
	return true
}

// uopCase writes one uop's case: the override's body when there is one, else the default.
func uopCase(u, override *analysis.Uop, genPath string) (string, error) {
	tier := &emit.Tier{
		GenPath:   genPath,
		Elem:      symbolType,
		Typed:     false,
		CacheRead: tier2.OperandRead,
		Rewrite:   rewrite,
	}
	proto := u
	if override != nil {
		proto = override
	}
	c := emit.NewCase(tier, nil)
	if override != nil {
		c = emit.NewCase(tier, []*analysis.Uop{override})
	} else {
		c.Declare(defaultVariables(u)...)
	}
	for _, it := range slices.Backward(proto.Stack.Inputs) {
		lines, err := c.Stack.Pop(it)
		if err != nil {
			return "", err
		}
		if override != nil {
			c.Add(lines...)
		}
	}
	pushOutputs := func() {
		for _, it := range proto.Stack.Outputs {
			lines := c.Stack.Push(it)
			if !it.Peek || override != nil {
				c.Add(lines...)
			}
		}
	}
	if !proto.Properties.StoresSP {
		pushOutputs()
	}
	exits := false
	if override != nil {
		// The override's body, with the base uop's cache entries read from the operand.
		withCaches := *override
		withCaches.Caches = u.Caches
		if err := c.Block(&withCaches, 0, true, &override.Body); err != nil {
			return "", err
		}
		exits = override.Body.AlwaysExits || override.Properties.AlwaysExits
	} else {
		c.Add(defaultBody(u)...)
		for _, it := range u.Stack.Outputs {
			if it.IsArray() && !it.IsUnused() {
				c.Stack.MarkRead(it.Name) // the default's loop reads it
			}
		}
	}
	if proto.Properties.StoresSP {
		pushOutputs()
	}
	if !exits {
		c.Add(c.Stack.Flush()...)
	}
	where := u.Pos
	detail := emit.Signature(u)
	if override != nil {
		where = override.Pos
		detail += " (overridden)"
	}
	head := emit.CaseLine(emit.UopConst(u.Name)) + " // " + emit.Provenance(where, u.Name, detail)
	return c.Text(head) + "\n", nil
}

// defaultVariables are the variables of a default case: only the outputs the case writes.
func defaultVariables(u *analysis.Uop) []emit.Variable {
	var out []emit.Variable
	for _, it := range u.Stack.Outputs {
		if it.IsUnused() || it.Peek {
			continue
		}
		t := symbolType
		if it.IsArray() {
			t = "[]" + symbolType
		}
		out = append(out, emit.Variable{Name: it.Name, Type: t})
	}
	return out
}

// defaultBody gives each written output a fresh symbol: NULL for an output named null,
// unknown for each slot of an array, otherwise a value known only not to be NULL. A full
// arena ends the pass through outOfSpace.
func defaultBody(u *analysis.Uop) []string {
	var out []string
	fresh := func(target *jen.Statement, ctor string) []string {
		check := jen.If(target.Clone().Op("==").Nil()).Block(jen.Goto().Id("outOfSpace"))
		return []string{emit.Code(target.Clone().Op("=").Id("ctx").Dot(ctor).Call()), emit.Code(check)}
	}
	for _, it := range u.Stack.Outputs {
		if it.IsUnused() || it.Peek {
			continue
		}
		switch {
		case it.IsArray():
			loop := jen.For(jen.Id("i").Op(":=").Range().Id(it.Name)).Block(
				jen.Id(it.Name).Index(jen.Id("i")).Op("=").Id("ctx").Dot("NewUnknown").Call(),
				jen.If(jen.Id(it.Name).Index(jen.Id("i")).Op("==").Nil()).Block(jen.Goto().Id("outOfSpace")),
			)
			out = append(out, emit.Code(loop))
		case it.Name == "null":
			out = append(out, fresh(jen.Id(it.Name), "NewNull")...)
		default:
			out = append(out, fresh(jen.Id(it.Name), "NewNotNull")...)
		}
	}
	return out
}

// rewrite replaces a special form in an override's body. Only SYNC_SP means something to the
// abstract interpreter; the others belong to the real tiers.
func rewrite(uc *emit.UopContext, f analysis.Form) (string, error) {
	if f.Kind == analysis.SyncSP {
		return strings.Join(uc.Stack.Flush(), "\n"), nil
	}
	return "", emit.FormError(&uc.Uop.Body, f, "%s has no meaning in the optimizer: leave with goto outOfSpace or goto hitBottom", f.Kind)
}
