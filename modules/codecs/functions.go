package codecs

import (
	"github.com/taipanpy/taipan/objects"
)

// The codec functions: each encoder takes (str, errors=None) and returns (bytes, length of
// str); each decoder takes (data, errors=None[, final]) and returns (str, bytes consumed).

type strEncoder func(ts *objects.Thread, s *objects.Str, errors string) (string, error)

// encoder makes name(str, errors=None, /).
func encoder(name string, enc strEncoder) objects.MethodDef {
	return positional(name, 1, 2, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
		s, err := strArg(name, 1, args[0])
		if err != nil {
			return nil, err
		}
		errs, err := errorsArg(name, args, 1)
		if err != nil {
			return nil, err
		}
		b, err := enc(ts, s, errs)
		if err != nil {
			return nil, err
		}
		return pair(objects.NewBytesString(b), s.Len()), nil
	})
}

// byteorderEncoder makes name(str, errors=None, byteorder=0, /).
func byteorderEncoder(name string, enc func(*objects.Thread, *objects.Str, string, int) (string, error)) objects.MethodDef {
	return positional(name, 1, 3, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
		s, err := strArg(name, 1, args[0])
		if err != nil {
			return nil, err
		}
		errs, err := errorsArg(name, args, 1)
		if err != nil {
			return nil, err
		}
		bo, err := intArg(ts, args, 2, 0)
		if err != nil {
			return nil, err
		}
		b, err := enc(ts, s, errs, bo)
		if err != nil {
			return nil, err
		}
		return pair(objects.NewBytesString(b), s.Len()), nil
	})
}

type finalDecoder func(ts *objects.Thread, data string, dataObj objects.Object, errors string, final bool) (*objects.Str, int, error)

// decoder makes name(data, errors=None, final=defFinal, /); acceptStr lets data be a str.
func decoder(name string, defFinal, acceptStr bool, dec finalDecoder) objects.MethodDef {
	return positional(name, 1, 3, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
		data, err := bufferArg(ts, name, args[0], acceptStr)
		if err != nil {
			return nil, err
		}
		errs, err := errorsArg(name, args, 1)
		if err != nil {
			return nil, err
		}
		final, err := boolArg(ts, args, 2, defFinal)
		if err != nil {
			return nil, err
		}
		s, n, err := dec(ts, data, dataObject(args[0]), errs, final)
		if err != nil {
			return nil, err
		}
		if final {
			// The whole input counts as consumed, whatever an error handler did to it.
			n = len(data)
		}
		return pair(s, n), nil
	})
}

// dataObject is what a decoder's Unicode errors hold: the bytes given, else a copy.
func dataObject(v objects.Object) objects.Object {
	if b, ok := v.(*objects.Bytes); ok && b.Type() == objects.BytesType {
		return b
	}
	return nil
}

type utfDecoder func(ts *objects.Thread, data string, dataObj objects.Object, errors string, byteorder int, final bool) (*objects.Str, int, int, error)

// utfDecoder makes a UTF-16 or UTF-32 decoder of a fixed byte order.
func orderDecoder(name string, byteorder int, dec utfDecoder) objects.MethodDef {
	return decoder(name, false, false, func(ts *objects.Thread, data string, dataObj objects.Object, errors string, final bool) (*objects.Str, int, error) {
		s, n, _, err := dec(ts, data, dataObj, errors, byteorder, final)
		return s, n, err
	})
}

// exDecoder makes name(data, errors=None, byteorder=0, final=False, /), which returns the
// byte order found as well.
func exDecoder(name string, dec utfDecoder) objects.MethodDef {
	return positional(name, 1, 4, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
		data, err := bufferArg(ts, name, args[0], false)
		if err != nil {
			return nil, err
		}
		errs, err := errorsArg(name, args, 1)
		if err != nil {
			return nil, err
		}
		bo, err := intArg(ts, args, 2, 0)
		if err != nil {
			return nil, err
		}
		final, err := boolArg(ts, args, 3, false)
		if err != nil {
			return nil, err
		}
		s, n, order, err := dec(ts, data, dataObject(args[0]), errs, bo, final)
		if err != nil {
			return nil, err
		}
		if final {
			n = len(data)
		}
		return objects.NewTuple([]objects.Object{s, objects.NewInt(int64(n)), objects.NewInt(int64(order))}), nil
	})
}

// simpleDecoder makes name(data, errors=None, /) for a decoder without incremental state.
func simpleDecoder(name string, dec func(ts *objects.Thread, data string, dataObj objects.Object, errors string) (*objects.Str, error)) objects.MethodDef {
	return positional(name, 1, 2, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
		data, err := bufferArg(ts, name, args[0], false)
		if err != nil {
			return nil, err
		}
		errs, err := errorsArg(name, args, 1)
		if err != nil {
			return nil, err
		}
		s, err := dec(ts, data, dataObject(args[0]), errs)
		if err != nil {
			return nil, err
		}
		return pair(s, len(data)), nil
	})
}

