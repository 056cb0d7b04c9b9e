package objects

import (
	"sync"
)

// The codec registry: search functions (the encodings package registers one when imported),
// the cache of what they found, and the error handlers by name. Each interpreter has its own
// (Thread.SetCodecRegistry); threads without one share a process-wide registry.

// CodecRegistry is one interpreter's codec search functions, codec cache and error handlers.
type CodecRegistry struct {
	mu       sync.Mutex
	search   []Object
	cache    map[string]Object
	handlers map[string]Object
	// encodingsTried is set once the encodings package has been imported (or found missing).
	encodingsTried bool
}

// stdHandlerFuncs are the Python functions of the standard error handlers, shared by every
// registry.
var stdHandlerFuncs = map[string]*BuiltinFunction{
	"strict":            errorHandlerFunc("strict", "strict_errors", "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."),
	"ignore":            errorHandlerFunc("ignore", "ignore_errors", "Implements the 'ignore' error handling, which ignores malformed data and continues."),
	"replace":           errorHandlerFunc("replace", "replace_errors", "Implements the 'replace' error handling, which replaces malformed data with a replacement marker."),
	"xmlcharrefreplace": errorHandlerFunc("xmlcharrefreplace", "xmlcharrefreplace_errors", "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."),
	"backslashreplace":  errorHandlerFunc("backslashreplace", "backslashreplace_errors", "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."),
	"namereplace":       errorHandlerFunc("namereplace", "namereplace_errors", "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."),
	"surrogateescape":   errorHandlerFunc("surrogateescape", "surrogateescape", ""),
	"surrogatepass":     errorHandlerFunc("surrogatepass", "surrogatepass", ""),
}

// NewCodecRegistry returns a registry with no search functions and the standard error
// handlers.
func NewCodecRegistry() *CodecRegistry {
	r := &CodecRegistry{cache: map[string]Object{}, handlers: map[string]Object{}}
	for name, f := range stdHandlerFuncs {
		r.handlers[name] = f
	}
	return r
}

var defaultCodecRegistry = NewCodecRegistry()

// SetCodecRegistry gives the thread its interpreter's codec registry.
func (t *Thread) SetCodecRegistry(r *CodecRegistry) { t.codecs = r }

func codecRegistry(ts *Thread) *CodecRegistry {
	if ts != nil && ts.codecs != nil {
		return ts.codecs
	}
	return defaultCodecRegistry
}

// NormalizeCodecName lowers an encoding name's ASCII letters and turns each run of other
// characters than letters, digits and '.' into one '_' (dropped at either end), as the
// registry does before searching.
func NormalizeCodecName(name string) string {
	b := make([]byte, 0, len(name))
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
			fallthrough
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '.':
			if punct && len(b) > 0 {
				b = append(b, '_')
			}
			punct = false
			b = append(b, c)
		default:
			punct = true
		}
	}
	return string(b)
}

// CodecRegister adds a search function.
func CodecRegister(ts *Thread, search Object) error {
	if search.Type().Slots.Call == nil {
		return Errorf(TypeErrorType, "argument must be callable")
	}
	r := codecRegistry(ts)
	r.mu.Lock()
	r.search = append(r.search, search)
	r.mu.Unlock()
	return nil
}

// CodecUnregister removes a search function and empties the cache.
func CodecUnregister(ts *Thread, search Object) {
	r := codecRegistry(ts)
	r.mu.Lock()
	defer r.mu.Unlock()
	for i, f := range r.search {
		if f == search {
			r.search = append(r.search[:i:i], r.search[i+1:]...)
			r.cache = map[string]Object{}
			return
		}
	}
}

// CodecForget removes an encoding from the cache.
func CodecForget(ts *Thread, encoding string) {
	r := codecRegistry(ts)
	r.mu.Lock()
	delete(r.cache, NormalizeCodecName(encoding))
	r.mu.Unlock()
}

// importEncodings imports the encodings package the first time a codec is looked up, as
// CPython does at startup; without a standard library there is nothing to import.
func importEncodings(ts *Thread, r *CodecRegistry) error {
	r.mu.Lock()
	tried := r.encodingsTried
	r.encodingsTried = true
	r.mu.Unlock()
	if tried {
		return nil
	}
	if _, err := importModule(ts, "encodings"); err != nil {
		if errIs(err, ImportErrorType) {
			return nil
		}
		return err
	}
	return nil
}

