package analysis

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
)

// StackOffset is a symbolic distance on the stack: the sizes of the items popped and
// the sizes of the items pushed, each a Go int expression. Equal terms on both sides
// cancel and integers fold when the offset is rendered.
type StackOffset struct {
	Popped []string
	Pushed []string
}

// Pop records popping item.
func (o *StackOffset) Pop(item *StackItem) { o.Popped = append(o.Popped, item.SlotCount()) }

// Push records pushing item.
func (o *StackOffset) Push(item *StackItem) { o.Pushed = append(o.Pushed, item.SlotCount()) }

// Copy returns an independent copy.
func (o StackOffset) Copy() StackOffset {
	return StackOffset{Popped: slices.Clone(o.Popped), Pushed: slices.Clone(o.Pushed)}
}

// Neg returns the offset with popped and pushed exchanged.
func (o StackOffset) Neg() StackOffset {
	return StackOffset{Popped: slices.Clone(o.Pushed), Pushed: slices.Clone(o.Popped)}
}

// simplify cancels terms that occur on both sides.
func (o StackOffset) simplify() StackOffset {
	popped := slices.Clone(o.Popped)
	var pushed []string
	for _, t := range o.Pushed {
		if i := slices.Index(popped, t); i >= 0 {
			popped = slices.Delete(popped, i, i+1)
			continue
		}
		pushed = append(pushed, t)
	}
	return StackOffset{Popped: popped, Pushed: pushed}
}

// Go renders the offset as a Go int expression: the folded integer first, then each
// popped term subtracted and each pushed term added, parenthesised when its operator
// binds more loosely than + and -. An empty offset renders as "0".
func (o StackOffset) Go() string {
	s := o.simplify()
	n := 0
	var syms []string
	for _, t := range s.Popped {
		if v, err := strconv.Atoi(t); err == nil {
			n -= v
		} else {
			syms = append(syms, " - "+parenthesize(t))
		}
	}
	var pushed []string
	for _, t := range s.Pushed {
		if v, err := strconv.Atoi(t); err == nil {
			n += v
		} else {
			pushed = append(pushed, " + "+parenthesize(t))
		}
	}
	syms = append(syms, pushed...)
	rest := strings.Join(syms, "")
	if n == 0 {
		if rest == "" {
			return "0"
		}
		if strings.HasPrefix(rest, " - ") {
			return "-" + rest[3:]
		}
		return rest[3:]
	}
	return strconv.Itoa(n) + rest
}

// IsNegative reports whether the offset is below zero whatever its symbolic terms are: it
// pops, and every symbolic term left is popped.
func (o StackOffset) IsNegative() bool {
	s := o.simplify()
	n, syms := 0, false
	for _, t := range s.Popped {
		if v, err := strconv.Atoi(t); err == nil {
			n -= v
		} else {
			syms = true
		}
	}
	for _, t := range s.Pushed {
		v, err := strconv.Atoi(t)
		if err != nil {
			return false
		}
		n += v
	}
	return n < 0 || n == 0 && syms
}

// IsConstant reports whether the offset folds to an integer, and returns it.
func (o StackOffset) IsConstant() (int, bool) {
	v, err := strconv.Atoi(o.Go())
	return v, err == nil
}

// parenthesize wraps a term in parentheses unless it is an operand or an expression whose
// operator binds at least as tightly as multiplication, so that `a - term` keeps its meaning.
func parenthesize(t string) string {
	e, err := parser.ParseExpr(t)
	if err != nil {
		return "(" + t + ")"
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.BasicLit, *ast.ParenExpr, *ast.CallExpr, *ast.SelectorExpr, *ast.IndexExpr:
		return t
	case *ast.BinaryExpr:
		if e.Op.Precedence() >= token.MUL.Precedence() {
			return t
		}
	}
	return "(" + t + ")"
}
