package analysis

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/taipanpy/taipan/gen/dsl"
)

// Load reads and analyses definition files in order; a later definition marked
// `override` replaces an earlier one of the same name.
func Load(files ...string) (*Analysis, error) {
	var parsed []*dsl.File
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, err := dsl.Parse(name, string(src))
		if err != nil {
			return nil, err
		}
		parsed = append(parsed, f)
	}
	a, err := analyze(parsed, false)
	if err != nil {
		return nil, err
	}
	a.Files = files
	return a, nil
}

// AnalyzeSource analyses one definition file given as text, for tests. When src has no
// BEGIN marker it is wrapped in the markers, so snippets can be written bare.
func AnalyzeSource(name, src string) (*Analysis, error) {
	f, err := dsl.Parse(name, wrap(src))
	if err != nil {
		return nil, err
	}
	a, err := analyze([]*dsl.File{f}, false)
	if err != nil {
		return nil, err
	}
	a.Files = []string{name}
	return a, nil
}

// wrap adds the markers to a bare snippet, on the same line so positions stay unchanged.
func wrap(src string) string {
	if strings.Contains(src, dsl.BeginMarker) {
		return src
	}
	return dsl.BeginMarker + src + "\n" + dsl.EndMarker + "\n"
}

// LoadAbstract reads the optimizer's definition files (defs/optimizer.def) and records
// their ops in a.Abstract. Each must override a uop of a.
func LoadAbstract(a *Analysis, files ...string) error {
	var parsed []*dsl.File
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		f, err := dsl.Parse(name, string(src))
		if err != nil {
			return err
		}
		parsed = append(parsed, f)
	}
	return addAbstract(a, parsed)
}

// AnalyzeAbstractSource is LoadAbstract for one file given as text (wrapped in the
// markers if it has none).
func AnalyzeAbstractSource(a *Analysis, name, src string) error {
	f, err := dsl.Parse(name, wrap(src))
	if err != nil {
		return err
	}
	return addAbstract(a, []*dsl.File{f})
}

func addAbstract(a *Analysis, files []*dsl.File) error {
	abs, err := analyze(files, true)
	if err != nil {
		return err
	}
	a.Abstract = map[string]*Uop{}
	for _, u := range abs.UopOrder {
		if _, ok := a.Uops[u.Name]; !ok {
			return errorAt(u.Pos, "abstract uop %s overrides no uop of the base definitions", u.Name)
		}
		a.Abstract[u.Name] = u
	}
	return nil
}

// builder holds the state of one analysis.
type builder struct {
	a        *Analysis
	abstract bool
	// defs are the definitions by name after overrides, in first-definition order.
	defs     map[string]*dsl.Definition
	defOrder []string
	families []*dsl.FamilyDef
	// instOrder lists instruction names in definition order (instrumented numbering
	// follows it).
	instOrder []string
	infos     map[*Uop]*bodyInfo
}

func defName(d *dsl.Definition) (string, dsl.Pos) {
	switch {
	case d.Inst != nil:
		return d.Inst.NamePos.Name, dsl.ToPos(d.Inst.NamePos.Pos)
	case d.Macro != nil:
		return d.Macro.Name, dsl.ToPos(d.Macro.Pos)
	case d.Pseudo != nil:
		return d.Pseudo.Name, dsl.ToPos(d.Pseudo.Pos)
	}
	return "", dsl.Pos{}
}

func isOverride(d *dsl.Definition) bool {
	if d.Inst == nil {
		return false
	}
	for _, an := range d.Inst.Annotations {
		if an.Name == "override" {
			return true
		}
	}
	return false
}

