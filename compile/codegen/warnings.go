package codegen

import (
	"errors"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/instrseq"
)

// The SyntaxWarnings CPython's compiler gives for code that is surely a mistake: `is` with a
// literal, calling or subscripting a literal, indexing a sequence literal with a non-integer,
// and asserting a tuple.

func (c *compiler) warn(loc instrseq.Location, msg string) {
	if c.opts.Warn == nil || c.err != nil {
		return
	}
	switch err := c.opts.Warn(msg, loc.Lineno); {
	case err == ErrWarningIsError:
		c.errorAt(loc, msg)
	case err != nil:
		c.err = err
	}
}

// ErrWarningIsError is what Options.Warn returns for a warning a filter made an error.
var ErrWarningIsError = errors.New("SyntaxWarning turned into an error")

// constantOf returns the value a (possibly folded) constant expression stands for.
func constantOf(e ast.Expr) (Const, bool) {
	switch x := e.(type) {
	case *ast.Constant:
		return ast.Value(x.Value), true
	case *folded:
		return x.value, true
	}
	return nil, false
}

// constTypeName is the Python type name of a constant.
func constTypeName(v Const) string {
	switch v.(type) {
	case ast.NoneType:
		return "NoneType"
	case ast.EllipsisType:
		return "ellipsis"
	case ast.Bool:
		return "bool"
	case ast.Int, *ast.BigInt:
		return "int"
	case ast.Float:
		return "float"
	case ast.Complex:
		return "complex"
	case ast.Str:
		return "str"
	case ast.Bytes:
		return "bytes"
	case Tuple:
		return "tuple"
	case FrozenSet:
		return "frozenset"
	}
	return "object"
}

// inferType is CPython's infer_type: the type an expression surely has, "" when unknown.
func inferType(e ast.Expr) string {
	if v, ok := constantOf(e); ok {
		return constTypeName(v)
	}
	switch e.(type) {
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	case *ast.Slice:
		return "slice"
	}
	return ""
}

// isArg reports whether e may be an operand of `is` without a warning: anything but a
// literal other than None, True, False and Ellipsis.
func isArg(e ast.Expr) bool {
	v, ok := constantOf(e)
	if !ok {
		return true
	}
	switch v.(type) {
	case ast.NoneType, ast.Bool, ast.EllipsisType:
		return true
	}
	return false
}

// checkCompare warns about `x is 1` and `x is not 'a'`.
func (c *compiler) checkCompare(e *ast.Compare) {
	left := e.Left
	for i, op := range e.Ops {
		right := e.Comparators[i]
		var name, suggest string
		switch op.(type) {
		case ast.Is:
			name, suggest = "is", "=="
		case ast.IsNot:
			name, suggest = "is not", "!="
		}
		if name != "" && (!isArg(left) || !isArg(right)) {
			lit := right
			if !isArg(left) {
				lit = left
			}
			c.warn(locOf(e), "\""+name+"\" with '"+inferType(lit)+"' literal. Did you mean \""+suggest+"\"?")
			return
		}
		left = right
	}
}

// checkCaller warns about calling a literal or a display.
func (c *compiler) checkCaller(e ast.Expr) {
	switch e.(type) {
	case *ast.Constant, *folded, *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.DictComp,
		*ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.JoinedStr, *ast.FormattedValue:
		c.warn(locOf(e), "'"+inferType(e)+"' object is not callable; perhaps you missed a comma?")
	}
}

// checkSubscript warns about subscripting what cannot be subscripted and about indexing a
// sequence literal with what is not an integer or a slice.
func (c *compiler) checkSubscript(value, index ast.Expr) {
	if v, ok := constantOf(value); ok {
		switch v.(type) {
		case ast.NoneType, ast.EllipsisType, ast.Int, *ast.BigInt, ast.Float, ast.Complex, FrozenSet:
			c.warn(locOf(value), "'"+constTypeName(v)+"' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	} else {
		switch value.(type) {
		case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
			c.warn(locOf(value), "'"+inferType(value)+"' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	}
	it := inferType(index)
	if it == "" || it == "int" || it == "bool" || it == "slice" {
		return
	}
	sequence := false
	if v, ok := constantOf(value); ok {
		switch v.(type) {
		case ast.Str, ast.Bytes, Tuple:
			sequence = true
		}
	} else {
		switch value.(type) {
		case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
			sequence = true
		}
	}
	if sequence {
		c.warn(locOf(value), inferType(value)+" indices must be integers or slices, not "+it+"; perhaps you missed a comma?")
	}
}
