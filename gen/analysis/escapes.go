package analysis

import (
	"go/ast"
	"strings"
)

// A call "escapes" when it may run arbitrary Python code (and so observe or change the
// interpreter's state behind the instruction's back). Go cannot tell, so the analysis
// uses a conservative heuristic: every call escapes except those listed here. The list is
// documented in docs/dsl.md; extend it when a runtime helper is known to be safe.

// goBuiltins are Go's predeclared functions.
var goBuiltins = map[string]bool{
	"append": true, "cap": true, "clear": true, "close": true, "complex": true, "copy": true,
	"delete": true, "imag": true, "len": true, "make": true, "max": true, "min": true,
	"new": true, "panic": true, "print": true, "println": true, "real": true, "recover": true,
}

// goTypes are Go's predeclared types: a call of one is a conversion.
var goTypes = map[string]bool{
	"bool": true, "byte": true, "complex64": true, "complex128": true, "error": true,
	"float32": true, "float64": true, "int": true, "int8": true, "int16": true, "int32": true,
	"int64": true, "rune": true, "string": true, "uint": true, "uint8": true, "uint16": true,
	"uint32": true, "uint64": true, "uintptr": true, "any": true,
}

// nonEscaping names calls, by their full selector text, that never run Python code.
var nonEscaping = map[string]bool{
	"b2i":            true, // the bool-to-int helper the generated code uses for conditional items
	"frame.GetLocal": true,
	"frame.SetLocal": true,
	"frame.Cell":     true,
}

// nonEscapingPrefixes and nonEscapingSuffixes name calls by their last name element:
// type predicates (IsInt, HasDict, ...CheckExact) and constructors of built-in values
// (objects.NewInt, objects.NewTuple) that allocate but run no Python code.
var (
	nonEscapingPrefixes = []string{"Is", "Has", "New"}
	nonEscapingSuffixes = []string{"Check", "CheckExact"}
)

// pureReceivers are types whose methods never run Python code: calls on a value asserted
// to one of them (left.(*objects.Int).Add(right)) do not escape.
var pureReceivers = map[string]bool{
	"*objects.Int": true, "*objects.Float": true, "*objects.Str": true, "*objects.Bool": true,
}

// callEscapes reports whether a call may run arbitrary code.
func callEscapes(c *ast.CallExpr) bool {
	if sel, ok := c.Fun.(*ast.SelectorExpr); ok {
		if ta, ok := sel.X.(*ast.TypeAssertExpr); ok && ta.Type != nil && pureReceivers[typeText(ta.Type)] {
			return false
		}
	}
	switch f := c.Fun.(type) {
	case *ast.Ident:
		if goBuiltins[f.Name] && f.Name != "panic" {
			return false
		}
		if f.Name == "panic" || goTypes[f.Name] || nonEscaping[f.Name] {
			return false
		}
		if _, ok := formByName[f.Name]; ok {
			return false
		}
		return true
	case *ast.ArrayType, *ast.MapType, *ast.FuncType, *ast.ChanType, *ast.InterfaceType, *ast.StructType:
		return false // a conversion
	case *ast.ParenExpr:
		if _, ok := f.X.(*ast.StarExpr); ok {
			return false // a conversion to a pointer type: (*T)(x)
		}
	case *ast.FuncLit:
		return false // its own calls are inspected separately
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true // a generic instantiation or a function from a table
	}
	text := calleeText(c)
	if text == "" {
		return true
	}
	if nonEscaping[text] {
		return false
	}
	name := lastName(text)
	for _, p := range nonEscapingPrefixes {
		if strings.HasPrefix(name, p) && len(name) > len(p) && name[len(p)] >= 'A' && name[len(p)] <= 'Z' {
			return false
		}
	}
	for _, s := range nonEscapingSuffixes {
		if strings.HasSuffix(name, s) {
			return false
		}
	}
	return true
}

// typeText renders a type expression made of a pointer and a qualified name (*pkg.T).
func typeText(e ast.Expr) string {
	if st, ok := e.(*ast.StarExpr); ok {
		return "*" + typeText(st.X)
	}
	return selectorText(e)
}
