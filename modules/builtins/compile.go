package builtins

import (
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
		f, ok := a[3].(*objects.Int)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "'%s' object cannot be interpreted as an integer", a[3].Type().Name)
		}
		v, _ := f.Int64()
		flags = int(v)
	}
	optimize := b.interp.Optimize
	if a[5] != nil {
		if f, ok := a[5].(*objects.Int); ok {
			if v, _ := f.Int64(); v >= 0 {
				optimize = int(v)
			}
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
