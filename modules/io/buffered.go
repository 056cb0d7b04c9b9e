package io

import (
	"bytes"

	"github.com/taipanpy/taipan/objects"
)

// buffered is the state of a BufferedReader, BufferedWriter or BufferedRandom over a raw
// stream. Read-ahead bytes not yet returned are rbuf[rpos:]; written bytes not yet given to
// the raw stream are wbuf. At most one of them holds data, so the raw stream's position is
// the logical one plus the unread bytes, or minus the pending ones.
type buffered struct {
	raw objects.Object
	// fast is raw's state when raw is a plain FileIO, whose methods are then called directly.
	fast               *fileIO
	size               int
	readable, writable bool
	rbuf               []byte
	rpos               int
	wbuf               []byte
	detached           bool
}

var bufferedInitParser = objects.ArgParser{Params: []string{"raw", "buffer_size"}, MinPos: 1, MaxPos: 2}

func bufOf(o *object) (*buffered, error) {
	b, ok := o.impl.(*buffered)
	if !ok || b.raw == nil {
		if ok && b.detached {
			return nil, objects.Errorf(objects.ValueErrorType, "raw stream has been detached")
		}
		return nil, errUninitialized()
	}
	return b, nil
}

func (b *buffered) unread() int { return len(b.rbuf) - b.rpos }

// checkClosed raises ValueError(msg) when the raw stream is closed.
func (b *buffered) checkClosed(ts *objects.Thread, msg string) error {
	if b.fast != nil {
		if b.fast.fd < 0 {
			return objects.Errorf(objects.ValueErrorType, "%s", msg)
		}
		return nil
	}
	closed, err := attrBool(ts, b.raw, "closed")
	if err != nil {
		return err
	}
	if closed {
		return objects.Errorf(objects.ValueErrorType, "%s", msg)
	}
	return nil
}

