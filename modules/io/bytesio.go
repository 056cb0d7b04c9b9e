package io

import (
	"bytes"
	"math"

	"github.com/taipanpy/taipan/objects"
)

// bytesIO is the state of a BytesIO: its bytes and the position, which may lie past the end
// (writing there pads with zero bytes).
type bytesIO struct {
	buf     []byte
	pos     int
	closed  bool
	exports objects.BufferExports // getbuffer's views, which forbid resizing
}

var bytesIOInitParser = objects.ArgParser{FuncName: "BytesIO", Params: []string{"initial_bytes"}, MaxPos: 1}

// bytesIOOf returns the open BytesIO state of o.
func bytesIOOf(o *object) (*bytesIO, error) {
	b, ok := o.impl.(*bytesIO)
	if !ok {
		return nil, errUninitialized()
	}
	if b.closed {
		return nil, errClosed()
	}
	return b, nil
}

// bytesIOMethod makes a method of an open BytesIO.
func bytesIOMethod(name string, flags objects.MethodFlags, f func(ts *objects.Thread, b *bytesIO, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return method(name, flags, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		b, err := bytesIOOf(o)
		if err != nil {
			return nil, err
		}
		return f(ts, b, args)
	})
}

// optSize reads the optional size argument of a method taking at most one.
func optSize(ts *objects.Thread, name string, args []objects.Object) (int, error) {
	if err := objects.CheckPositional(name, len(args), 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 {
		return -1, nil
	}
	return sizeArg(ts, args[0])
}

// read returns up to n bytes (all when n < 0) from the position.
func (b *bytesIO) read(n int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	rest := b.buf[b.pos:]
	if n >= 0 && n < len(rest) {
		rest = rest[:n]
	}
	b.pos += len(rest)
	return rest
}

// readline returns the next line, of at most limit bytes when limit >= 0.
func (b *bytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	rest := b.buf[b.pos:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i+1]
	}
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	b.pos += len(rest)
	return rest
}

// write writes data at the position.
func (b *bytesIO) write(data string) (int, error) {
	if err := b.checkExports(); err != nil {
		return 0, err
	}
	if len(data) == 0 {
		return 0, nil
	}
	end := b.pos + len(data)
	if end > maxAlloc {
		return 0, errNoMemory()
	}
	if end > len(b.buf) {
		if end > cap(b.buf) {
			nb := make([]byte, len(b.buf), end+end/4)
			copy(nb, b.buf)
			b.buf = nb
		}
		old := len(b.buf)
		b.buf = b.buf[:end]
		if b.pos > old {
			clear(b.buf[old:b.pos])
		}
	}
	copy(b.buf[b.pos:], data)
	b.pos = end
	return len(data), nil
}

// seekArgs parses (pos, whence=0) of seek.
func seekArgs(ts *objects.Thread, args []objects.Object) (int, int, error) {
	if err := objects.CheckPositional("seek", len(args), 1, 2); err != nil {
		return 0, 0, err
	}
	pos, err := intArg(ts, args[0])
	if err != nil {
		return 0, 0, err
	}
	whence := 0
	if len(args) == 2 {
		if whence, err = intArg(ts, args[1]); err != nil {
			return 0, 0, err
		}
	}
	return pos, whence, nil
}

