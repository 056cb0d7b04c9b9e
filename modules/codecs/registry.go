package codecs

import (
	"github.com/taipanpy/taipan/objects"
)

// The registry functions: register, unregister, lookup, encode, decode, register_error and
// lookup_error. (_forget_codec is only in CPython's debug builds.)

var (
	encodeArgs = objects.ArgParser{FuncName: "encode", Params: []string{"obj", "encoding", "errors"}, MinPos: 1, MaxPos: 3}
	decodeArgs = objects.ArgParser{FuncName: "decode", Params: []string{"obj", "encoding", "errors"}, MinPos: 1, MaxPos: 3}
)

// registryDocs are the functions' docstrings; the codec functions have none.
var registryDocs = map[string]string{
	"register":       "Register a codec search function.\n\nSearch functions are expected to take one argument, the encoding name in\nall lower case letters, and either return None, or a tuple of functions\n(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object).",
	"unregister":     "Unregister a codec search function and clear the registry's cache.\n\nIf the search function is not registered, do nothing.",
	"lookup":         "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object.",
	"encode":         "Encodes obj using the codec registered for encoding.\n\nThe default encoding is 'utf-8'.  errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.",
	"decode":         "Decodes obj using the codec registered for encoding.\n\nDefault encoding is 'utf-8'.  errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand 'backslashreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.",
	"register_error": "Register the specified error handler under the name errors.\n\nhandler must be a callable object, that will be called with an exception\ninstance containing information about the location of the encoding/decoding\nerror and must return a (replacement, new position) tuple.",
	"lookup_error":   "lookup_error(errors) -> handler\n\nReturn the error handler for the specified error handling name or raise a\nLookupError, if no handler exists under this name.",
}

func registryFuncs() []objects.MethodDef {
	defs := registryDefs()
	for i := range defs {
		defs[i].Doc = registryDocs[defs[i].Name]
	}
	return defs
}

func registryDefs() []objects.MethodDef {
	return []objects.MethodDef{
		positional("register", 1, 1, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			return objects.None, objects.CodecRegister(ts, args[0])
		}),
		positional("unregister", 1, 1, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			objects.CodecUnregister(ts, args[0])
			return objects.None, nil
		}),
		positional("lookup", 1, 1, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			s, err := strArg("lookup", 0, args[0])
			if err != nil {
				return nil, err
			}
			if err := noNulls(s.Value()); err != nil {
				return nil, err
			}
			return objects.CodecLookup(ts, s.Value())
		}),
		codecCall("encode", &encodeArgs, objects.CodecEncode),
		codecCall("decode", &decodeArgs, objects.CodecDecode),
		positional("register_error", 2, 2, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			s, err := strArg("register_error", 1, args[0])
			if err != nil {
				return nil, err
			}
			if err := noNulls(s.Value()); err != nil {
				return nil, err
			}
			return objects.None, objects.RegisterErrorHandler(ts, s.Value(), args[1])
		}),
		positional("lookup_error", 1, 1, func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
			s, err := strArg("lookup_error", 0, args[0])
			if err != nil {
				return nil, err
			}
			if err := noNulls(s.Value()); err != nil {
				return nil, err
			}
			return objects.LookupErrorHandler(ts, s.Value())
		}),
	}
}

// codecCall makes encode or decode: (obj, encoding='utf-8', errors='strict').
func codecCall(name string, parser *objects.ArgParser, call func(*objects.Thread, objects.Object, string, string) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall | objects.MethKeywords,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var a [3]objects.Object
			if err := parser.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			enc, errs := "utf-8", "strict"
			for i, p := range []*string{&enc, &errs} {
				v := a[i+1]
				if v == nil {
					continue
				}
				s, ok := v.(*objects.Str)
				if !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "%s() argument '%s' must be str, not %s", name, parser.Params[i+1], typeName(v))
				}
				if err := noNulls(s.Value()); err != nil {
					return nil, err
				}
				*p = s.Value()
			}
			return call(ts, a[0], enc, errs)
		}}
}
