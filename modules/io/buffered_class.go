package io

import (
	"github.com/taipanpy/taipan/objects"
)

// The BufferedReader, BufferedWriter and BufferedRandom classes: their methods and
// attributes over the state in buffered.go.

// bufferedMethod makes a method of an initialized buffered object, checking first that its
// raw stream is open when closedMsg is not empty.
func bufferedMethod(name string, flags objects.MethodFlags, closedMsg string, f func(ts *objects.Thread, o *object, b *buffered, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return method(name, flags, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		b, err := bufOf(o)
		if err != nil {
			return nil, err
		}
		if closedMsg != "" {
			if err := b.checkClosed(ts, closedMsg); err != nil {
				return nil, err
			}
		}
		return f(ts, o, b, args)
	})
}

// bytesOrNone is the result of a read: nil is None.
func bytesOrNone(p []byte) objects.Object {
	if p == nil {
		return objects.None
	}
	return objects.NewBytes(p)
}

// delegate makes a method that calls the raw stream's method of the same name.
func delegate(name string) objects.MethodDef {
	return bufferedMethod(name, objects.MethNoArgs, "", func(ts *objects.Thread, _ *object, b *buffered, _ []objects.Object) (objects.Object, error) {
		return call(ts, b.raw, name)
	})
}

func (s *state) bufferedSpec(name string, readable, writable bool) classSpec {
	init := method("__init__", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		p := bufferedInitParser
		p.FuncName = name
		a, err := parse(&p, args, kwnames)
		if err != nil {
			return nil, err
		}
		raw := a[0]
		checks := []struct {
			on         bool
			test, what string
		}{{readable && writable, "seekable", "seekable"}, {readable, "readable", "readable"}, {writable, "writable", "writable"}}
		for _, c := range checks {
			if !c.on {
				continue
			}
			ok, err := callBool(ts, raw, c.test)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, s.unsupportedErr("File or stream is not " + c.what + ".")
			}
		}
		size := defaultBufferSize
		if a[1] != nil {
			if size, err = intArg(ts, a[1]); err != nil {
				return nil, err
			}
		}
		if size <= 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "buffer size must be strictly positive")
		}
		b := &buffered{raw: raw, size: size, readable: readable, writable: writable}
		if ro, ok := raw.(*object); ok && ro.cls == s.fileIO {
			b.fast, _ = ro.impl.(*fileIO)
		}
		o.impl = b
		s.track(o, b, nil)
		return none()
	})
	methods := []objects.MethodDef{
		init,
		bufferedMethod("flush", objects.MethNoArgs, "flush of closed file", func(ts *objects.Thread, _ *object, b *buffered, _ []objects.Object) (objects.Object, error) {
			if err := b.flushWrites(ts); err != nil {
				return nil, err
			}
			if b.readable && b.writable {
				if err := b.dropReadAhead(ts); err != nil {
					return nil, err
				}
			}
			return none()
		}),
		method("close", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			b, err := bufOf(o)
			if err != nil {
				return nil, err
			}
			closed, err := attrBool(ts, b.raw, "closed")
			if err != nil {
				return nil, err
			}
			if closed {
				return none()
			}
			_, ferr := call(ts, o, "flush")
			_, cerr := call(ts, b.raw, "close")
			b.rbuf, b.rpos = nil, 0
			if ferr != nil {
				return nil, ferr
			}
			if cerr != nil {
				return nil, cerr
			}
			return none()
		}),
		bufferedMethod("detach", objects.MethNoArgs, "", func(ts *objects.Thread, o *object, b *buffered, _ []objects.Object) (objects.Object, error) {
			if _, err := call(ts, o, "flush"); err != nil {
				return nil, err
			}
			raw := b.raw
			b.raw, b.fast, b.detached = nil, nil, true
			return raw, nil
		}),
		delegate("seekable"), delegate("readable"), delegate("writable"), delegate("fileno"), delegate("isatty"),
		bufferedMethod("_dealloc_warn", objects.MethO, "", func(ts *objects.Thread, _ *object, b *buffered, args []objects.Object) (objects.Object, error) {
			return none()
		}),
		bufferedMethod("tell", objects.MethNoArgs, "", func(ts *objects.Thread, _ *object, b *buffered, _ []objects.Object) (objects.Object, error) {
			pos, err := b.tell(ts)
			if err != nil {
				return nil, err
			}
			return objects.NewInt(pos), nil
		}),
		bufferedMethod("seek", objects.MethFastcall, "", func(ts *objects.Thread, _ *object, b *buffered, args []objects.Object) (objects.Object, error) {
			target, whence, err := seekArgs(ts, args)
			if err != nil {
				return nil, err
			}
			if whence < 0 || whence > 2 {
				return nil, objects.Errorf(objects.ValueErrorType, "whence value %d unsupported", whence)
			}
			if err := b.checkClosed(ts, "seek of closed file"); err != nil {
				return nil, err
			}
			if ok, err := callBool(ts, b.raw, "seekable"); err != nil {
				return nil, err
			} else if !ok {
				return nil, s.unsupportedErr("File or stream is not seekable.")
			}
			pos, err := b.seek(ts, int64(target), whence)
			if err != nil {
				return nil, err
			}
			return objects.NewInt(pos), nil
		}),
		bufferedMethod("truncate", objects.MethFastcall, "truncate of closed file", func(ts *objects.Thread, _ *object, b *buffered, args []objects.Object) (objects.Object, error) {
			if err := objects.CheckPositional("truncate", len(args), 0, 1); err != nil {
				return nil, err
			}
			if !b.writable {
				return nil, s.unsupportedErr("truncate")
			}
			if err := b.flushWrites(ts); err != nil {
				return nil, err
			}
			if err := b.dropReadAhead(ts); err != nil {
				return nil, err
			}
			var pos objects.Object = objects.None
			if len(args) == 1 {
				pos = args[0]
			}
			return call(ts, b.raw, "truncate", pos)
		}),
		method("__repr__", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return s.reprWithName(ts, o, "")
		}),
	}
	if readable {
		methods = append(methods,
			bufferedMethod("read", objects.MethFastcall, "", func(ts *objects.Thread, _ *object, b *buffered, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "read", args)
				if err != nil {
					return nil, err
				}
				if n < -1 {
					return nil, objects.Errorf(objects.ValueErrorType, "read length must be non-negative or -1")
				}
				if err := b.checkClosed(ts, "read of closed file"); err != nil {
					return nil, err
				}
				p, err := b.read(ts, n)
				if err != nil {
					return nil, err
				}
				return bytesOrNone(p), nil
			}),
			bufferedMethod("read1", objects.MethFastcall, "read of closed file", func(ts *objects.Thread, _ *object, b *buffered, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "read1", args)
				if err != nil {
					return nil, err
				}
				p, err := b.read1(ts, n)
				if err != nil {
					return nil, err
				}
				return bytesOrNone(p), nil
			}),
			bufferedMethod("peek", objects.MethFastcall, "peek of closed file", func(ts *objects.Thread, _ *object, b *buffered, args []objects.Object) (objects.Object, error) {
				if err := objects.CheckPositional("peek", len(args), 0, 1); err != nil {
					return nil, err
				}
				if b.unread() == 0 {
					if err := b.flushWrites(ts); err != nil {
						return nil, err
					}
					if _, _, err := b.fill(ts); err != nil {
						return nil, err
					}
				}
				return objects.NewBytes(b.rbuf[b.rpos:]), nil
			}),
			bufferedMethod("readline", objects.MethFastcall, "readline of closed file", func(ts *objects.Thread, _ *object, b *buffered, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "readline", args)
				if err != nil {
					return nil, err
				}
				p, err := b.readline(ts, n)
				if err != nil {
					return nil, err
				}
				return objects.NewBytes(p), nil
			}),
			s.bufferedReadinto("readinto", false),
			s.bufferedReadinto("readinto1", true),
		)
	}
	if writable {
		methods = append(methods,
			bufferedMethod("write", objects.MethO, "", func(ts *objects.Thread, _ *object, b *buffered, args []objects.Object) (objects.Object, error) {
				data, err := bytesLike(args[0])
				if err != nil {
					return nil, err
				}
				if err := b.checkClosed(ts, "write to closed file"); err != nil {
					return nil, err
				}
				if err := b.write(ts, data); err != nil {
					return nil, err
				}
				return objects.NewInt(int64(len(data))), nil
			}))
	}
	var next func(ts *objects.Thread, o *object) (objects.Object, error)
	if readable {
		next = func(ts *objects.Thread, o *object) (objects.Object, error) {
			b, err := bufOf(o)
			if err != nil {
				return nil, err
			}
			if o.cls != s.bufferedReader && o.cls != s.bufferedRandom {
				// A subclass's readline decides what a line is.
				line, err := call(ts, o, "readline")
				if err != nil {
					return nil, err
				}
				data, ok := line.(*objects.Bytes)
				if !ok {
					return nil, objects.Errorf(objects.OSErrorType, "readline() should have returned a bytes object, not '%s'", line.Type().Name)
				}
				if len(data.Value()) == 0 {
					return nil, nil
				}
				return line, nil
			}
			if err := b.checkClosed(ts, "readline of closed file"); err != nil {
				return nil, err
			}
			p, err := b.readline(ts, -1)
			if err != nil || len(p) == 0 {
				return nil, err
			}
			return objects.NewBytes(p), nil
		}
	}
	return classSpec{name: name, base: s.bufferedIOBase, doc: bufferedDocs[name],
		newImpl:     func() any { return &buffered{} },
		unpicklable: true,
		iterNext:    next,
		methods:     methods,
		getsets: []objects.GetSetDef{
			getter("raw", func(_ *objects.Thread, o *object) (objects.Object, error) {
				b, ok := o.impl.(*buffered)
				if !ok || b.raw == nil {
					return objects.None, nil
				}
				return b.raw, nil
			}),
			rawAttr("closed"), rawAttr("name"), rawAttr("mode"),
			getter("_finalizing", func(*objects.Thread, *object) (objects.Object, error) { return objects.False, nil }),
		},
	}
}