func analyze(files []*dsl.File, abstract bool) (*Analysis, error) {
	b := &builder{
		abstract: abstract,
		defs:     map[string]*dsl.Definition{},
		infos:    map[*Uop]*bodyInfo{},
		a: &Analysis{
			Instructions: map[string]*Instruction{},
			Uops:         map[string]*Uop{},
			Families:     map[string]*Family{},
			Pseudos:      map[string]*Pseudo{},
			Opmap:        map[string]int{},
			UopIDs:       map[string]int{},
		},
	}
	familyAt := map[string]dsl.Pos{}
	for _, f := range files {
		for _, d := range f.Defs {
			if d.Family != nil {
				if p, ok := familyAt[d.Family.Name]; ok {
					return nil, errorAt(dsl.ToPos(d.Family.Pos), "family %s is defined twice (first at %s)", d.Family.Name, p)
				}
				familyAt[d.Family.Name] = dsl.ToPos(d.Family.Pos)
				b.families = append(b.families, d.Family)
				continue
			}
			name, pos := defName(d)
			if old, ok := b.defs[name]; ok {
				if !isOverride(d) && !abstract {
					_, oldPos := defName(old)
					return nil, errorAt(pos, "%s is defined twice (first at %s); mark the later definition override to replace it", name, oldPos)
				}
			} else {
				b.defOrder = append(b.defOrder, name)
			}
			b.defs[name] = d
		}
	}
	steps := []func() error{b.addUops, b.addInstructions, b.addFamilies, b.addPseudos, b.markTargets,
		b.computeInstructions, b.assignOpcodes, b.assignUopIDs, b.computeExpansions}
	if abstract {
		steps = steps[:1]
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	b.sortOrders()
	return b.a, nil
}

func (b *builder) sortOrders() {
	a := b.a
	a.InstructionOrder = a.InstructionOrder[:0]
	for _, in := range a.Instructions {
		a.InstructionOrder = append(a.InstructionOrder, in)
	}
	sort.Slice(a.InstructionOrder, func(i, j int) bool { return a.InstructionOrder[i].Name < a.InstructionOrder[j].Name })
	a.UopOrder = a.UopOrder[:0]
	for _, u := range a.Uops {
		a.UopOrder = append(a.UopOrder, u)
	}
	sort.Slice(a.UopOrder, func(i, j int) bool { return a.UopOrder[i].Name < a.UopOrder[j].Name })
	a.PseudoOrder = a.PseudoOrder[:0]
	for _, p := range a.Pseudos {
		a.PseudoOrder = append(a.PseudoOrder, p)
	}
	sort.Slice(a.PseudoOrder, func(i, j int) bool { return a.PseudoOrder[i].Name < a.PseudoOrder[j].Name })
}

// addUops builds a uop for every op and the implicit uop of every inst.
func (b *builder) addUops() error {
	for _, name := range b.defOrder {
		d := b.defs[name].Inst
		if d == nil {
			continue
		}
		uname := name
		inputs := d.Inputs
		if d.Kind == "inst" {
			uname = "_" + name
			inputs = nil
			for _, in := range d.Inputs {
				if in.Cache != nil && in.Name == "unused" {
					continue // becomes a Skip part of the instruction
				}
				inputs = append(inputs, in)
			}
		} else {
			for _, in := range d.Inputs {
				if in.Cache != nil && in.Name == "unused" {
					return errorAt(dsl.ToPos(in.Pos), "op %s cannot skip cache units with unused/%d; skip them in the macro instead", name, *in.Cache)
				}
			}
		}
		if old, ok := b.a.Uops[uname]; ok && !b.abstract {
			return errorAt(dsl.ToPos(d.NamePos.Pos), "uop %s is defined twice (first at %s)", uname, old.Pos)
		}
		u, err := b.makeUop(uname, d, inputs)
		if err != nil {
			return err
		}
		u.Implicit = d.Kind == "inst"
		if err := b.addVariants(u, d, inputs); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) makeUop(name string, d *dsl.InstDef, inputs []*dsl.Item) (*Uop, error) {
	u := &Uop{Name: name, Signature: d.Signature(), Pos: dsl.ToPos(d.Pos)}
	if len(d.Annotations) == 0 {
		u.Pos = dsl.ToPos(d.Pos)
	}
	for _, an := range d.Annotations {
		u.Annotations = append(u.Annotations, an.Name)
		if an.Name == "replicate" {
			u.Replicated = *an.Count
		}
	}
	seen := map[string]dsl.Pos{}
	declare := func(it *dsl.Item) error {
		if it.Name == "unused" {
			return nil
		}
		if p, ok := seen[it.Name]; ok {
			return errorAt(dsl.ToPos(it.Pos), "%s is declared twice in the stack effect of %s (first at %s)", it.Name, name, p)
		}
		seen[it.Name] = dsl.ToPos(it.Pos)
		return nil
	}
	for _, in := range inputs {
		if in.Cache != nil {
			if err := declare(in); err != nil {
				return nil, err
			}
			u.Caches = append(u.Caches, CacheEntry{Name: in.Name, Size: *in.Cache, Pos: dsl.ToPos(in.Pos)})
			continue
		}
		if err := declare(in); err != nil {
			return nil, err
		}
		it, err := makeItem(in)
		if err != nil {
			return nil, err
		}
		u.Stack.Inputs = append(u.Stack.Inputs, it)
	}
	outSeen := map[string]dsl.Pos{}
	for _, out := range d.Outputs {
		if out.Name != "unused" {
			if p, ok := outSeen[out.Name]; ok {
				return nil, errorAt(dsl.ToPos(out.Pos), "%s is declared twice among the outputs of %s (first at %s)", out.Name, name, p)
			}
			outSeen[out.Name] = dsl.ToPos(out.Pos)
			for _, c := range u.Caches {
				if c.Name == out.Name {
					return nil, errorAt(dsl.ToPos(out.Pos), "output %s of %s has the name of a cache entry", out.Name, name)
				}
			}
		}
		it, err := makeItem(out)
		if err != nil {
			return nil, err
		}
		u.Stack.Outputs = append(u.Stack.Outputs, it)
	}
	markPeeks(&u.Stack)
	text := d.Block.Text
	u.Body = Body{Text: text[1 : len(text)-1], Pos: dsl.ToPos(d.Block.Pos)}
	u.Body.Pos.Col++
	u.Body.Pos.Offset++
	info, err := scanBody(&u.Body)
	if err != nil {
		return nil, err
	}
	b.infos[u] = info
	if err := b.checkUopBody(u, info); err != nil {
		return nil, err
	}
	u.Properties = computeProperties(u, info)
	if err := checkUopProperties(u); err != nil {
		return nil, err
	}
	b.a.Uops[name] = u
	return u, nil
}

// makeItem converts a parsed stack item, checking and normalising its expressions.
func makeItem(it *dsl.Item) (*StackItem, error) {
	s := &StackItem{Name: it.Name, Type: it.Type, Size: it.Array, Pos: dsl.ToPos(it.Pos)}
	if it.Array != "" {
		if _, err := parser.ParseExpr(it.Array); err != nil {
			return nil, errorAt(s.Pos, "the size of array %s is not a Go expression: %s", it.Name, it.Array)
		}
	}
	if it.Type != "" {
		if _, err := parser.ParseExpr("(" + it.Type + ")(nil)"); err != nil {
			return nil, errorAt(s.Pos, "the type of %s is not a Go type: %s", it.Name, it.Type)
		}
	}
	if it.Cond != "" {
		c, err := normaliseCond(it.Cond)
		if err != nil {
			return nil, errorAt(s.Pos, "the condition of %s is not a Go expression: %s", it.Name, it.Cond)
		}
		s.Cond = c
	}
	return s, nil
}

// normaliseCond turns a C-style integer test into a Go bool expression: `oparg & 1`
// becomes `oparg&1 != 0`, and any other arithmetic or bitwise expression, integer literal
// or bare `oparg` gets `!= 0`. Boolean expressions are kept as written.
func normaliseCond(cond string) (string, error) {
	e, err := parser.ParseExpr(cond)
	if err != nil {
		return "", err
	}
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			break
		}
		e = p.X
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.AND {
			x, xok := e.X.(*ast.Ident)
			y, yok := e.Y.(*ast.BasicLit)
			if xok && yok && x.Name == "oparg" && y.Value == "1" {
				return "oparg&1 != 0", nil
			}
		}
		switch e.Op {
		case token.AND, token.OR, token.XOR, token.AND_NOT, token.SHL, token.SHR,
			token.ADD, token.SUB, token.MUL, token.QUO, token.REM:
			return "(" + cond + ") != 0", nil
		}
	case *ast.BasicLit:
		return cond + " != 0", nil
	case *ast.Ident:
		if e.Name == "oparg" {
			return "oparg != 0", nil
		}
	}
	return cond, nil
}

