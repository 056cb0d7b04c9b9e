package builtins

import (
	"math"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/compile/codegen"
	pyast "github.com/taipanpy/taipan/modules/ast"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
	"github.com/taipanpy/taipan/vm"
)

// compile() is built-in compile: source text or an AST object becomes a code object, or,
// with PyCF_ONLY_AST, source text becomes a tree of _ast nodes. a holds its arguments:
// source, filename, mode, flags, dont_inherit, optimize, _feature_version.
func (b *module) compile(ts *objects.Thread, a [7]objects.Object) (objects.Object, error) {
	flags := 0
	if a[3] != nil {
		n, err := cInt(ts, a[3])
		if err != nil {
			return nil, err
		}
		if n&^compileFlagsMask != 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "compile(): unrecognised flags")
		}
		flags = n
	}
	optimize := b.interp.Optimize
	if a[5] != nil {
		n, err := cInt(ts, a[5])
		if err != nil {
			return nil, err
		}
		if n < -1 || n > 2 {
			return nil, objects.Errorf(objects.ValueErrorType, "compile(): invalid optimize value")
		}
		if n >= 0 {
			optimize = n
		}
	}
	filename, ok := a[1].(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "compile() argument 'filename' must be str, not %s", a[1].Type().Name)
	}
	modeName, ok := a[2].(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "compile() argument 'mode' must be str, not %s", a[2].Type().Name)
	}
	mode, ok := parseMode(a[2])
	if !ok {
		if modeName.Value() == "func_type" {
			if flags&pyast.FlagOnlyAST == 0 {
				return nil, objects.Errorf(objects.ValueErrorType, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
			}
			mode = parser.FuncType
		} else if flags&pyast.FlagOnlyAST != 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
		} else {
			return nil, objects.Errorf(objects.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
		}
	}
	onlyAST := flags&pyast.FlagOnlyAST != 0
	optimizedAST := flags&pyast.FlagOptimizedAST == pyast.FlagOptimizedAST
	src, err := sourceText(a[0], "compile() arg 1 must be a string, bytes or AST object")
	if err != nil {
		if !objects.IsException(err.(*objects.BaseException), objects.TypeErrorType) || !pyast.IsAST(ts, a[0]) {
			return nil, err
		}
		if onlyAST && !optimizedAST {
			return a[0], nil
		}
		mod, err := pyast.FromPython(ts, a[0], modeName.Value())
		if err != nil {
			return nil, err
		}
		if onlyAST {
			codegen.Optimize(mod, optimize)
			return pyast.ToPython(ts, mod)
		}
		code, err := compile.AST(mod, filename.Value(), compile.Options{Optimize: optimize})
		if err != nil {
			return nil, vm.CompileError(err)
		}
		return code, nil
	}
	if onlyAST {
		mod, err := parser.Parse(src, filename.Value(), mode)
		if err != nil {
			return nil, vm.CompileError(err)
		}
		if optimizedAST {
			codegen.Optimize(mod, optimize)
		}
		return pyast.ToPython(ts, mod)
	}
	code, err := compile.Source(src, filename.Value(), mode, compile.Options{Optimize: optimize})
	if err != nil {
		return nil, vm.CompileError(err)
	}
	return code, nil
}

// compileFlagsMask holds the flags compile() accepts: the __future__ features' (PyCF_MASK),
// the obsolete CO_NESTED, and the compiler's own (PyCF_ONLY_AST and the rest).
const compileFlagsMask = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000 |
	0x10 |
	0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x8000

// cInt converts an integer argument as a C int, as CPython's "i" format does.
func cInt(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := i.Int64()
	if !small || v < math.MinInt32 || v > math.MaxInt32 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(v), nil
}