// CodecLookup finds the CodecInfo of an encoding through the search functions.
func CodecLookup(ts *Thread, encoding string) (Object, error) {
	r := codecRegistry(ts)
	if err := importEncodings(ts, r); err != nil {
		return nil, err
	}
	norm := NormalizeCodecName(encoding)
	r.mu.Lock()
	if v, ok := r.cache[norm]; ok {
		r.mu.Unlock()
		return v, nil
	}
	search := append([]Object(nil), r.search...)
	r.mu.Unlock()
	key := NewStr(norm)
	for _, f := range search {
		v, err := Call(ts, f, []Object{key}, nil)
		if err != nil {
			return nil, err
		}
		if v == None {
			continue
		}
		if t, ok := v.(*Tuple); !ok || len(t.items) != 4 {
			return nil, Errorf(TypeErrorType, "codec search functions must return 4-tuples")
		}
		r.mu.Lock()
		r.cache[norm] = v
		r.mu.Unlock()
		return v, nil
	}
	return nil, Errorf(LookupErrorType, "unknown encoding: %s", encoding)
}

// RegisterErrorHandler registers an error handler under name.
func RegisterErrorHandler(ts *Thread, name string, handler Object) error {
	if handler.Type().Slots.Call == nil {
		return Errorf(TypeErrorType, "handler must be callable")
	}
	r := codecRegistry(ts)
	r.mu.Lock()
	r.handlers[name] = handler
	r.mu.Unlock()
	return nil
}

// LookupErrorHandler returns the error handler registered under name.
func LookupErrorHandler(ts *Thread, name string) (Object, error) {
	if name == "" {
		name = "strict"
	}
	r := codecRegistry(ts)
	r.mu.Lock()
	h, ok := r.handlers[name]
	r.mu.Unlock()
	if !ok {
		return nil, Errorf(LookupErrorType, "unknown error handler name '%s'", name)
	}
	return h, nil
}

// codecItem returns item i of a CodecInfo: 0 the encoder, 1 the decoder.
func codecItem(info Object, i int) Object { return info.(*Tuple).items[i] }

// lookupTextEncoding finds a codec for str.encode or bytes.decode, refusing one that says it
// is not a text encoding.
func lookupTextEncoding(ts *Thread, encoding, alternative string) (Object, error) {
	info, err := CodecLookup(ts, encoding)
	if err != nil {
		return nil, err
	}
	if _, ok := info.(*Tuple); ok && info.Type() != TupleType {
		attr, err := GetAttr(ts, info, NewStr("_is_text_encoding"))
		if err == nil {
			isText, err := IsTrue(ts, attr)
			if err != nil {
				return nil, err
			}
			if !isText {
				return nil, Errorf(LookupErrorType, "'%s' is not a text encoding; use %s to handle arbitrary codecs", encoding, alternative)
			}
		} else if !errIs(err, AttributeErrorType) {
			return nil, err
		}
	}
	return info, nil
}

// callCodec calls a codec's encoder or decoder with (obj, errors), errors left out when "",
// and returns the first item of the (result, length) tuple it must give. A failure gets
// the note CPython adds.
func callCodec(ts *Thread, fn, obj Object, encoding, errors, operation string) (Object, error) {
	args := []Object{obj}
	if errors != "" {
		args = append(args, NewStr(errors))
	}
	res, err := Call(ts, fn, args, nil)
	if err != nil {
		return nil, noteCodecFailure(ts, err, operation, encoding)
	}
	t, ok := res.(*Tuple)
	if !ok || len(t.items) != 2 {
		if operation == "encoding" {
			return nil, Errorf(TypeErrorType, "encoder must return a tuple (object, integer)")
		}
		return nil, Errorf(TypeErrorType, "decoder must return a tuple (object,integer)")
	}
	return t.items[0], nil
}

// CodecEncode is codecs.encode: obj through the encoding's encoder, whatever the types.
func CodecEncode(ts *Thread, obj Object, encoding, errors string) (Object, error) {
	info, err := CodecLookup(ts, encoding)
	if err != nil {
		// Without the encodings package the Go codecs still answer for their names.
		if s, isStr := obj.(*Str); isStr && errIs(err, LookupErrorType) {
			if c, _ := findNativeCodec(encoding); c != nil {
				b, err := c.encode(ts, s, errors)
				if err != nil {
					return nil, noteCodecFailure(ts, err, "encoding", encoding)
				}
				return NewBytesString(b), nil
			}
		}
		return nil, err
	}
	return callCodec(ts, codecItem(info, 0), obj, encoding, errors, "encoding")
}

// CodecDecode is codecs.decode.
func CodecDecode(ts *Thread, obj Object, encoding, errors string) (Object, error) {
	info, err := CodecLookup(ts, encoding)
	if err != nil {
		if data, isBytes := BytesLikeData(obj); isBytes && errIs(err, LookupErrorType) {
			if c, _ := findNativeCodec(encoding); c != nil {
				s, err := c.decode(ts, data, errors)
				if err != nil {
					return nil, noteCodecFailure(ts, err, "decoding", encoding)
				}
				return s, nil
			}
		}
		return nil, err
	}
	return callCodec(ts, codecItem(info, 1), obj, encoding, errors, "decoding")
}

// errIs reports whether err is a Python exception of class t or a subclass.
func errIs(err error, t *Type) bool {
	e, ok := err.(*BaseException)
	return ok && e.Type().IsSubtype(t)
}
