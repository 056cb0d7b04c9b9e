package io

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// Universal newlines: IncrementalNewlineDecoder, and the newline kinds it records.

// The kinds of newline seen, as bits.
const (
	seenCR = 1 << iota
	seenLF
	seenCRLF
)

// newlinesValue is the newlines attribute for the kinds seen: None, one string, or a
// tuple of them in CPython's order.
func newlinesValue(seen int) objects.Object {
	var names []objects.Object
	for _, k := range []struct {
		bit int
		s   string
	}{{seenCR, "\r"}, {seenLF, "\n"}, {seenCRLF, "\r\n"}} {
		if seen&k.bit != 0 {
			names = append(names, objects.NewStr(k.s))
		}
	}
	switch len(names) {
	case 0:
		return objects.None
	case 1:
		return names[0]
	}
	return objects.NewTuple(names)
}

// recordNewlines adds the kinds of newline in s (which never ends with a lone '\r' that a
// later '\n' could complete) to seen.
func recordNewlines(s string, seen int) int {
	if strings.IndexByte(s, '\r') < 0 {
		if strings.IndexByte(s, '\n') >= 0 {
			seen |= seenLF
		}
		return seen
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			seen |= seenLF
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				seen |= seenCRLF
				i++
			} else {
				seen |= seenCR
			}
		}
	}
	return seen
}

// translateNewlines turns '\r\n' and '\r' into '\n'.
func translateNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// nlDecoder is the state of an IncrementalNewlineDecoder.
type nlDecoder struct {
	// decoder is the wrapped decoder, nil when the input is already text.
	decoder   objects.Object
	translate bool
	pendingCR bool
	seen      int
	ready     bool
}

// decodeText runs text through the newline handling: a final '\r' is held back until the
// next call shows whether '\n' follows.
func (d *nlDecoder) decodeText(s string, final bool) string {
	if d.pendingCR && (s != "" || final) {
		s = "\r" + s
		d.pendingCR = false
	}
	if !final && strings.HasSuffix(s, "\r") {
		s = s[:len(s)-1]
		d.pendingCR = true
	}
	d.seen = recordNewlines(s, d.seen)
	if d.translate {
		s = translateNewlines(s)
	}
	return s
}

var (
	nlInitParser   = objects.ArgParser{FuncName: "IncrementalNewlineDecoder", Params: []string{"decoder", "translate", "errors"}, MinPos: 2, MaxPos: 3}
	nlDecodeParser = objects.ArgParser{FuncName: "decode", Params: []string{"input", "final"}, MinPos: 1, MaxPos: 2}
)

func nlDecoderOf(o *object) (*nlDecoder, error) {
	d, ok := o.impl.(*nlDecoder)
	if !ok || !d.ready {
		return nil, objects.Errorf(objects.ValueErrorType, "IncrementalNewlineDecoder.__init__() not called")
	}
	return d, nil
}

func (s *state) nlDecoderSpec() classSpec {
	return classSpec{name: "IncrementalNewlineDecoder", base: objects.ObjectType,
		doc:     "Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\ndecode input and translates newlines without first invoking an external\ndecoder.",
		newImpl: func() any { return &nlDecoder{} },
		methods: []objects.MethodDef{
			method("__init__", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				a, err := parse(&nlInitParser, args, kwnames)
				if err != nil {
					return nil, err
				}
				tr, err := objects.IsTrue(ts, a[1])
				if err != nil {
					return nil, err
				}
				d := &nlDecoder{translate: tr, ready: true}
				if a[0] != objects.None {
					d.decoder = a[0]
				}
				o.impl = d
				return none()
			}),
			method("decode", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				d, err := nlDecoderOf(o)
				if err != nil {
					return nil, err
				}
				a, err := parse(&nlDecodeParser, args, kwnames)
				if err != nil {
					return nil, err
				}
				final := false
				if a[1] != nil {
					if final, err = objects.IsTrue(ts, a[1]); err != nil {
						return nil, err
					}
				}
				out := a[0]
				if d.decoder != nil {
					var kw *objects.Tuple
					callArgs := []objects.Object{a[0]}
					if final {
						callArgs = append(callArgs, objects.True)
						kw = objects.NewTuple([]objects.Object{objects.NewStr("final")})
					}
					m, err := objects.GetAttr(ts, d.decoder, objects.NewStr("decode"))
					if err != nil {
						return nil, err
					}
					if out, err = objects.Call(ts, m, callArgs, kw); err != nil {
						return nil, err
					}
				}
				str, ok := out.(*objects.Str)
				if !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "decoder should return a string result, not '%s'", out.Type().Name)
				}
				return objects.NewStr(d.decodeText(str.Value(), final)), nil
			}),
			method("getstate", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				d, err := nlDecoderOf(o)
				if err != nil {
					return nil, err
				}
				var buf objects.Object = objects.NewBytes(nil)
				flag := int64(0)
				if d.decoder != nil {
					st, err := call(ts, d.decoder, "getstate")
					if err != nil {
						return nil, err
					}
					t, ok := st.(*objects.Tuple)
					if !ok || t.Len() != 2 {
						return nil, objects.Errorf(objects.TypeErrorType, "illegal decoder state")
					}
					buf = t.Items()[0]
					f, err := intArg(ts, t.Items()[1])
					if err != nil {
						return nil, err
					}
					flag = int64(f) << 1
				}
				if d.pendingCR {
					flag |= 1
				}
				return objects.NewTuple([]objects.Object{buf, objects.NewInt(flag)}), nil
			}),
			method("setstate", objects.MethO, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				d, err := nlDecoderOf(o)
				if err != nil {
					return nil, err
				}
				t, ok := args[0].(*objects.Tuple)
				if !ok || t.Len() != 2 {
					return nil, objects.Errorf(objects.TypeErrorType, "state argument must be a tuple")
				}
				flag, err := intArg(ts, t.Items()[1])
				if err != nil {
					return nil, err
				}
				d.pendingCR = flag&1 != 0
				if d.decoder != nil {
					st := objects.NewTuple([]objects.Object{t.Items()[0], objects.NewInt(int64(flag >> 1))})
					if _, err := call(ts, d.decoder, "setstate", st); err != nil {
						return nil, err
					}
				}
				return none()
			}),
			method("reset", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				d, err := nlDecoderOf(o)
				if err != nil {
					return nil, err
				}
				d.seen, d.pendingCR = 0, false
				if d.decoder != nil {
					if _, err := call(ts, d.decoder, "reset"); err != nil {
						return nil, err
					}
				}
				return none()
			}),
		},
		getsets: []objects.GetSetDef{
			getter("newlines", func(_ *objects.Thread, o *object) (objects.Object, error) {
				d, err := nlDecoderOf(o)
				if err != nil {
					return nil, err
				}
				return newlinesValue(d.seen), nil
			}),
		},
	}
}