// markPeeks marks the leading input/output pairs that share a name: values left in place.
func markPeeks(s *StackEffect) {
	for i := 0; i < len(s.Inputs) && i < len(s.Outputs); i++ {
		in, out := s.Inputs[i], s.Outputs[i]
		if in.Name != out.Name || in.Size != out.Size || in.Cond != out.Cond {
			break
		}
		in.Peek, out.Peek = true, true
	}
}

var errorLabels = map[string]bool{"error": true, "exceptionUnwind": true, "resumeWithError": true}

var opargWord = regexp.MustCompile(`\boparg\b`)

func computeProperties(u *Uop, info *bodyInfo) Properties {
	body := &u.Body
	has := func(k FormKind) bool { return len(body.FormsOf(k)) > 0 }
	calls := map[string]bool{}
	p := Properties{ConstOparg: -1}
	for _, c := range info.calls {
		calls[calleeText(c)] = true
		if callEscapes(c) {
			p.Escapes = true
		}
	}
	p.ErrorWithPop = has(ErrorIf)
	for _, l := range info.gotos {
		if errorLabels[l] {
			p.ErrorWithPop = true
		}
	}
	p.ErrorWithoutPop = has(ErrorNoPop)
	p.Deopts = has(DeoptIf)
	p.SideExit = has(ExitIf)
	p.Oparg = body.Uses("oparg")
	for _, it := range append(append([]*StackItem{}, u.Stack.Inputs...), u.Stack.Outputs...) {
		if opargWord.MatchString(it.Size) || opargWord.MatchString(it.Cond) {
			p.Oparg = true
		}
	}
	p.Jumps = has(JumpBy)
	p.EvalBreaker = has(CheckEvalBreaker)
	p.EndsWithEvalBreaker = body.EndsWithEvalBreaker
	p.NeedsThis = body.Uses("thisInstr")
	p.AlwaysExits = body.AlwaysExits
	p.StoresSP = has(SyncSP)
	p.UsesCoConsts = info.selTexts["frame.Code.Consts"]
	p.UsesCoNames = info.selTexts["frame.Code.Names"]
	p.UsesLocals = calls["frame.GetLocal"] || calls["frame.SetLocal"]
	p.HasFree = calls["frame.Cell"] || calls["objects.NewCell"] || info.asserts["*objects.Cell"]
	p.Pure = u.HasAnnotation("pure")
	p.GoesTo = has(GoToInstruction)
	if u.HasAnnotation("tier1") || u.HasAnnotation("specializing") {
		p.Tier = 1
	}
	if u.HasAnnotation("tier2") {
		p.Tier = 2
	}
	in, out := u.Stack.Inputs, u.Stack.Outputs
	p.Passthrough = len(in) == len(out) && len(in) > 0 && p.Infallible()
	for i := 0; p.Passthrough && i < len(in); i++ {
		if in[i].Name != out[i].Name || in[i].Size != out[i].Size || in[i].Cond != "" || out[i].Cond != "" {
			p.Passthrough = false
		}
	}
	if u.IsSplit() {
		for _, it := range append(append([]*StackItem{}, in...), out...) {
			if it.Cond == "oparg&1 != 0" {
				p.OpargAnd1 = true
			}
		}
	}
	return p
}

