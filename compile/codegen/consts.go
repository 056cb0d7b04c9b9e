package codegen

import (
	"fmt"
	"math"
	"strings"

	"github.com/taipanpy/taipan/ast"
)

// Const is a constant of a code object: an ast.Value, a Tuple of constants,
// or a *Unit (the code of a nested function or class body).
type Const any

// Tuple is a tuple constant, built by the compiler (keyword names, folded
// displays).
type Tuple []Const

// FrozenSet is a frozenset constant (a set display of constants that is
// only iterated).
type FrozenSet []Const

// constKey returns a key that is equal for two constants exactly when CPython
// merges them (_PyCode_ConstantKey): values of different types never merge
// (1, 1.0 and True stay apart), and neither do 0.0 and -0.0.
func constKey(c Const) string {
	switch v := c.(type) {
	case ast.Value:
		switch f := v.(type) {
		case ast.Float:
			return fmt.Sprintf("float:%x", math.Float64bits(float64(f)))
		case ast.Complex:
			return fmt.Sprintf("complex:%x:%x", math.Float64bits(real(f)), math.Float64bits(imag(f)))
		}
		return fmt.Sprintf("%T:%s", v, ast.Repr(v))
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = constKey(x)
		}
		return "(" + strings.Join(parts, ",") + ")"
	case FrozenSet:
		return "frozenset" + constKey(Tuple(v))
	case *Unit:
		return fmt.Sprintf("code:%p", v)
	}
	return fmt.Sprintf("?%T", c)
}

// ConstRepr shows a constant as Python's repr() does; code shows as
// <code NAME>.
func ConstRepr(c Const) string {
	switch v := c.(type) {
	case ast.Value:
		return ast.Repr(v)
	case Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case FrozenSet:
		if len(v) == 0 {
			return "frozenset()"
		}
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	case *Unit:
		return "<code " + v.Name + ">"
	}
	return "?"
}

// strConst is the constant for a Go string.
func strConst(s string) Const { return ast.Value(ast.Str(s)) }

var noneConst Const = ast.Value(ast.NoneType{})
