package builtins

import (
	"bytes"
	"strings"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
	"github.com/taipanpy/taipan/vm"
)

// compile, eval and exec: running source code given at run time.

var (
	compileArgs = objects.ArgParser{FuncName: "compile",
		Params: []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, MaxPos: 6, MinPos: 3}
	evalArgs = objects.ArgParser{FuncName: "eval", Params: []string{"", "globals", "locals"}, PosOnly: 1, MaxPos: 3, MinPos: 1}
	execArgs = objects.ArgParser{FuncName: "exec", Params: []string{"", "globals", "locals", "closure"}, PosOnly: 1, MaxPos: 3, MinPos: 1}
)

func (b *module) execFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "compile", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Compile source into a code object that can be executed by exec() or eval().",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				var a [7]objects.Object
				if err := compileArgs.Parse(args, kwnames, a[:]); err != nil {
					return nil, err
				}
				return b.compile(ts, a)
			}},
		{Name: "eval", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Evaluate the given source in the context of globals and locals.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return b.run(ts, &evalArgs, parser.Eval, args, kwnames)
			}},
		{Name: "exec", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Execute the given source in the context of globals and locals.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				if _, err := b.run(ts, &execArgs, parser.Exec, args, kwnames); err != nil {
					return nil, err
				}
				return objects.None, nil
			}},
	}
}

// run is eval and exec: the source (text or a code object) runs with the given globals and
// locals, or the caller's.
func (b *module) run(ts *objects.Thread, p *objects.ArgParser, mode parser.Mode, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [4]objects.Object
	if err := p.Parse(args, kwnames, a[:len(p.Params)]); err != nil {
		return nil, err
	}
	name := p.FuncName
	globals, locals := a[1], a[2]
	if globals == objects.None {
		globals = nil
	}
	if locals == objects.None {
		locals = nil
	}
	var g *objects.Dict
	if globals != nil {
		d, ok := globals.(*objects.Dict)
		if !ok {
			if name == "eval" && locals == nil {
				return nil, objects.Errorf(objects.TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return nil, objects.Errorf(objects.TypeErrorType, "%s() globals must be a dict, not %s", name, globals.Type().Name)
		}
		g = d
		if locals == nil {
			locals = d
		}
	} else {
		f := vm.ThreadOf(ts).Frame
		if f == nil || f.Globals == nil {
			return nil, objects.Errorf(objects.SystemErrorType, "%s() called without a running frame", name)
		}
		g = f.Globals
		if locals == nil {
			l, err := frameLocals(ts)
			if err != nil {
				return nil, err
			}
			locals = l
		}
	}
	if _, isMapping := locals.(*objects.Dict); !isMapping && locals.Type().Slots.GetItem == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "locals must be a mapping")
	}
	closure := a[3]
	if closure == objects.None {
		closure = nil
	}
	code, ok := a[0].(*objects.Code)
	var cells []objects.Object
	if ok {
		var err error
		if cells, err = closureCells(name, code, closure); err != nil {
			return nil, err
		}
	} else if closure != nil {
		return nil, objects.Errorf(objects.TypeErrorType, "closure can only be used when source is a code object")
	}
	if !ok {
		src, err := sourceText(a[0], name+"() arg 1 must be a string, bytes or code object")
		if err != nil {
			return nil, err
		}
		if mode == parser.Eval {
			// eval ignores leading spaces and tabs, as CPython does.
			src = []byte(strings.TrimLeft(string(src), " \t"))
		}
		opts := compile.Options{Optimize: b.interp.Optimize, Future: callerFuture(ts), Warn: vm.SyntaxWarner(ts, "<string>")}
		if code, err = compileString(src, mode, opts); err != nil {
			return nil, err
		}
	}
	return vm.Exec(ts, code, g, locals, cells)
}

// closureCells checks the closure exec() is given for a code object with free variables:
// a tuple of exactly one cell per variable. eval() takes none.
func closureCells(name string, code *objects.Code, closure objects.Object) ([]objects.Object, error) {
	if code.NFreeVars == 0 {
		if closure != nil {
			return nil, objects.Errorf(objects.TypeErrorType, "cannot use a closure with this code object")
		}
		return nil, nil
	}
	if name == "eval" {
		return nil, objects.Errorf(objects.TypeErrorType, "code object passed to eval() may not contain free variables")
	}
	t, ok := closure.(*objects.Tuple)
	ok = ok && t.Type() == objects.TupleType && t.Len() == code.NFreeVars
	for i := 0; ok && i < t.Len(); i++ {
		_, ok = t.Items()[i].(*objects.Cell)
	}
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "code object requires a closure of exactly length %d", code.NFreeVars)
	}
	return t.Items(), nil
}

// compileString compiles eval's or exec's source text.
func compileString(src []byte, mode parser.Mode, opts compile.Options) (*objects.Code, error) {
	code, err := compile.Source(src, "<string>", mode, opts)
	if err != nil {
		return nil, vm.CompileError(err)
	}
	return code, nil
}

// sourceText returns source code given as a str or bytes.
func sourceText(o objects.Object, wrongType string) ([]byte, error) {
	var src []byte
	switch s := o.(type) {
	case *objects.Str:
		src = []byte(s.Value())
	default:
		// bytes, bytearray, memoryview and any other buffer (_Py_SourceAsString).
		if !objects.IsBytesLike(o) {
			return nil, objects.Errorf(objects.TypeErrorType, "%s", wrongType)
		}
		b, err := objects.BytesLike(o)
		if err != nil {
			return nil, err
		}
		src = b
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, objects.Errorf(objects.SyntaxErrorType, "source code string cannot contain null bytes")
	}
	return src, nil
}

// parseMode turns compile()'s mode argument into the parser's.
func parseMode(o objects.Object) (parser.Mode, bool) {
	s, ok := o.(*objects.Str)
	if !ok {
		return 0, false
	}
	switch s.Value() {
	case "exec":
		return parser.Exec, true
	case "eval":
		return parser.Eval, true
	case "single":
		return parser.Single, true
	}
	return 0, false
}
