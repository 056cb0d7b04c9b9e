package emit

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/taipanpy/taipan/gen/analysis"
)

// Tier is what differs between the loops uops are emitted into.
type Tier struct {
	// GenPath is the generated file, for the //line directives that return to it.
	GenPath string
	// Elem is the Go type of one stack slot.
	Elem string
	// Typed makes typed stack items keep their type (declared as it and asserted on reads).
	Typed bool
	// ClearPopped makes an instruction clear the slots it leaves above the stack's top, so
	// that Go's collector does not keep what they held alive.
	ClearPopped bool
	// CacheRead renders the expression that reads cache entry c found offset code units after
	// the instruction's first unit.
	CacheRead func(c analysis.CacheEntry, offset int) string
	// Rewrite replaces one special form of a uop's body.
	Rewrite func(uc *UopContext, f analysis.Form) (string, error)
	// Filter, when not nil, rewrites the body text between special forms.
	Filter func(text string) string
}

// UopContext is what a rewrite sees: the uop, whether it is the last of its instruction, and
// the case's stack as it is at the form.
type UopContext struct {
	Uop   *analysis.Uop
	Last  bool
	Stack *Stack
	Case  *Case
}

// Case is one generated case under construction. Its declarations come first, but which
// variables need a `_ = x` (Go rejects variables that are never read) is only known once the
// uops are written, so the statements are collected and the case assembled by Text.
type Case struct {
	Tier  *Tier
	Stack *Stack
	vars  []Variable
	// usedInBody holds the variables some uop's body refers to as one of its inputs.
	usedInBody map[string]bool
	stmts      []string
}

// NewCase starts a case for the given uops.
func NewCase(t *Tier, uops []*analysis.Uop) *Case {
	s := NewStack()
	s.AssertTypes = t.Typed
	s.ClearPopped = t.ClearPopped
	c := &Case{Tier: t, Stack: s, vars: Variables(uops, t.Elem, t.Typed), usedInBody: map[string]bool{}}
	for _, u := range uops {
		for _, it := range u.Stack.Inputs {
			if !it.IsUnused() && u.Body.Uses(it.Name) {
				c.usedInBody[it.Name] = true
			}
		}
	}
	return c
}

// Declare adds variables beyond those of the case's uops.
func (c *Case) Declare(vars ...Variable) { c.vars = append(c.vars, vars...) }

// Add appends statements.
func (c *Case) Add(lines ...string) { c.stmts = append(c.stmts, lines...) }

// Comment appends a // comment line.
func (c *Case) Comment(text string) { c.Add("// " + text) }

// Text assembles the case: the head line(s), the declarations, a `_ = x` for each variable
// nothing reads, then the statements.
func (c *Case) Text(head ...string) string {
	var b strings.Builder
	for _, l := range head {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	for _, l := range Declarations(c.vars) {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	for _, v := range c.vars {
		if !c.Stack.Read(v.Name) && !c.usedInBody[v.Name] {
			b.WriteString(Code(jen.Id("_").Op("=").Id(v.Name)))
			b.WriteByte('\n')
		}
	}
	for _, l := range c.stmts {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// PopInputs emits the reads of the uop's inputs, top first.
func (c *Case) PopInputs(u *analysis.Uop) error {
	for _, it := range slices.Backward(u.Stack.Inputs) {
		lines, err := c.Stack.Pop(it)
		if err != nil {
			return err
		}
		c.Add(lines...)
	}
	return nil
}

// PushOutputs records the uop's outputs, bottom first.
func (c *Case) PushOutputs(u *analysis.Uop) {
	for _, it := range u.Stack.Outputs {
		c.Add(c.Stack.Push(it)...)
	}
}

// Uop emits one uop: its input reads, its outputs' slots, then a block holding its cache
// reads and its body. A uop that stores sp itself (SYNC_SP) has its outputs recorded after
// the body, on the stack as the body left it. cacheOffset is where its first cache entry is.
func (c *Case) Uop(u *analysis.Uop, cacheOffset int, last bool) error {
	if err := c.PopInputs(u); err != nil {
		return err
	}
	if !u.Properties.StoresSP {
		c.PushOutputs(u)
	}
	if err := c.Block(u, cacheOffset, last, &u.Body); err != nil {
		return err
	}
	if u.Properties.StoresSP {
		c.PushOutputs(u)
	}
	return nil
}

// Block emits `{ cache reads; body }` for uop u, taking the body text from body (the uop's
// own, or an override's).
func (c *Case) Block(u *analysis.Uop, cacheOffset int, last bool, body *analysis.Body) error {
	var inner []string
	off := cacheOffset
	for _, ce := range u.Caches {
		if ce.Name != "unused" {
			inner = append(inner, Code(jen.Id(ce.Name).Op(":=").Op(c.Tier.CacheRead(ce, off))))
			if !body.Uses(ce.Name) {
				inner = append(inner, Code(jen.Id("_").Op("=").Id(ce.Name)))
			}
		}
		off += ce.Size
	}
	uc := &UopContext{Uop: u, Last: last, Stack: c.Stack, Case: c}
	lines, err := BodyLines(body, c.Tier.GenPath, func(f analysis.Form) (string, error) {
		return c.Tier.Rewrite(uc, f)
	}, c.Tier.Filter)
	if err != nil {
		return err
	}
	inner = append(inner, lines...)
	if len(inner) == 0 {
		return nil
	}
	c.Add("{")
	c.Add(inner...)
	c.Add("}")
	return nil
}

// Signature renders a uop's stack effect for comments.
func Signature(u *analysis.Uop) string {
	if u.Signature != "" {
		return u.Signature
	}
	var in, out []string
	for _, ce := range u.Caches {
		in = append(in, ce.Name+"/"+itoa(ce.Size))
	}
	for _, it := range u.Stack.Inputs {
		in = append(in, itemText(it))
	}
	for _, it := range u.Stack.Outputs {
		out = append(out, itemText(it))
	}
	return "(" + strings.TrimSpace(strings.Join(in, ", ")+" -- "+strings.Join(out, ", ")) + ")"
}

func itemText(it *analysis.StackItem) string {
	s := it.Name
	if it.Size != "" {
		s += "[" + it.Size + "]"
	}
	if it.Type != "" {
		s += ": " + it.Type
	}
	if it.Cond != "" {
		s += " if (" + it.Cond + ")"
	}
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

// Provenance is the comment that names a definition: "defs/bytecodes.def:12 NAME (a -- b)".
func Provenance(pos analysis.Pos, name, detail string) string {
	s := pos.File + ":" + itoa(pos.Line) + " " + name
	if detail != "" {
		s += " " + detail
	}
	return s
}

// MoveSPLines renders the sp adjustment for off as a list of zero or one line.
func MoveSPLines(off analysis.StackOffset) []string {
	if m := MoveSP(off); m != "" {
		return []string{m}
	}
	return nil
}

// IfBlock renders `if cond {` lines `}` as text for a rewrite.
func IfBlock(cond string, lines ...string) string {
	return "if " + cond + " {\n" + strings.Join(lines, "\n") + "\n}"
}
