package builtins_test

import (
	"bytes"
	"math/big"
	"strings"
	"testing"

	"github.com/taipanpy/taipan/internal/generated/tier1"
	"github.com/taipanpy/taipan/modules/builtins"
	"github.com/taipanpy/taipan/modules/sys"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// env is an interpreter with the builtins and sys modules, its output going to buffers.
type env struct {
	t        *testing.T
	ts       *objects.Thread
	interp   *vm.Interpreter
	stdout   *bytes.Buffer
	stderr   *bytes.Buffer
	builtins *objects.Dict
}

func newEnv(t *testing.T, stdin string) *env {
	t.Helper()
	interp := vm.NewInterpreter(&vm.Runtime{}, tier1.Run)
	th := vm.NewThread(interp)
	e := &env{t: t, ts: &th.Thread, interp: interp, stdout: new(bytes.Buffer), stderr: new(bytes.Buffer)}
	interp.AddBuiltinModules(builtins.Module(interp, builtins.Config{}),
		sys.Module(interp, sys.Config{Argv: []string{"prog", "a"}, Stdin: strings.NewReader(stdin), Stdout: e.stdout, Stderr: e.stderr}))
	for _, name := range []string{"builtins", "sys"} {
		if _, _, err := interp.ImportBuiltin(e.ts, name); err != nil {
			t.Fatal(err)
		}
	}
	e.builtins = interp.Builtins
	return e
}

// get returns builtins.name.
func (e *env) get(name string) objects.Object {
	v := e.builtins.GetStr(objects.NewStr(name))
	if v == nil {
		e.t.Fatalf("no builtin %s", name)
	}
	return v
}

// sysAttr returns sys.name.
func (e *env) sysAttr(name string) objects.Object {
	m := e.interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
	return m.Dict.GetStr(objects.NewStr(name))
}

// kw marks keyword arguments in a call: kw{"key", value, ...}.
type kw []any

// call calls f with Go-described arguments (see py) and keyword arguments.
func (e *env) call(f objects.Object, args ...any) (objects.Object, error) {
	var pos []objects.Object
	var names []objects.Object
	var vals []objects.Object
	for _, a := range args {
		if k, ok := a.(kw); ok {
			for i := 0; i < len(k); i += 2 {
				names = append(names, objects.NewStr(k[i].(string)))
				vals = append(vals, py(k[i+1]))
			}
			continue
		}
		pos = append(pos, py(a))
	}
	var kwnames *objects.Tuple
	if len(names) > 0 {
		kwnames = objects.NewTuple(names)
	}
	return objects.Call(e.ts, f, append(pos, vals...), kwnames)
}

// show renders a result as the probes against CPython printed it: the repr, or
// "!! Type message" for an exception.
func (e *env) show(v objects.Object, err error) string {
	if err != nil {
		exc, ok := err.(*objects.BaseException)
		if !ok {
			return "!! go " + err.Error()
		}
		s, serr := objects.StrOf(e.ts, exc)
		if serr != nil {
			return "!! " + exc.Type().Name
		}
		return "!! " + exc.Type().Name + " " + s.Value()
	}
	r, rerr := objects.Repr(e.ts, v)
	if rerr != nil {
		return "!! repr " + rerr.Error()
	}
	return r.Value()
}

// big10 returns 10**n.
func big10(n int64) *objects.Int {
	return objects.NewBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil))
}

// pow2 returns 2**n.
func pow2(n uint) *objects.Int {
	return objects.NewBigInt(new(big.Int).Lsh(big.NewInt(1), n))
}

// py converts a Go value to a Python object: ints, strings, bools, nil (None), []any
// (list), tup (tuple), objects as they are.
func py(v any) objects.Object {
	switch x := v.(type) {
	case nil:
		return objects.None
	case objects.Object:
		return x
	case int:
		return objects.NewInt(int64(x))
	case float64:
		return objects.NewFloat(x)
	case string:
		return objects.NewStr(x)
	case bool:
		return objects.NewBool(x)
	case []byte:
		return objects.NewBytes(x)
	case []any:
		items := make([]objects.Object, len(x))
		for i, it := range x {
			items[i] = py(it)
		}
		return objects.NewList(items)
	case tup:
		items := make([]objects.Object, len(x))
		for i, it := range x {
			items[i] = py(it)
		}
		return objects.NewTuple(items)
	}
	panic("py: unsupported value")
}

// tup is a tuple literal for py.
type tup []any
