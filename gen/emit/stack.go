package emit

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/taipanpy/taipan/gen/analysis"
	"github.com/taipanpy/taipan/gen/dsl"
)

// Stack follows an instruction's stack while its uops are emitted, as CPython's stack.py
// does: inputs are read from the frame's stack slice (or taken from the variables of earlier
// uops), outputs stay in variables until Flush writes them and moves sp. Offsets are symbolic,
// so arrays and conditional items can come anywhere.
type Stack struct {
	// StackName is the slice the slots live in ("stack").
	StackName string
	// AssertTypes makes reads of typed items assert their type (`stack[i].(T)`); the
	// optimizer's symbols carry no Go type, so it turns this off.
	AssertTypes bool
	// ClearPopped makes Flush clear the slots a net pop leaves above the new top.
	ClearPopped bool

	base    analysis.StackOffset // where the real stack's top is, relative to sp
	top     analysis.StackOffset // where the logical top is, relative to sp
	pending []*analysis.StackItem
	defined map[string]bool
	read    map[string]bool
}

// NewStack returns an empty stack over the slice named "stack".
func NewStack() *Stack {
	return &Stack{StackName: "stack", AssertTypes: true, defined: map[string]bool{}, read: map[string]bool{}}
}

// Read reports whether the code emitted so far reads the variable name (copies it to
// another variable or writes it to the stack). Emitters use it to avoid Go's "declared and
// not used" error for variables only the generator touches.
func (s *Stack) Read(name string) bool { return s.read[name] }

// MarkRead records that code outside the stack's own reads and writes reads name.
func (s *Stack) MarkRead(name string) { s.read[name] = true }

// slot is stack[sp+off].
func (s *Stack) slot(off analysis.StackOffset) *jen.Statement {
	return jen.Id(s.StackName).Index(jen.Op(SPPlus(off.Go())))
}

// slice is stack[sp+from : sp+to].
func (s *Stack) slice(from, to analysis.StackOffset) *jen.Statement {
	return jen.Id(s.StackName).Index(jen.Op(SPPlus(from.Go())), jen.Op(SPPlus(to.Go())))
}

// Pop emits the reading of one input; inputs are popped top first. It returns the lines of
// Go to emit, possibly none.
func (s *Stack) Pop(item *analysis.StackItem) ([]string, error) {
	topBefore := s.top.Copy()
	s.top.Pop(item)
	if n := len(s.pending); n > 0 {
		// The value is still in a variable of an earlier uop of the same instruction.
		prev := s.pending[n-1]
		s.pending = s.pending[:n-1]
		if prev.SlotCount() != item.SlotCount() {
			return nil, dsl.Errorf(item.Pos, "size mismatch when popping %q from the stack to assign to %q: expected %s, got %s",
				prev.Name, item.Name, item.SlotCount(), prev.SlotCount())
		}
		switch {
		case prev.Name == item.Name:
			return nil, nil
		case item.IsUnused():
			return nil, nil
		case prev.IsUnused() || !s.defined[prev.Name]:
			// An earlier uop left the slot alone: the value is still on the real stack.
			s.defined[item.Name] = true
			var rhs *jen.Statement
			if item.IsArray() {
				rhs = s.slice(s.top, topBefore)
			} else {
				rhs = s.typed(s.slot(s.top), item)
			}
			return []string{Code(jen.Id(item.Name).Op("=").Add(rhs))}, nil
		default:
			s.defined[item.Name] = true
			s.read[prev.Name] = true
			return []string{Code(jen.Id(item.Name).Op("=").Id(prev.Name))}, nil
		}
	}
	baseBefore := s.base.Copy()
	s.base.Pop(item)
	if item.IsUnused() {
		return nil, nil
	}
	s.defined[item.Name] = true
	if isLiteralFalse(item.Cond) {
		return nil, nil
	}
	var rhs *jen.Statement
	if item.IsArray() {
		rhs = s.slice(s.base, baseBefore)
	} else {
		rhs = s.typed(s.slot(s.base), item)
	}
	assign := jen.Id(item.Name).Op("=").Add(rhs)
	if item.Cond != "" && !isLiteralTrue(item.Cond) {
		return []string{Code(jen.If(jen.Op(item.Cond)).Block(assign))}, nil
	}
	return []string{Code(assign)}, nil
}

// typed adds the type assertion of a typed item to a slot read.
func (s *Stack) typed(slot *jen.Statement, item *analysis.StackItem) *jen.Statement {
	if s.AssertTypes && item.Type != "" {
		return slot.Assert(jen.Op(item.Type))
	}
	return slot
}

