// Package compile turns Python source into code objects, as CPython's compiler does: the
// parser's AST goes through the symbol tables (symtable), the code generator (codegen), the
// flow-graph optimiser (flowgraph) and the assembler (assemble).
package compile

import (
	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/compile/assemble"
	"github.com/taipanpy/taipan/compile/codegen"
	"github.com/taipanpy/taipan/compile/future"
	"github.com/taipanpy/taipan/compile/symtable"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
	"github.com/taipanpy/taipan/tokenizer"
)

// Options are the settings of a compilation, as compile()'s arguments and the -O option give
// them.
type Options struct {
	// Optimize is the -O level: 1 drops assert statements, 2 also docstrings.
	Optimize int
	// Future holds __future__ features in force before the code's own future imports, as
	// compile()'s flags and the code calling compile(), exec() or eval() give them.
	Future future.Flags
	// Warn receives the SyntaxWarnings of the source (nil: they are dropped); see
	// codegen.Options.Warn for what it returns.
	Warn func(msg string, lineno int) error
}

// ErrWarningIsError is what Options.Warn returns for a SyntaxWarning a warnings filter made an
// error: the compilation fails with a SyntaxError carrying the warning's message.
var ErrWarningIsError = codegen.ErrWarningIsError

// Source compiles src, the text of a file named filename, in the given mode (a module, an
// expression, an interactive statement). Errors are *tokenizer.SyntaxError.
func Source(src []byte, filename string, mode parser.Mode, opts Options) (*objects.Code, error) {
	mod, warnings, err := parser.ParseWarn(src, filename, mode)
	if opts.Warn != nil {
		for _, w := range warnings {
			switch werr := opts.Warn(w.Msg, w.Lineno); {
			case werr == codegen.ErrWarningIsError:
				return nil, &tokenizer.SyntaxError{Type: "SyntaxError", Msg: w.Msg, Filename: filename,
					Lineno: w.Lineno, TextFromFile: true}
			case werr != nil:
				return nil, werr
			}
		}
	}
	if err != nil {
		return nil, err
	}
	return AST(mod, filename, opts)
}

// AST compiles a module's AST.
func AST(mod ast.Mod, filename string, opts Options) (*objects.Code, error) {
	features, err := future.Parse(mod, filename)
	if err != nil {
		return nil, err
	}
	features.Flags |= opts.Future & future.Mask
	table, err := symtable.Build(mod, filename, features.Flags)
	if err != nil {
		return nil, err
	}
	unit, err := codegen.Codegen(mod, table, codegen.Options{Filename: filename, Optimize: opts.Optimize, Future: features, Warn: opts.Warn})
	if err != nil {
		return nil, err
	}
	return assemble.MakeCode(assemblyUnit(unit, filename, features.Flags))
}

// assemblyUnit turns the code generator's unit, and the units of the code objects nested in
// it, into the assembler's input.
func assemblyUnit(u *codegen.Unit, filename string, futureFlags future.Flags) *assemble.Unit {
	consts := make([]assemble.Const, len(u.Consts))
	for i, c := range u.Consts {
		consts[i] = assemblyConst(c, filename, futureFlags)
	}
	return &assemble.Unit{
		Name: u.Name, Qualname: u.Qualname, Filename: filename,
		Seq:    &u.Seq,
		Consts: consts,
		Names:  u.Names, Varnames: u.Varnames, Cellvars: u.Cellvars, Freevars: u.Freevars,
		ArgCount: u.ArgCount, PosOnlyArgCount: u.PosOnlyArgCount, KwOnlyArgCount: u.KwOnlyArgCount,
		Flags:       codeFlags(u.Ste, futureFlags),
		FirstLineno: u.FirstLineno,
		Hidden:      u.Hidden,
	}
}

// assemblyConst converts one constant: tuples element by element, nested code recursively.
func assemblyConst(c codegen.Const, filename string, futureFlags future.Flags) assemble.Const {
	switch v := c.(type) {
	case codegen.Tuple:
		items := make(assemble.Tuple, len(v))
		for i, x := range v {
			items[i] = assemblyConst(x, filename, futureFlags)
		}
		return items
	case codegen.FrozenSet:
		items := make(assemble.FrozenSet, len(v))
		for i, x := range v {
			items[i] = assemblyConst(x, filename, futureFlags)
		}
		return items
	case *codegen.Unit:
		return assemblyUnit(v, filename, futureFlags)
	}
	return c
}

// codeFlags computes co_flags from a scope's symbol table entry, as CPython's
// compute_code_flags does, adding the future features in force.
func codeFlags(ste *symtable.Entry, futureFlags future.Flags) objects.CodeFlags {
	var f objects.CodeFlags
	if ste.IsFunctionLike() {
		f |= objects.CodeNewLocals | objects.CodeOptimized
		if ste.Nested {
			f |= objects.CodeNested
		}
		switch {
		case ste.Generator && ste.Coroutine:
			f |= objects.CodeAsyncGenerator
		case ste.Generator:
			f |= objects.CodeGenerator
		}
		if ste.Varargs {
			f |= objects.CodeVarargs
		}
		if ste.Varkeywords {
			f |= objects.CodeVarkeywords
		}
	}
	if ste.Coroutine && !ste.Generator {
		f |= objects.CodeCoroutine
	}
	return f | objects.CodeFlags(futureFlags)
}