// checkUopBody checks how the body uses the stack items and caches.
func (b *builder) checkUopBody(u *Uop, info *bodyInfo) error {
	body := &u.Body
	if body.Uses("unused") {
		return errorAt(u.Pos, "the body of %s uses unused, which names no value", u.Name)
	}
	names := map[string]bool{}
	for _, it := range u.Stack.Inputs {
		names[it.Name] = true
	}
	for _, it := range u.Stack.Outputs {
		names[it.Name] = true
	}
	for _, c := range u.Caches {
		names[c.Name] = true
	}
	for name, p := range info.declared {
		if names[name] && name != "unused" {
			off := info.fset.Position(p).Offset - len(bodyPrefix)
			return errorAt(body.PosAt(off), "the body of %s declares %s again, but it is already a stack item or cache entry; assign it with =", u.Name, name)
		}
	}
	inputs := map[string]bool{}
	for _, it := range u.Stack.Inputs {
		inputs[it.Name] = true
	}
	if body.AlwaysExits {
		return nil
	}
	for _, out := range u.Stack.Outputs {
		if out.IsUnused() || out.IsArray() || inputs[out.Name] || info.assigned[out.Name] {
			continue
		}
		return errorAt(out.Pos, "output %s of %s is never assigned in its body", out.Name, u.Name)
	}
	return nil
}