func codecFuncs() []objects.MethodDef {
	noFail := func(f func(*objects.Str) string) strEncoder {
		return func(ts *objects.Thread, s *objects.Str, _ string) (string, error) { return f(s), nil }
	}
	order := func(f func(*objects.Thread, *objects.Str, string, int) (string, error), bo int) strEncoder {
		return func(ts *objects.Thread, s *objects.Str, errors string) (string, error) { return f(ts, s, errors, bo) }
	}
	return []objects.MethodDef{
		encoder("utf_8_encode", objects.EncodeUTF8),
		decoder("utf_8_decode", false, false, objects.DecodeUTF8),
		encoder("utf_7_encode", noFail(objects.EncodeUTF7)),
		decoder("utf_7_decode", false, false, objects.DecodeUTF7),
		byteorderEncoder("utf_16_encode", objects.EncodeUTF16),
		encoder("utf_16_le_encode", order(objects.EncodeUTF16, -1)),
		encoder("utf_16_be_encode", order(objects.EncodeUTF16, 1)),
		orderDecoder("utf_16_decode", 0, objects.DecodeUTF16),
		orderDecoder("utf_16_le_decode", -1, objects.DecodeUTF16),
		orderDecoder("utf_16_be_decode", 1, objects.DecodeUTF16),
		exDecoder("utf_16_ex_decode", objects.DecodeUTF16),
		byteorderEncoder("utf_32_encode", objects.EncodeUTF32),
		encoder("utf_32_le_encode", order(objects.EncodeUTF32, -1)),
		encoder("utf_32_be_encode", order(objects.EncodeUTF32, 1)),
		orderDecoder("utf_32_decode", 0, objects.DecodeUTF32),
		orderDecoder("utf_32_le_decode", -1, objects.DecodeUTF32),
		orderDecoder("utf_32_be_decode", 1, objects.DecodeUTF32),
		exDecoder("utf_32_ex_decode", objects.DecodeUTF32),
		encoder("latin_1_encode", objects.EncodeLatin1),
		simpleDecoder("latin_1_decode", func(ts *objects.Thread, data string, _ objects.Object, _ string) (*objects.Str, error) {
			return objects.DecodeLatin1(data), nil
		}),
		encoder("ascii_encode", objects.EncodeASCII),
		simpleDecoder("ascii_decode", objects.DecodeASCII),
		encoder("unicode_escape_encode", noFail(objects.EncodeUnicodeEscape)),
		decoder("unicode_escape_decode", true, true, objects.DecodeUnicodeEscape),
		encoder("raw_unicode_escape_encode", noFail(objects.EncodeRawUnicodeEscape)),
		decoder("raw_unicode_escape_decode", true, true, objects.DecodeRawUnicodeEscape),
		positional("escape_encode", 1, 2, escapeEncode),
		positional("escape_decode", 1, 2, escapeDecode),
		positional("charmap_encode", 1, 3, charmapEncode),
		positional("charmap_decode", 1, 3, charmapDecode),
		positional("charmap_build", 1, 1, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			s, err := strArg("charmap_build", 0, args[0])
			if err != nil {
				return nil, err
			}
			return objects.CharmapBuild(ts, s)
		}),
		positional("readbuffer_encode", 1, 2, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			data, err := bufferArg(ts, "readbuffer_encode", args[0], true)
			if err != nil {
				return nil, err
			}
			if _, err := errorsArg("readbuffer_encode", args, 1); err != nil {
				return nil, err
			}
			return pair(objects.NewBytesString(data), len(data)), nil
		}),
	}
}

func escapeEncode(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	b, ok := args[0].(*objects.Bytes)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "escape_encode() argument 1 must be bytes, not %s", typeName(args[0]))
	}
	if _, err := errorsArg("escape_encode", args, 1); err != nil {
		return nil, err
	}
	data := b.Value()
	return pair(objects.NewBytesString(objects.EscapeEncode(data)), len(data)), nil
}

func escapeDecode(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	data, err := bufferArg(ts, "escape_decode", args[0], true)
	if err != nil {
		return nil, err
	}
	errs, err := errorsArg("escape_decode", args, 1)
	if err != nil {
		return nil, err
	}
	out, err := objects.EscapeDecode(data, errs)
	if err != nil {
		return nil, err
	}
	return pair(objects.NewBytesString(out), len(data)), nil
}

func charmapEncode(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	s, err := strArg("charmap_encode", 1, args[0])
	if err != nil {
		return nil, err
	}
	errs, err := errorsArg("charmap_encode", args, 1)
	if err != nil {
		return nil, err
	}
	var mapping objects.Object
	if len(args) > 2 {
		mapping = args[2]
	}
	b, err := objects.CharmapEncode(ts, s, errs, mapping)
	if err != nil {
		return nil, err
	}
	return pair(objects.NewBytesString(b), s.Len()), nil
}

func charmapDecode(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	data, err := bufferArg(ts, "charmap_decode", args[0], false)
	if err != nil {
		return nil, err
	}
	errs, err := errorsArg("charmap_decode", args, 1)
	if err != nil {
		return nil, err
	}
	var mapping objects.Object
	if len(args) > 2 {
		mapping = args[2]
	}
	s, err := objects.CharmapDecode(ts, data, dataObject(args[0]), errs, mapping)
	if err != nil {
		return nil, err
	}
	return pair(s, len(data)), nil
}
