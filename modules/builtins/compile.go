package builtins

import (
	"math"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/compile/codegen"
	"github.com/taipanpy/taipan/compile/future"
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
	futureFlags := future.Flags(flags) & future.Mask
	inherit := true
	if a[4] != nil {
		dontInherit, err := objects.IsTrue(ts, a[4])
		if err != nil {
			return nil, err
		}
		inherit = !dontInherit
	}
	if inherit {
		futureFlags |= callerFuture(ts)
	}
	opts := compile.Options{Optimize: optimize, Future: futureFlags}
	filename, err := fsPath(ts, a[1])
	if err != nil {
		return nil, err
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
		code, err := compile.AST(mod, filename.Value(), opts)
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
	opts.Warn = vm.SyntaxWarner(ts, filename.Value())
	code, err := compile.Source(src, filename.Value(), mode, opts)
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

// callerFuture returns the __future__ features in force in the code calling compile(),
// exec() or eval(), which the code they compile inherits.
func callerFuture(ts *objects.Thread) future.Flags {
	if f := vm.ThreadOf(ts).Frame; f != nil && f.Code != nil {
		return future.Flags(f.Code.Flags) & future.Mask
	}
	return 0
}

var fspathName = objects.NewStr("__fspath__")

// fsPath reads a file name given as str, bytes or an os.PathLike, as CPython's
// PyUnicode_FSDecoder does (bytes are taken as UTF-8).
func fsPath(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	switch v := o.(type) {
	case *objects.Str:
		return v, nil
	case *objects.Bytes:
		return objects.NewStr(v.Value()), nil
	}
	m, err := objects.LookupSpecial(ts, o, fspathName)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
	}
	r, err := objects.Call(ts, m, nil, nil)
	if err != nil {
		return nil, err
	}
	switch v := r.(type) {
	case *objects.Str:
		return v, nil
	case *objects.Bytes:
		return objects.NewStr(v.Value()), nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, r.Type().Name)
}
