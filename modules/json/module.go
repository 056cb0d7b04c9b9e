// Package json is CPython's _json module: the accelerated string scanning, decoding and
// encoding that Lib/json uses in place of its pure-Python fallbacks.
package json

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _json module.
var Module = vm.BuiltinModule{Name: "_json", Init: initModule}

// The string encoders are package-level definitions so that an encoder can tell them from
// any other callable by their definition, as CPython's compares C function pointers.
var (
	encodeBasestringASCIIDef = objects.MethodDef{Name: "encode_basestring_ascii", Flags: objects.MethO,
		Doc:  "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string",
		Func: encodeBasestringASCII}
	encodeBasestringDef = objects.MethodDef{Name: "encode_basestring", Flags: objects.MethO,
		Doc:  "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string",
		Func: encodeBasestring}
	scanstringDef = objects.MethodDef{Name: "scanstring", Flags: objects.MethFastcall | objects.MethKeywords,
		Doc: "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\n" +
			"character in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\n" +
			"on attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\n" +
			"Returns a tuple of the decoded string and the index of the character in s\nafter the end quote.",
		Func: scanstring}
)

func initModule(ts *objects.Thread, m *objects.Module) error {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr("json speedups\n"))
	for _, def := range []*objects.MethodDef{&encodeBasestringASCIIDef, &encodeBasestringDef, &scanstringDef} {
		set(def.Name, objects.NewBuiltinFunction(def, m))
	}
	set("make_scanner", ScannerType)
	set("make_encoder", EncoderType)
	return nil
}

// strArg returns the str a function's first argument must be.
func strArg(o objects.Object) (*objects.Str, error) {
	s, ok := o.(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "first argument must be a string, not %.80s", o.Type().Name)
	}
	return s, nil
}

func encodeBasestringASCII(_ *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	s, err := strArg(args[0])
	if err != nil {
		return nil, err
	}
	var w strings.Builder
	w.Grow(s.Len() + 2)
	writeASCIIString(&w, s.Value())
	return objects.NewStr(w.String()), nil
}

func encodeBasestring(_ *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	s, err := strArg(args[0])
	if err != nil {
		return nil, err
	}
	var w strings.Builder
	w.Grow(len(s.Value()) + 2)
	writeString(&w, s.Value())
	return objects.NewStr(w.String()), nil
}

// scanstring is scanstring(string, end, strict=True), whose arguments are parsed as
// PyArg_ParseTuple's "On|p" parses them.
func scanstring(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if kwnames.Len() != 0 {
		return nil, objects.Errorf(objects.TypeErrorType, "scanstring() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, objects.Errorf(objects.TypeErrorType, "scanstring() takes at least 2 arguments (%d given)", len(args))
	}
	if len(args) > 3 {
		return nil, objects.Errorf(objects.TypeErrorType, "scanstring() takes at most 3 arguments (%d given)", len(args))
	}
	end, err := ssizeArg(ts, args[1])
	if err != nil {
		return nil, err
	}
	strict := true
	if len(args) > 2 {
		if strict, err = objects.IsTrue(ts, args[2]); err != nil {
			return nil, err
		}
	}
	s, err := strArg(args[0])
	if err != nil {
		return nil, err
	}
	if end < 0 || end > s.Len() {
		return nil, objects.Errorf(objects.ValueErrorType, "end is out of bounds")
	}
	t := newText(s)
	v, next, err := t.scanString(ts, t.byteOffset(end), strict)
	if err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{v, objects.NewInt(int64(t.cp(next)))}), nil
}