func (s *state) bytesIOSpec() classSpec {
	trueMethod := func(name string) objects.MethodDef {
		return bytesIOMethod(name, objects.MethNoArgs, func(*objects.Thread, *bytesIO, []objects.Object) (objects.Object, error) {
			return objects.True, nil
		})
	}
	read := func(ts *objects.Thread, b *bytesIO, args []objects.Object) (objects.Object, error) {
		n, err := optSize(ts, "read", args)
		if err != nil {
			return nil, err
		}
		return objects.NewBytes(b.read(n)), nil
	}
	return classSpec{name: "BytesIO", base: s.bufferedIOBase, doc: "Buffered I/O implementation using an in-memory bytes buffer.",
		newImpl: func() any { return &bytesIO{} },
		iterNext: func(_ *objects.Thread, o *object) (objects.Object, error) {
			b, err := bytesIOOf(o)
			if err != nil {
				return nil, err
			}
			line := b.readline(-1)
			if len(line) == 0 {
				return nil, nil
			}
			return objects.NewBytes(line), nil
		},
		methods: []objects.MethodDef{
			method("__init__", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				a, err := parse(&bytesIOInitParser, args, kwnames)
				if err != nil {
					return nil, err
				}
				b := &bytesIO{}
				if a[0] != nil && a[0] != objects.None {
					data, err := bytesLike(a[0])
					if err != nil {
						return nil, err
					}
					b.buf = []byte(data)
				}
				o.impl = b
				return none()
			}),
			bytesIOMethod("getvalue", objects.MethNoArgs, func(_ *objects.Thread, b *bytesIO, _ []objects.Object) (objects.Object, error) {
				return objects.NewBytes(b.buf), nil
			}),
			bytesIOMethod("getbuffer", objects.MethNoArgs, getbuffer),
			bytesIOMethod("read", objects.MethFastcall, read),
			bytesIOMethod("read1", objects.MethFastcall, read),
			bytesIOMethod("readline", objects.MethFastcall, func(ts *objects.Thread, b *bytesIO, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "readline", args)
				if err != nil {
					return nil, err
				}
				return objects.NewBytes(b.readline(n)), nil
			}),
			bytesIOMethod("readlines", objects.MethFastcall, func(ts *objects.Thread, b *bytesIO, args []objects.Object) (objects.Object, error) {
				hint, err := optSize(ts, "readlines", args)
				if err != nil {
					return nil, err
				}
				var lines []objects.Object
				total := 0
				for {
					line := b.readline(-1)
					if len(line) == 0 {
						break
					}
					lines = append(lines, objects.NewBytes(line))
					total += len(line)
					if hint > 0 && total >= hint {
						break
					}
				}
				return objects.NewList(lines), nil
			}),
			bytesIOMethod("readinto", objects.MethO, func(ts *objects.Thread, b *bytesIO, args []objects.Object) (objects.Object, error) {
				n, err := bufferLen(ts, args[0])
				if err != nil {
					return nil, err
				}
				got, err := writeInto(ts, args[0], b.read(n))
				if err != nil {
					return nil, err
				}
				return objects.NewInt(int64(got)), nil
			}),
			bytesIOMethod("write", objects.MethO, func(ts *objects.Thread, b *bytesIO, args []objects.Object) (objects.Object, error) {
				data, err := bytesLike(args[0])
				if err != nil {
					return nil, err
				}
				n, err := b.write(data)
				if err != nil {
					return nil, err
				}
				return objects.NewInt(int64(n)), nil
			}),
			bytesIOMethod("writelines", objects.MethO, func(ts *objects.Thread, b *bytesIO, args []objects.Object) (objects.Object, error) {
				it, err := objects.GetIter(ts, args[0])
				if err != nil {
					return nil, err
				}
				for {
					line, err := objects.Next(ts, it)
					if err != nil || line == nil {
						return objects.None, err
					}
					data, err := bytesLike(line)
					if err != nil {
						return nil, err
					}
					if _, err := b.write(data); err != nil {
						return nil, err
					}
				}
			}),
			bytesIOMethod("seek", objects.MethFastcall, func(ts *objects.Thread, b *bytesIO, args []objects.Object) (objects.Object, error) {
				pos, whence, err := seekArgs(ts, args)
				if err != nil {
					return nil, err
				}
				switch whence {
				case 0:
					if pos < 0 {
						return nil, objects.Errorf(objects.ValueErrorType, "negative seek value %d", pos)
					}
				case 1, 2:
					base := b.pos
					if whence == 2 {
						base = len(b.buf)
					}
					if pos > math.MaxInt-base {
						return nil, objects.Errorf(objects.OverflowErrorType, "new position too large")
					}
					pos = max(0, base+pos)
				default:
					return nil, objects.Errorf(objects.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
				}
				b.pos = pos
				return objects.NewInt(int64(pos)), nil
			}),
			bytesIOMethod("tell", objects.MethNoArgs, func(_ *objects.Thread, b *bytesIO, _ []objects.Object) (objects.Object, error) {
				return objects.NewInt(int64(b.pos)), nil
			}),
			bytesIOMethod("truncate", objects.MethFastcall, func(ts *objects.Thread, b *bytesIO, args []objects.Object) (objects.Object, error) {
				if err := objects.CheckPositional("truncate", len(args), 0, 1); err != nil {
					return nil, err
				}
				size := b.pos
				if len(args) == 1 && args[0] != objects.None {
					var err error
					if size, err = sizeArg(ts, args[0]); err != nil {
						return nil, err
					}
					if size < 0 {
						return nil, objects.Errorf(objects.ValueErrorType, "negative size value %d", size)
					}
				}
				if err := b.checkExports(); err != nil {
					return nil, err
				}
				if size < len(b.buf) {
					b.buf = b.buf[:size]
				}
				return objects.NewInt(int64(size)), nil
			}),
			trueMethod("readable"), trueMethod("writable"), trueMethod("seekable"),
			bytesIOMethod("isatty", objects.MethNoArgs, func(*objects.Thread, *bytesIO, []objects.Object) (objects.Object, error) {
				return objects.False, nil
			}),
			bytesIOMethod("flush", objects.MethNoArgs, func(*objects.Thread, *bytesIO, []objects.Object) (objects.Object, error) {
				return none()
			}),
			method("close", objects.MethNoArgs, func(_ *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if b, ok := o.impl.(*bytesIO); ok {
					if err := b.checkExports(); err != nil {
						return nil, err
					}
					b.closed = true
					b.buf = nil
				}
				return none()
			}),
			method("__setstate__", objects.MethO, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				st, ok := args[0].(*objects.Tuple)
				if !ok || st.Len() < 3 {
					return nil, objects.Errorf(objects.TypeErrorType, "_io.BytesIO.__setstate__ argument should be 3-tuple, got %s", args[0].Type().Name)
				}
				if b, ok := o.impl.(*bytesIO); ok && b.closed {
					return nil, errClosed()
				}
				items := st.Items()
				data, err := bytesLike(items[0])
				if err != nil {
					return nil, err
				}
				if _, ok := items[1].(*objects.Int); !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "second item of state must be an integer, not %s", items[1].Type().Name)
				}
				pos, err := intArg(ts, items[1])
				if err != nil {
					return nil, err
				}
				if pos < 0 {
					return nil, objects.Errorf(objects.ValueErrorType, "position value cannot be negative")
				}
				if err := restoreDict(ts, o, items[2], "third"); err != nil {
					return nil, err
				}
				o.impl = &bytesIO{buf: []byte(data), pos: pos}
				return none()
			}),
			method("__getstate__", objects.MethNoArgs, func(_ *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				b, err := bytesIOOf(o)
				if err != nil {
					return nil, err
				}
				var d objects.Object = objects.None
				if o.dict != nil {
					d = o.dict.Copy()
				}
				return objects.NewTuple([]objects.Object{objects.NewBytes(b.buf), objects.NewInt(int64(b.pos)), d}), nil
			}),
		},
		getsets: []objects.GetSetDef{
			getter("closed", func(_ *objects.Thread, o *object) (objects.Object, error) {
				b, ok := o.impl.(*bytesIO)
				return objects.NewBool(ok && b.closed), nil
			}),
		},
	}
}

// restoreDict merges the dict item of a __setstate__ state into the object's __dict__.
func restoreDict(ts *objects.Thread, o *object, d objects.Object, which string) error {
	if d == objects.None {
		return nil
	}
	dict, ok := d.(*objects.Dict)
	if !ok {
		return objects.Errorf(objects.TypeErrorType, "%s item of state should be a dict, got a %s", which, d.Type().Name)
	}
	if o.dict == nil {
		o.dict = objects.NewDict()
	}
	var err error
	dict.Items(func(k, v objects.Object) bool {
		err = o.dict.SetItem(ts, k, v)
		return err == nil
	})
	return err
}
