package io

import (
	"github.com/taipanpy/taipan/objects"
)

// The TextIOWrapper class: its methods and attributes over the state in textio.go.

// textMethod makes a method of an attached TextIOWrapper, checking first that its buffer is
// open when checkClosed is set.
func (s *state) textMethod(name string, flags objects.MethodFlags, checkClosed bool, f func(ts *objects.Thread, o *object, t *textIO, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return method(name, flags, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		t, err := s.textOf(o)
		if err != nil {
			return nil, err
		}
		if checkClosed {
			if err := t.checkClosed(ts); err != nil {
				return nil, err
			}
		}
		return f(ts, o, t, args)
	})
}

// bufferAttr makes an attribute read from the buffer.
func (s *state) bufferAttr(name string) objects.GetSetDef {
	return getter(name, func(ts *objects.Thread, o *object) (objects.Object, error) {
		t, err := s.textOf(o)
		if err != nil {
			return nil, err
		}
		return objects.GetAttr(ts, t.buffer, objects.NewStr(name))
	})
}

// textGetter makes an attribute computed from the state, which a detached wrapper keeps.
func (s *state) textGetter(name string, f func(t *textIO) objects.Object) objects.GetSetDef {
	return getter(name, func(ts *objects.Thread, o *object) (objects.Object, error) {
		t, ok := o.impl.(*textIO)
		if !ok || !t.ready {
			return nil, errUninitialized()
		}
		return f(t), nil
	})
}

// textNext is TextIOWrapper.__next__: the next line, which also disables tell() until the
// end or a flush, as CPython's does.
func (s *state) textNext(ts *objects.Thread, o *object) (objects.Object, error) {
	t, err := s.textOf(o)
	if err != nil {
		return nil, err
	}
	if err := t.checkClosed(ts); err != nil {
		return nil, err
	}
	t.telling = false
	var line objects.Object
	if o.cls == s.textIOWrapper {
		text, err := t.readline(ts, -1)
		if err != nil {
			return nil, err
		}
		line = objects.NewStr(text)
	} else if line, err = call(ts, o, "readline"); err != nil {
		return nil, err
	}
	if str, ok := line.(*objects.Str); ok && str.Len() == 0 {
		t.telling = t.seekable
		return nil, nil
	}
	return line, nil
}

const utf8BOM = "\xef\xbb\xbf"

var reconfigureParser = objects.ArgParser{FuncName: "reconfigure", Params: []string{"encoding", "errors", "newline", "line_buffering", "write_through"}}