// rawRead reads into p from the raw stream; none reports that it would block.
func (b *buffered) rawRead(ts *objects.Thread, p []byte) (n int, none bool, err error) {
	if b.fast != nil && b.fast.fd >= 0 && b.fast.readable {
		return b.fast.read(p)
	}
	ba := objects.NewByteArray(make([]byte, len(p)))
	r, err := call(ts, b.raw, "readinto", ba)
	if err != nil {
		return 0, false, err
	}
	if r == objects.None {
		return 0, true, nil
	}
	if n, err = intArg(ts, r); err != nil {
		return 0, false, err
	}
	if n < 0 || n > len(p) {
		return 0, false, objects.Errorf(objects.OSErrorType, "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	copy(p, ba.Value()[:n])
	return n, false, nil
}

// rawWrite writes p to the raw stream once.
func (b *buffered) rawWrite(ts *objects.Thread, p []byte) (n int, none bool, err error) {
	if b.fast != nil && b.fast.fd >= 0 && b.fast.writable {
		return b.fast.write(p)
	}
	r, err := call(ts, b.raw, "write", objects.NewBytes(p))
	if err != nil {
		return 0, false, err
	}
	if r == objects.None {
		return 0, true, nil
	}
	if n, err = intArg(ts, r); err != nil {
		return 0, false, err
	}
	if n < 0 || n > len(p) {
		return 0, false, objects.Errorf(objects.OSErrorType, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	return n, false, nil
}

func (b *buffered) rawSeek(ts *objects.Thread, pos int64, whence int) (int64, error) {
	if b.fast != nil && b.fast.fd >= 0 {
		return b.fast.seek(pos, whence)
	}
	r, err := call(ts, b.raw, "seek", objects.NewInt(pos), objects.NewInt(int64(whence)))
	if err != nil {
		return 0, err
	}
	n, err := intArg(ts, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, objects.Errorf(objects.OSErrorType, "Raw stream returned invalid position %d", n)
	}
	return int64(n), nil
}

func (b *buffered) rawTell(ts *objects.Thread) (int64, error) {
	if b.fast != nil && b.fast.fd >= 0 {
		return b.fast.seek(0, 1)
	}
	r, err := call(ts, b.raw, "tell")
	if err != nil {
		return 0, err
	}
	n, err := intArg(ts, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, objects.Errorf(objects.OSErrorType, "Raw stream returned invalid position %d", n)
	}
	return int64(n), nil
}

// flushWrites gives the pending bytes to the raw stream.
func (b *buffered) flushWrites(ts *objects.Thread) error {
	for len(b.wbuf) > 0 {
		n, blocked, err := b.rawWrite(ts, b.wbuf)
		if err != nil {
			return err
		}
		if blocked {
			return objects.Errorf(objects.BuiltinExceptions["BlockingIOError"], "write could not complete without blocking")
		}
		b.wbuf = b.wbuf[n:]
	}
	b.wbuf = b.wbuf[:0]
	return nil
}

// dropReadAhead moves the raw stream back over the unread bytes and forgets them, before a
// write or seek.
func (b *buffered) dropReadAhead(ts *objects.Thread) error {
	if n := b.unread(); n > 0 {
		b.rbuf, b.rpos = b.rbuf[:0], 0
		if _, err := b.rawSeek(ts, -int64(n), 1); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

// fill reads once from the raw stream into an empty read-ahead buffer.
func (b *buffered) fill(ts *objects.Thread) (n int, none bool, err error) {
	if cap(b.rbuf) < b.size {
		b.rbuf = make([]byte, 0, b.size)
	}
	n, none, err = b.rawRead(ts, b.rbuf[:b.size])
	b.rbuf, b.rpos = b.rbuf[:n], 0
	return
}

func (b *buffered) take(n int) []byte {
	if n < 0 || n > b.unread() {
		n = b.unread()
	}
	p := b.rbuf[b.rpos : b.rpos+n]
	b.rpos += n
	return p
}

// read is read(n); n < 0 reads to the end. A nil result with no error is None.
func (b *buffered) read(ts *objects.Thread, n int) ([]byte, error) {
	if err := b.flushWrites(ts); err != nil {
		return nil, err
	}
	out := append([]byte(nil), b.take(n)...)
	if n < 0 {
		b.rbuf, b.rpos = b.rbuf[:0], 0
		var rest objects.Object
		var err error
		switch {
		case b.fast != nil && b.fast.fd >= 0 && b.fast.readable:
			rest, err = fileReadAll(b.fast)
		default:
			if _, aerr := objects.GetAttr(ts, b.raw, objects.NewStr("readall")); aerr == nil {
				rest, err = call(ts, b.raw, "readall")
			} else {
				rest, err = rawReadAll(ts, b.raw)
			}
		}
		if err != nil {
			return nil, err
		}
		if rest == objects.None {
			if len(out) == 0 {
				return nil, nil
			}
			return out, nil
		}
		data, err := bytesLike(rest)
		if err != nil {
			return nil, objects.Errorf(objects.TypeErrorType, "readall() should return bytes")
		}
		return append(append([]byte{}, out...), data...), nil
	}
	for len(out) < n {
		want := n - len(out)
		if want >= b.size {
			p := make([]byte, want)
			got, none, err := b.rawRead(ts, p)
			if err != nil {
				return nil, err
			}
			if none {
				if len(out) == 0 {
					return nil, nil
				}
				break
			}
			if got == 0 {
				break
			}
			out = append(out, p[:got]...)
			continue
		}
		got, none, err := b.fill(ts)
		if err != nil {
			return nil, err
		}
		if none {
			if len(out) == 0 {
				return nil, nil
			}
			break
		}
		if got == 0 {
			break
		}
		out = append(out, b.take(want)...)
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

// read1 returns buffered bytes, or what one raw read gives when there are none.
func (b *buffered) read1(ts *objects.Thread, n int) ([]byte, error) {
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return []byte{}, nil
	}
	if b.unread() > 0 {
		return append([]byte(nil), b.take(n)...), nil
	}
	if err := b.flushWrites(ts); err != nil {
		return nil, err
	}
	if n > b.size {
		p := make([]byte, n)
		got, none, err := b.rawRead(ts, p)
		if err != nil || none {
			return nil, err
		}
		return p[:got], nil
	}
	if _, none, err := b.fill(ts); err != nil || none {
		return nil, err
	}
	return append([]byte{}, b.take(n)...), nil
}

func (b *buffered) readline(ts *objects.Thread, limit int) ([]byte, error) {
	if err := b.flushWrites(ts); err != nil {
		return nil, err
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		if b.unread() == 0 {
			got, none, err := b.fill(ts)
			if err != nil {
				return nil, err
			}
			if none || got == 0 {
				break
			}
		}
		avail := b.rbuf[b.rpos:]
		if limit >= 0 && len(avail) > limit-len(out) {
			avail = avail[:limit-len(out)]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			out = append(out, b.take(i+1)...)
			return out, nil
		}
		out = append(out, b.take(len(avail))...)
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

func (b *buffered) write(ts *objects.Thread, data string) error {
	if b.readable {
		if err := b.dropReadAhead(ts); err != nil {
			return err
		}
	}
	b.wbuf = append(b.wbuf, data...)
	if len(b.wbuf) >= b.size {
		return b.flushWrites(ts)
	}
	return nil
}

func (b *buffered) tell(ts *objects.Thread) (int64, error) {
	pos, err := b.rawTell(ts)
	if err != nil {
		return 0, err
	}
	pos += int64(len(b.wbuf)) - int64(b.unread())
	return max(pos, 0), nil
}

func (b *buffered) seek(ts *objects.Thread, target int64, whence int) (int64, error) {
	if err := b.flushWrites(ts); err != nil {
		return 0, err
	}
	if whence == 1 {
		target -= int64(b.unread())
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return b.rawSeek(ts, target, whence)
}

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
		newImpl:  func() any { return &buffered{} },
		iterNext: next,
		methods:  methods,
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
