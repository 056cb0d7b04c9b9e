// Package stringmod is CPython's _string module: the parsers of format strings and field
// names that Lib/string.py's Formatter is built on.
package stringmod

import (
	"math"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _string module.
var Module = vm.BuiltinModule{Name: "_string", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := []*objects.MethodDef{
		{Name: "formatter_parser", Flags: objects.MethO, Func: formatterParser,
			Doc: "parse the argument as a format string"},
		{Name: "formatter_field_name_split", Flags: objects.MethO, Func: fieldNameSplit,
			Doc: "split the argument as a field name"},
	}
	for _, d := range defs {
		m.Dict.SetStr(objects.NewStr(d.Name), objects.NewBuiltinFunction(d, m))
	}
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("string helper module"))
	return nil
}

// strArg returns the Go string of a str argument.
func strArg(o objects.Object) (string, error) {
	s, ok := o.(*objects.Str)
	if !ok {
		return "", objects.Errorf(objects.TypeErrorType, "expected str, got %s", o.Type().Name)
	}
	return s.Value(), nil
}

// formatterParser is formatter_parser(str): an iterator over the (literal_text, field_name,
// format_spec, conversion) tuples of a format string.
func formatterParser(_ *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	s, err := strArg(args[0])
	if err != nil {
		return nil, err
	}
	return &formatterIter{s: s}, nil
}

// fieldNameSplit is formatter_field_name_split(str): the first part of a field name (an int
// when it is decimal digits) and an iterator over the (is_attribute, key) pairs that follow.
func fieldNameSplit(_ *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	s, err := strArg(args[0])
	if err != nil {
		return nil, err
	}
	end := 0
	for end < len(s) && s[end] != '.' && s[end] != '[' {
		end++
	}
	first, err := nameObject(s[:end])
	if err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{first, &fieldNameIter{rest: s[end:]}}), nil
}

// nameObject is a field name part: an int when it is all decimal digits, else the str.
func nameObject(s string) (objects.Object, error) {
	n, ok, err := decimal(s)
	if err != nil {
		return nil, err
	}
	if ok {
		return objects.NewInt(int64(n)), nil
	}
	return objects.NewStr(s), nil
}

// decimal is get_integer: the value of a non-empty run of decimal digits.
func decimal(s string) (int, bool, error) {
	if s == "" {
		return 0, false, nil
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false, nil
		}
		d := int(c - '0')
		if n > (math.MaxInt-d)/10 {
			return 0, false, objects.Errorf(objects.ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, true, nil
}
