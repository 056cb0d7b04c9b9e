// Package future finds the `from __future__ import ...` statements at the top
// of a module, as CPython's Python/future.c does, and reports the features they
// turn on as code-object flags.
package future

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// Flags are the compiler-feature bits a future import sets; they share their
// values with co_flags, as in CPython.
type Flags uint32

// The features CPython 3.13 knows. Features that became mandatory long ago
// (nested_scopes, generators, with_statement, ...) are accepted but set no bit
// or a bit that changes nothing.
const (
	Division        Flags = 0x20000
	AbsoluteImport  Flags = 0x40000
	WithStatement   Flags = 0x80000
	PrintFunction   Flags = 0x100000
	UnicodeLiterals Flags = 0x200000
	BarryAsBDFL     Flags = 0x400000
	GeneratorStop   Flags = 0x800000
	Annotations     Flags = 0x1000000
)

// Mask holds every feature bit (CPython's PyCF_MASK): the bits of compile()'s flags, and of
// a caller's co_flags, that carry over into the code compiled.
const Mask = Division | AbsoluteImport | WithStatement | PrintFunction | UnicodeLiterals | BarryAsBDFL | GeneratorStop | Annotations

// Features is what Parse learned about a module.
type Features struct {
	// Flags are the features turned on.
	Flags Flags
	// Lineno and ColOffset locate the last future import (0, 0 when there is
	// none); the code generator rejects any later `from __future__` import.
	Lineno, ColOffset int
}

var featureFlags = map[string]Flags{
	"nested_scopes":    0,
	"generators":       0,
	"division":         Division,
	"absolute_import":  AbsoluteImport,
	"with_statement":   WithStatement,
	"print_function":   PrintFunction,
	"unicode_literals": UnicodeLiterals,
	"barry_as_FLUFL":   BarryAsBDFL,
	"generator_stop":   GeneratorStop,
	"annotations":      Annotations,
}

// Parse scans the leading future imports of mod (after an optional docstring)
// and returns the features they name. An unknown feature is a SyntaxError with
// CPython's message and position; filename goes into the error.
func Parse(mod ast.Mod, filename string) (Features, error) {
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return Features{}, nil
	}
	var f Features
	i := 0
	if len(body) > 0 && isDocstring(body[0]) {
		i++
	}
	for ; i < len(body); i++ {
		imp, ok := body[i].(*ast.ImportFrom)
		if !ok || imp.Level != 0 || imp.Module != "__future__" {
			break
		}
		for _, a := range imp.Names {
			flag, known := featureFlags[a.Name]
			if !known {
				msg := "future feature " + a.Name + " is not defined"
				if a.Name == "braces" {
					msg = "not a chance"
				}
				// CPython reports the statement's start only, with no end column.
				return Features{}, &tokenizer.SyntaxError{
					Type: "SyntaxError", TextFromFile: true, Msg: msg, Filename: filename,
					Lineno: imp.Lineno, Offset: imp.ColOffset + 1, EndLineno: imp.Lineno,
				}
			}
			f.Flags |= flag
		}
		f.Lineno, f.ColOffset = imp.Lineno, imp.ColOffset
	}
	return f, nil
}

// isDocstring reports whether s is an expression statement holding a str
// constant, which may precede future imports.
func isDocstring(s ast.Stmt) bool {
	e, ok := s.(*ast.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*ast.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(ast.Str)
	return ok
}