func (s *state) textIOWrapperSpec() classSpec {
	forward := func(name string) objects.MethodDef {
		return s.textMethod(name, objects.MethNoArgs, false, func(ts *objects.Thread, _ *object, t *textIO, _ []objects.Object) (objects.Object, error) {
			return call(ts, t.buffer, name)
		})
	}
	chunkSize := s.textGetter("_CHUNK_SIZE", func(t *textIO) objects.Object { return objects.NewInt(int64(t.chunkSize)) })
	chunkSize.Set = func(ts *objects.Thread, self, v objects.Object) error {
		o, ok := self.(*object)
		if !ok {
			return objects.Errorf(objects.TypeErrorType, "descriptor '_CHUNK_SIZE' requires an _io object")
		}
		t, err := s.textOf(o)
		if err != nil {
			return err
		}
		if v == nil {
			return objects.Errorf(objects.AttributeErrorType, "cannot delete attribute")
		}
		n, err := intArg(ts, v)
		if err != nil {
			return err
		}
		if n <= 0 {
			return objects.Errorf(objects.ValueErrorType, "a strictly positive integer is required")
		}
		t.chunkSize = n
		return nil
	}
	return classSpec{name: "TextIOWrapper", base: s.textIOBase, doc: textIOWrapperDoc,
		newImpl:     func() any { return &textIO{} },
		unpicklable: true,
		iterNext:    s.textNext,
		methods: []objects.MethodDef{
			method("__init__", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return s.textInit(ts, o, args, kwnames)
			}),
			s.textMethod("read", objects.MethFastcall, true, func(ts *objects.Thread, _ *object, t *textIO, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "read", args)
				if err != nil {
					return nil, err
				}
				if err := t.checkReadable(ts, s); err != nil {
					return nil, err
				}
				text, err := t.read(ts, n)
				if err != nil {
					return nil, err
				}
				return objects.NewStr(text), nil
			}),
			s.textMethod("readline", objects.MethFastcall, true, func(ts *objects.Thread, _ *object, t *textIO, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "readline", args)
				if err != nil {
					return nil, err
				}
				line, err := t.readline(ts, n)
				if err != nil {
					return nil, err
				}
				return objects.NewStr(line), nil
			}),
			s.textMethod("write", objects.MethO, true, func(ts *objects.Thread, _ *object, t *textIO, args []objects.Object) (objects.Object, error) {
				str, ok := args[0].(*objects.Str)
				if !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "write() argument must be str, not %s", args[0].Type().Name)
				}
				return t.write(ts, s, str)
			}),
			s.textMethod("flush", objects.MethNoArgs, true, func(ts *objects.Thread, _ *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				t.telling = t.seekable
				if err := t.writeFlush(ts); err != nil {
					return nil, err
				}
				return call(ts, t.buffer, "flush")
			}),
			s.textMethod("close", objects.MethNoArgs, false, func(ts *objects.Thread, o *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				closed, err := attrBool(ts, t.buffer, "closed")
				if err != nil || closed {
					return objects.None, err
				}
				_, ferr := call(ts, o, "flush")
				_, cerr := call(ts, t.buffer, "close")
				if ferr != nil {
					return nil, ferr
				}
				if cerr != nil {
					return nil, cerr
				}
				return none()
			}),
			s.textMethod("detach", objects.MethNoArgs, false, func(ts *objects.Thread, o *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				if _, err := call(ts, o, "flush"); err != nil {
					return nil, err
				}
				b := t.buffer
				t.buffer, t.fastBuf, t.detached = nil, nil, true
				return b, nil
			}),
			s.textMethod("tell", objects.MethNoArgs, true, func(ts *objects.Thread, _ *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				return t.tell(ts, s)
			}),
			s.textMethod("seek", objects.MethFastcall, true, func(ts *objects.Thread, o *object, t *textIO, args []objects.Object) (objects.Object, error) {
				if err := objects.CheckPositional("seek", len(args), 1, 2); err != nil {
					return nil, err
				}
				whence := 0
				if len(args) == 2 {
					var err error
					if whence, err = intArg(ts, args[1]); err != nil {
						return nil, err
					}
				}
				if !t.seekable {
					return nil, s.unsupportedErr("underlying stream is not seekable")
				}
				cookie := args[0]
				switch whence {
				case 0:
				case 1, 2:
					zero, err := objects.Equal(ts, cookie, objects.NewInt(0))
					if err != nil {
						return nil, err
					}
					if !zero {
						if whence == 1 {
							return nil, s.unsupportedErr("can't do nonzero cur-relative seeks")
						}
						return nil, s.unsupportedErr("can't do nonzero end-relative seeks")
					}
					if whence == 1 {
						var err error
						if cookie, err = call(ts, o, "tell"); err != nil {
							return nil, err
						}
						break
					}
					if _, err := call(ts, o, "flush"); err != nil {
						return nil, err
					}
					t.resetDecoder()
					return call(ts, t.buffer, "seek", objects.NewInt(0), objects.NewInt(2))
				default:
					return nil, objects.Errorf(objects.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
				}
				ci, err := objects.Index(ts, cookie)
				if err != nil {
					return nil, err
				}
				if ci.Sign() < 0 {
					r, _ := objects.Repr(ts, cookie)
					return nil, objects.Errorf(objects.ValueErrorType, "negative seek position %s", r.Value())
				}
				if _, err := call(ts, o, "flush"); err != nil {
					return nil, err
				}
				if err := t.seekCookie(ts, parseCookie(ci)); err != nil {
					return nil, err
				}
				return cookie, nil
			}),
			s.textMethod("truncate", objects.MethFastcall, false, func(ts *objects.Thread, o *object, t *textIO, args []objects.Object) (objects.Object, error) {
				if err := objects.CheckPositional("truncate", len(args), 0, 1); err != nil {
					return nil, err
				}
				if _, err := call(ts, o, "flush"); err != nil {
					return nil, err
				}
				var pos objects.Object = objects.None
				if len(args) == 1 {
					pos = args[0]
				}
				return call(ts, t.buffer, "truncate", pos)
			}),
			s.textMethod("seekable", objects.MethNoArgs, true, func(ts *objects.Thread, _ *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				return objects.NewBool(t.seekable), nil
			}),
			forward("readable"), forward("writable"), forward("fileno"), forward("isatty"),
			method("reconfigure", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				t, err := s.textOf(o)
				if err != nil {
					return nil, err
				}
				a, err := parse(&reconfigureParser, args, kwnames)
				if err != nil {
					return nil, err
				}
				if _, err := call(ts, o, "flush"); err != nil {
					return nil, err
				}
				enc, encGiven, err := optStrArg("reconfigure", "encoding", a[0])
				if err != nil {
					return nil, err
				}
				errs, errsGiven, err := optStrArg("reconfigure", "errors", a[1])
				if err != nil {
					return nil, err
				}
				if encGiven {
					if err := t.setEncoding(enc, true); err != nil {
						return nil, err
					}
					if !errsGiven {
						t.errors = "strict"
					}
				}
				if errsGiven {
					t.errors = errs
				}
				if a[2] != nil {
					nl, given, err := optStrArg("reconfigure", "newline", a[2])
					if err != nil {
						return nil, err
					}
					if err := t.setNewline(nl, given); err != nil {
						return nil, err
					}
				}
				for i, dst := range []*bool{&t.lineBuffering, &t.writeThrough} {
					if v := a[3+i]; v != nil && v != objects.None {
						if *dst, err = objects.IsTrue(ts, v); err != nil {
							return nil, err
						}
					}
				}
				return none()
			}),
			method("__repr__", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				t, ok := o.impl.(*textIO)
				if !ok || !t.ready {
					return objects.NewStr("<" + s.typeName(o) + ">"), nil
				}
				extra := ""
				if mode, err := objects.GetAttr(ts, o, objects.NewStr("mode")); err == nil {
					r, err := objects.Repr(ts, mode)
					if err != nil {
						return nil, err
					}
					extra = " mode=" + r.Value()
				} else if !objects.IsAttributeError(err) {
					return nil, err
				}
				r, err := objects.Repr(ts, objects.NewStr(t.encoding))
				if err != nil {
					return nil, err
				}
				return s.reprWithName(ts, o, extra+" encoding="+r.Value())
			}),
		},
		getsets: []objects.GetSetDef{
			s.textGetter("encoding", func(t *textIO) objects.Object { return objects.NewStr(t.encoding) }),
			s.textGetter("errors", func(t *textIO) objects.Object { return objects.NewStr(t.errors) }),
			s.textGetter("line_buffering", func(t *textIO) objects.Object { return objects.NewBool(t.lineBuffering) }),
			s.textGetter("write_through", func(t *textIO) objects.Object { return objects.NewBool(t.writeThrough) }),
			s.textGetter("buffer", func(t *textIO) objects.Object {
				if t.buffer == nil {
					return objects.None
				}
				return t.buffer
			}),
			s.textGetter("newlines", func(t *textIO) objects.Object {
				if !t.readUniversal {
					return objects.None
				}
				return newlinesValue(t.seen)
			}),
			s.bufferAttr("closed"), s.bufferAttr("name"),
			chunkSize,
			getter("_finalizing", func(*objects.Thread, *object) (objects.Object, error) { return objects.False, nil }),
		},
	}
}

const textIOWrapperDoc = "Character and line based layer over a BufferedIOBase object, buffer.\n\nencoding gives the name of the encoding that the stream will be\ndecoded or encoded with. It defaults to locale.getencoding().\n\nerrors determines the strictness of encoding and decoding (see\nhelp(codecs.Codec) or the documentation for codecs.register) and\ndefaults to \"strict\".\n\nnewline controls how line endings are handled. It can be None, '',\n'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' characters written are\n  translated to the given string.\n\nIf line_buffering is True, a call to flush is implied when a call to\nwrite contains a newline character."