// Push records one output; outputs are pushed bottom first. Only an array output needs code
// now: its variable becomes the subslice of the stack the body fills in.
func (s *Stack) Push(item *analysis.StackItem) []string {
	s.pending = append(s.pending, item)
	from := s.top.Copy()
	s.top.Push(item)
	if item.IsArray() && !item.IsUnused() && !s.defined[item.Name] {
		s.defined[item.Name] = true
		return []string{Code(jen.Id(item.Name).Op("=").Add(s.slice(from, s.top)))}
	}
	if !item.IsUnused() {
		s.defined[item.Name] = true
	}
	return nil
}

// Flush writes the pending outputs to their slots and moves sp past them; the stack is then
// empty again, relative to the new sp.
func (s *Stack) Flush() []string {
	var out []string
	for _, v := range s.pending {
		if !v.Peek && !v.IsUnused() && !v.IsArray() && !isLiteralFalse(v.Cond) {
			s.read[v.Name] = true
			store := s.slot(s.base).Op("=").Id(v.Name)
			if v.Cond != "" && !isLiteralTrue(v.Cond) {
				out = append(out, Code(jen.If(jen.Op(v.Cond)).Block(store)))
			} else {
				out = append(out, Code(store))
			}
		}
		s.base.Push(v)
	}
	if s.ClearPopped && s.base.IsNegative() {
		if n, ok := s.base.IsConstant(); ok && n >= -3 {
			for i := n; i < 0; i++ {
				out = append(out, Code(jen.Id(s.StackName).Index(jen.Op(SPPlus(strconv.Itoa(i)))).Op("=").Nil()))
			}
		} else {
			// A loop: clear's call costs more than the few stores it saves.
			out = append(out, Code(jen.For(jen.Id("i").Op(":=").Op(SPPlus(s.base.Go())), jen.Id("i").Op("<").Id("sp"), jen.Id("i").Op("++")).Block(
				jen.Id(s.StackName).Index(jen.Id("i")).Op("=").Nil())))
		}
	}
	if move := MoveSP(s.base); move != "" {
		out = append(out, move)
	}
	s.pending = nil
	s.base = analysis.StackOffset{}
	s.top = analysis.StackOffset{}
	return out
}

// ErrorPops is the offset sp must move by when an error leaves the instruction here: the
// inputs taken from the real stack so far, less the pending outputs that sit unchanged in
// their slots (the peeks at the bottom of the pending outputs).
func (s *Stack) ErrorPops() analysis.StackOffset {
	off := s.base.Copy()
	for _, v := range s.pending {
		if !v.Peek {
			break
		}
		off.Push(v)
	}
	return off
}

// MoveSP renders the statement that moves sp by off, or "" when off is zero. It never puts
// a unary minus before an offset, since -a&b would mean (-a)&b in Go.
func MoveSP(off analysis.StackOffset) string {
	text := off.Go()
	switch {
	case text == "0":
		return ""
	case !strings.HasPrefix(text, "-"):
		return Code(jen.Id("sp").Op("+=").Op(text))
	}
	if neg := off.Neg().Go(); !strings.HasPrefix(neg, "-") {
		return Code(jen.Id("sp").Op("-=").Op(neg))
	}
	return Code(jen.Id("sp").Op("=").Op(SPPlus(text)))
}

// Variable is a stack item's variable, declared once per case.
type Variable struct {
	Name string
	Type string // the Go type of the variable
}

// Variables lists the distinct variables of an instruction's uops in the order CPython
// declares them (each uop's inputs top first, then its outputs), skipping `unused`. elem is
// the type of a single slot; a typed item keeps its own type when typed is set.
func Variables(uops []*analysis.Uop, elem string, typed bool) []Variable {
	var out []Variable
	seen := map[string]bool{}
	add := func(it *analysis.StackItem) {
		if it.IsUnused() || seen[it.Name] {
			return
		}
		seen[it.Name] = true
		t := elem
		if typed && it.Type != "" {
			t = it.Type
		}
		if it.IsArray() {
			t = "[]" + elem
		}
		out = append(out, Variable{Name: it.Name, Type: t})
	}
	for _, u := range uops {
		for _, it := range slices.Backward(u.Stack.Inputs) {
			add(it)
		}
		for _, it := range u.Stack.Outputs {
			add(it)
		}
	}
	return out
}

// Declarations renders `var a, b T` lines, one per type in order of first appearance.
func Declarations(vars []Variable) []string {
	var types []string
	names := map[string][]jen.Code{}
	for _, v := range vars {
		if _, ok := names[v.Type]; !ok {
			types = append(types, v.Type)
		}
		names[v.Type] = append(names[v.Type], jen.Id(v.Name))
	}
	out := make([]string, 0, len(types))
	for _, t := range types {
		out = append(out, Code(jen.Var().List(names[t]...).Op(t)))
	}
	return out
}