// checkUopProperties enforces the rules that combine annotations and body forms.
func checkUopProperties(u *Uop) error {
	p := u.Properties
	if p.Deopts && p.SideExit {
		return errorAt(u.Body.PosAt(u.Body.FormsOf(ExitIf)[0].Start), "%s uses both DEOPT_IF and EXIT_IF; a uop may use only one of them", u.Name)
	}
	if u.HasAnnotation("pure") {
		for _, f := range u.Body.Forms {
			if f.Kind == ErrorIf || f.Kind == ErrorNoPop {
				return errorAt(u.Body.PosAt(f.Start), "%s is pure, so it cannot fail: %s is not allowed", u.Name, f.Kind)
			}
		}
	}
	if u.HasAnnotation("tier2") {
		if u.HasAnnotation("tier1") || u.HasAnnotation("specializing") {
			return errorAt(u.Pos, "%s is marked tier2 but also tier1 or specializing, which exist only in tier 1", u.Name)
		}
		if p.NeedsThis {
			return errorAt(u.Pos, "%s is marked tier2 but uses thisInstr, which exists only in tier 1", u.Name)
		}
		if p.GoesTo {
			return errorAt(u.Body.PosAt(u.Body.FormsOf(GoToInstruction)[0].Start), "%s is marked tier2 but uses GO_TO_INSTRUCTION, which exists only in tier 1", u.Name)
		}
	}
	if u.IsSplit() && !p.OpargAnd1 {
		return errorAt(u.Pos, "%s is split but has no stack item conditional on oparg&1", u.Name)
	}
	return nil
}

// addVariants adds the tier-2 variants of a split or replicated uop.
func (b *builder) addVariants(u *Uop, d *dsl.InstDef, inputs []*dsl.Item) error {
	if u.Properties.OpargAnd1 {
		for bit := 0; bit < 2; bit++ {
			v := *u
			v.Name = fmt.Sprintf("%s_%d", u.Name, bit)
			v.Replicates = u
			v.Implicit = false
			v.Stack = fixBit(u.Stack, bit)
			v.Properties.Oparg = u.Body.Uses("oparg")
			v.Properties.OpargAnd1 = false
			b.a.Uops[v.Name] = &v
		}
	}
	for k := 0; k < u.Replicated; k++ {
		v := *u
		v.Name = fmt.Sprintf("%s_%d", u.Name, k)
		v.Replicates = u
		v.Implicit = false
		v.Replicated = 0
		v.Properties.Oparg = false
		v.Properties.ConstOparg = k
		b.a.Uops[v.Name] = &v
	}
	return nil
}

// fixBit copies a stack effect with the oparg&1 condition fixed to bit: "true" or "false".
func fixBit(s StackEffect, bit int) StackEffect {
	fix := func(items []*StackItem) []*StackItem {
		var out []*StackItem
		for _, it := range items {
			c := *it
			if c.Cond == "oparg&1 != 0" {
				c.Cond = "true"
				if bit == 0 {
					c.Cond = "false"
				}
			}
			out = append(out, &c)
		}
		return out
	}
	r := StackEffect{Inputs: fix(s.Inputs), Outputs: fix(s.Outputs)}
	return r
}
