// Package codecs is CPython's _codecs module: the codec registry, the error handler registry
// and the codecs written in Go, which Lib/codecs.py and the encodings package build on.
package codecs

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _codecs module.
var Module = vm.BuiltinModule{Name: "_codecs", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := append(registryFuncs(), codecFuncs()...)
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	return nil
}

// fn is the signature of the module's functions, all positional-only.
type fn = func(ts *objects.Thread, args []objects.Object) (objects.Object, error)

// positional makes a function taking between min and max positional arguments.
func positional(name string, min, max int, f fn) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall | objects.MethKeywords,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			if err := objects.NoKeywords("_codecs."+name, kwnames); err != nil {
				return nil, err
			}
			if err := objects.CheckPositional(name, len(args), min, max); err != nil {
				return nil, err
			}
			return f(ts, args)
		}}
}

// noNulls rejects a str holding NUL, which CPython's C string arguments cannot.
func noNulls(s string) error {
	if strings.IndexByte(s, 0) >= 0 {
		return objects.Errorf(objects.ValueErrorType, "embedded null character")
	}
	return nil
}

// strArg reads a str argument: "lookup() argument must be str, not int" for a function of one
// argument, "encode() argument 'encoding' must be str, not int" for a named one.
func strArg(fname string, argNum int, v objects.Object) (*objects.Str, error) {
	s, ok := v.(*objects.Str)
	if !ok {
		if argNum == 0 {
			return nil, objects.Errorf(objects.TypeErrorType, "%s() argument must be str, not %s", fname, typeName(v))
		}
		return nil, objects.Errorf(objects.TypeErrorType, "%s() argument %d must be str, not %s", fname, argNum, typeName(v))
	}
	return s, nil
}

// typeName names v's type as argument errors do ("None" for None).
func typeName(v objects.Object) string {
	if v == objects.None {
		return "None"
	}
	return v.Type().Name
}

// errorsArg reads an optional errors argument (str or None; "" when absent or None).
func errorsArg(fname string, args []objects.Object, i int) (string, error) {
	if len(args) <= i || args[i] == objects.None {
		return "", nil
	}
	s, ok := args[i].(*objects.Str)
	if !ok {
		return "", objects.Errorf(objects.TypeErrorType, "%s() argument %d must be str or None, not %s", fname, i+1, typeName(args[i]))
	}
	return s.Value(), noNulls(s.Value())
}

// boolArg reads an optional bool argument by truth value.
func boolArg(ts *objects.Thread, args []objects.Object, i int, def bool) (bool, error) {
	if len(args) <= i {
		return def, nil
	}
	return objects.IsTrue(ts, args[i])
}

// intArg reads an optional C int argument.
func intArg(ts *objects.Thread, args []objects.Object, i int, def int) (int, error) {
	if len(args) <= i {
		return def, nil
	}
	if _, isFloat := args[i].(*objects.Float); isFloat {
		return 0, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := objects.Index(ts, args[i])
	if err != nil {
		return 0, err
	}
	v, ok := n.Int64()
	if !ok || v > 1<<31-1 || v < -1<<31 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(v), nil
}

// bufferArg reads a bytes-like argument; with acceptStr a str is taken as its UTF-8 bytes.
func bufferArg(ts *objects.Thread, fname string, v objects.Object, acceptStr bool) (string, error) {
	if s, ok := v.(*objects.Str); ok {
		if acceptStr {
			return objects.EncodeUTF8(ts, s, "")
		}
		return "", objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not 'str'")
	}
	data, ok := objects.BytesLikeData(v)
	if !ok {
		if acceptStr {
			return "", objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v))
		}
		return "", objects.Errorf(objects.TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v))
	}
	return data, nil
}

// pair returns the (result, length) tuple the codec functions give.
func pair(v objects.Object, n int) objects.Object {
	return objects.NewTuple([]objects.Object{v, objects.NewInt(int64(n))})
}