// rawAttr makes an attribute read from the raw stream.
func rawAttr(name string) objects.GetSetDef {
	return getter(name, func(ts *objects.Thread, o *object) (objects.Object, error) {
		b, err := bufOf(o)
		if err != nil {
			return nil, err
		}
		return objects.GetAttr(ts, b.raw, objects.NewStr(name))
	})
}

func (s *state) bufferedReadinto(name string, one bool) objects.MethodDef {
	return bufferedMethod(name, objects.MethO, "readinto of closed file", func(ts *objects.Thread, _ *object, b *buffered, args []objects.Object) (objects.Object, error) {
		n, err := bufferLen(ts, args[0])
		if err != nil {
			return nil, err
		}
		var p []byte
		if one {
			p, err = b.read1(ts, n)
		} else {
			p, err = b.read(ts, n)
		}
		if err != nil {
			return nil, err
		}
		if p == nil {
			return objects.None, nil
		}
		got, err := writeInto(ts, args[0], p)
		if err != nil {
			return nil, err
		}
		return objects.NewInt(int64(got)), nil
	})
}

// reprWithName is the repr of the buffered and text classes: the class, the name when the
// object has one, and extra.
func (s *state) reprWithName(ts *objects.Thread, o objects.Object, extra string) (objects.Object, error) {
	out := "<" + s.typeName(o)
	name, err := objects.GetAttr(ts, o, objects.NewStr("name"))
	if err != nil {
		be, ok := err.(*objects.BaseException)
		if !ok || !(objects.IsException(be, objects.AttributeErrorType) || objects.IsException(be, objects.ValueErrorType)) {
			return nil, err
		}
	} else {
		r, err := objects.Repr(ts, name)
		if err != nil {
			return nil, err
		}
		out += " name=" + r.Value()
	}
	return objects.NewStr(out + extra + ">"), nil
}

var bufferedDocs = map[string]string{
	"BufferedReader": "Create a new buffered reader using the given readable raw IO object.",
	"BufferedWriter": "A buffer for a writeable sequential RawIO object.\n\nThe constructor creates a BufferedWriter for the given writeable raw\nstream. If the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE.",
	"BufferedRandom": "A buffered interface to random access streams.\n\nThe constructor creates a reader and writer for a seekable stream,\nraw, given in the first argument. If the buffer_size is omitted it\ndefaults to DEFAULT_BUFFER_SIZE.",
}
