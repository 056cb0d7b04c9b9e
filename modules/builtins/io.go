package builtins

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// print and input: text in and out through sys.stdout, sys.stdin and sys.stderr, whatever
// objects those are now (so that replacing sys.stdout redirects print).

func (b *module) ioFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "print", Func: b.print, Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream."},
		{Name: "input", Func: b.input, Flags: objects.MethFastcall,
			Doc: "Read a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available."},
	}
}

// sysAttr returns sys.name, or nil when sys or the attribute is missing.
func (b *module) sysAttr(name string) objects.Object {
	s, ok := b.interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
	if !ok {
		return nil
	}
	return s.Dict.GetStr(objects.NewStr(name))
}

// optionalStr checks print's sep and end: None or a str.
func optionalStr(name string, v objects.Object, dflt string) (string, error) {
	if v == nil || v == objects.None {
		return dflt, nil
	}
	s, ok := v.(*objects.Str)
	if !ok {
		return "", objects.Errorf(objects.TypeErrorType, "%s must be None or a string, not %s", name, v.Type().Name)
	}
	return s.Value(), nil
}

func (b *module) print(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	nkw := kwnames.Len()
	values := args[:len(args)-nkw]
	var sepObj, endObj, file, flushObj objects.Object
	for i, k := range kwItems(kwnames) {
		v := args[len(values)+i]
		switch k.(*objects.Str).Value() {
		case "sep":
			sepObj = v
		case "end":
			endObj = v
		case "file":
			file = v
		case "flush":
			flushObj = v
		default:
			return nil, objects.Errorf(objects.TypeErrorType, "print() got an unexpected keyword argument '%s'", k.(*objects.Str).Value())
		}
	}
	if file == nil || file == objects.None {
		file = b.sysAttr("stdout")
		if file == nil {
			return nil, objects.Errorf(objects.RuntimeErrorType, "lost sys.stdout")
		}
		// Output to a missing stdout (pythonw) is dropped.
		if file == objects.None {
			return objects.None, nil
		}
	}
	sep, err := optionalStr("sep", sepObj, " ")
	if err != nil {
		return nil, err
	}
	end, err := optionalStr("end", endObj, "\n")
	if err != nil {
		return nil, err
	}
	write := func(s objects.Object) error {
		_, err := objects.CallMethod(ts, file, "write", s)
		return err
	}
	for i, v := range values {
		if i > 0 {
			if err := write(objects.NewStr(sep)); err != nil {
				return nil, err
			}
		}
		s, err := objects.StrOf(ts, v)
		if err != nil {
			return nil, err
		}
		if err := write(s); err != nil {
			return nil, err
		}
	}
	if err := write(objects.NewStr(end)); err != nil {
		return nil, err
	}
	if flushObj != nil {
		flush, err := objects.IsTrue(ts, flushObj)
		if err != nil {
			return nil, err
		}
		if flush {
			if _, err := objects.CallMethod(ts, file, "flush"); err != nil {
				return nil, err
			}
		}
	}
	return objects.None, nil
}

func (b *module) input(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("input", len(args), 0, 1); err != nil {
		return nil, err
	}
	stdin, stdout, stderr := b.sysAttr("stdin"), b.sysAttr("stdout"), b.sysAttr("stderr")
	for _, s := range []struct {
		name string
		v    objects.Object
	}{{"stdin", stdin}, {"stdout", stdout}, {"stderr", stderr}} {
		if s.v == nil || s.v == objects.None {
			return nil, objects.Errorf(objects.RuntimeErrorType, "input(): lost sys.%s", s.name)
		}
	}
	// As CPython, flush stderr before prompting, and stdout after the prompt so that it shows.
	if _, err := objects.CallMethod(ts, stderr, "flush"); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		prompt, err := objects.StrOf(ts, args[0])
		if err != nil {
			return nil, err
		}
		if _, err := objects.CallMethod(ts, stdout, "write", prompt); err != nil {
			return nil, err
		}
	}
	if _, err := objects.CallMethod(ts, stdout, "flush"); err != nil {
		return nil, err
	}
	line, err := objects.CallMethod(ts, stdin, "readline")
	if err != nil {
		return nil, err
	}
	s, ok := line.(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "object.readline() returned non-string")
	}
	if s.Len() == 0 {
		return nil, objects.Errorf(objects.EOFErrorType, "EOF when reading a line")
	}
	return objects.NewStr(strings.TrimSuffix(s.Value(), "\n")), nil
}
