package builtins

import (
	"github.com/taipanpy/taipan/objects"
)

// The built-in functions that convert or describe one object: repr, ascii, str-ish
// conversions of ints (bin, oct, hex), chr and ord, format, hash, id, len, callable.

// one is a METH_O built-in from a function of its argument.
func one(name, doc string, f func(ts *objects.Thread, o objects.Object) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethO, Doc: doc,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return f(ts, args[0])
		}}
}

func conversionFunctions() []objects.MethodDef {
	base := func(n int) func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
		return func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
			i, err := objects.Index(ts, o)
			if err != nil {
				return nil, err
			}
			return objects.NewStr(i.FormatBase(n)), nil
		}
	}
	return []objects.MethodDef{
		one("repr", "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.",
			func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return objects.Repr(ts, o) }),
		one("ascii", "Return an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2.",
			func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return objects.ASCII(ts, o) }),
		one("bin", "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'", base(2)),
		one("oct", "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'", base(8)),
		one("hex", "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'", base(16)),
		one("chr", "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.", chr),
		one("ord", "Return the Unicode code point for a one-character string.", ord),
		{Name: "format", Func: format, Flags: objects.MethFastcall,
			Doc: "Return type(value).__format__(value, format_spec)\n\nMany built-in types implement format_spec according to the\nFormat Specification Mini-language. See help('FORMATTING').\n\nIf type(value) does not supply a method named __format__\nand format_spec is empty, then str(value) is returned.\nSee also help('SPECIALATTRIBUTES')."},
		one("hash", "Return the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true.",
			func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				h, err := objects.Hash(ts, o)
				if err != nil {
					return nil, err
				}
				return objects.NewInt(h), nil
			}),
		one("id", "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)",
			func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewInt(int64(objects.ID(o))), nil
			}),
		one("len", "Return the number of items in a container.",
			func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				n, err := objects.Len(ts, o)
				if err != nil {
					return nil, err
				}
				return objects.NewInt(int64(n)), nil
			}),
		one("callable", "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.",
			func(ts *objects.Thread, o objects.Object) (objects.Object, error) {
				return objects.NewBool(o.Type().Slots.Call != nil), nil
			}),
	}
}

func chr(ts *objects.Thread, o objects.Object) (objects.Object, error) {
	if _, isFloat := o.(*objects.Float); isFloat {
		return nil, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return nil, err
	}
	v, small := i.Int64()
	if !small || v < 0 || v > 0x10ffff {
		return nil, objects.Errorf(objects.ValueErrorType, "chr() arg not in range(0x110000)")
	}
	return objects.NewStrFromRunes([]rune{rune(v)}), nil
}

func ord(ts *objects.Thread, o objects.Object) (objects.Object, error) {
	var n int
	switch v := o.(type) {
	case *objects.Str:
		if n = v.Len(); n == 1 {
			return objects.NewInt(int64(v.At(0))), nil
		}
	case *objects.Bytes:
		if n = len(v.Value()); n == 1 {
			return objects.NewInt(int64(v.Value()[0])), nil
		}
	case *objects.ByteArray:
		if n = len(v.Value()); n == 1 {
			return objects.NewInt(int64(v.Value()[0])), nil
		}
	default:
		return nil, objects.Errorf(objects.TypeErrorType, "ord() expected string of length 1, but %s found", o.Type().Name)
	}
	return nil, objects.Errorf(objects.TypeErrorType, "ord() expected a character, but string of length %d found", n)
}

func format(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("format", len(args), 1, 2); err != nil {
		return nil, err
	}
	spec := objects.NewStr("")
	if len(args) == 2 {
		s, ok := args[1].(*objects.Str)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "format() argument 2 must be str, not %s", args[1].Type().Name)
		}
		spec = s
	}
	return objects.Format(ts, args[0], spec)
}
