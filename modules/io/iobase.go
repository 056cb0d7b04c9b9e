package io

import (
	"github.com/taipanpy/taipan/objects"
)

// The abstract bases _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase: their methods
// work on any object through its other methods (read, readinto, write, closed ...), so that
// Python subclasses get readline, iteration and the context manager by defining a few.

type goFunc = func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)

func def(name string, flags objects.MethodFlags, f goFunc) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: flags, Func: f}
}

// checkClosed raises the closed-file ValueError when self.closed is true.
func checkClosed(ts *objects.Thread, self objects.Object) error {
	closed, err := attrBool(ts, self, "closed")
	if err != nil {
		return err
	}
	if closed {
		return errClosed()
	}
	return nil
}

// baseClosed is the _IOBase flag of self (false for foreign objects).
func baseClosed(self objects.Object) bool {
	o, ok := self.(*object)
	return ok && o.closed
}

func (s *state) ioBaseSpec() classSpec {
	unsupported := func(name string) objects.MethodDef {
		return def(name, objects.MethFastcall, func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return nil, s.unsupportedErr(name)
		})
	}
	falseMethod := func(name string) objects.MethodDef {
		return def(name, objects.MethNoArgs, func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.False, nil
		})
	}
	check := func(name, what string, test string) objects.MethodDef {
		return def(name, objects.MethFastcall, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			ok, err := callBool(ts, self, test)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, s.unsupportedErr("File or stream is not " + what + ".")
			}
			return objects.True, nil
		})
	}
	return classSpec{name: "_IOBase", doc: ioBaseDoc,
		methods: []objects.MethodDef{
			unsupported("seek"),
			def("tell", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return call(ts, self, "seek", objects.NewInt(0), objects.NewInt(1))
			}),
			unsupported("truncate"),
			unsupported("fileno"),
			def("flush", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if baseClosed(self) {
					return nil, errClosed()
				}
				return none()
			}),
			def("close", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if baseClosed(self) {
					return none()
				}
				_, err := call(ts, self, "flush")
				if o, ok := self.(*object); ok {
					o.closed = true
				}
				if err != nil {
					return nil, err
				}
				return none()
			}),
			falseMethod("seekable"), falseMethod("readable"), falseMethod("writable"),
			check("_checkReadable", "readable", "readable"),
			check("_checkWritable", "writable", "writable"),
			check("_checkSeekable", "seekable", "seekable"),
			def("_checkClosed", objects.MethFastcall, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if err := checkClosed(ts, self); err != nil {
					return nil, err
				}
				return none()
			}),
			def("isatty", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if err := checkClosed(ts, self); err != nil {
					return nil, err
				}
				return objects.False, nil
			}),
			def("__del__", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				// As CPython's finalizer: close an open object, ignoring failures.
				if closed, err := attrBool(ts, self, "closed"); err == nil && !closed {
					call(ts, self, "close")
				}
				return none()
			}),
			def("__enter__", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if err := checkClosed(ts, self); err != nil {
					return nil, err
				}
				return self, nil
			}),
			def("__exit__", objects.MethFastcall, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return call(ts, self, "close")
			}),
			def("__iter__", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if err := checkClosed(ts, self); err != nil {
					return nil, err
				}
				return self, nil
			}),
			def("__next__", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				line, err := call(ts, self, "readline")
				if err != nil {
					return nil, err
				}
				n, err := objects.Len(ts, line)
				if err != nil {
					return nil, err
				}
				if n == 0 {
					return nil, objects.NewException(objects.StopIterationType)
				}
				return line, nil
			}),
			def("readline", objects.MethFastcall, s.ioBaseReadline),
			def("readlines", objects.MethFastcall, readlines),
			def("writelines", objects.MethO, func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if err := checkClosed(ts, self); err != nil {
					return nil, err
				}
				it, err := objects.GetIter(ts, args[0])
				if err != nil {
					return nil, err
				}
				for {
					line, err := objects.Next(ts, it)
					if err != nil {
						return nil, err
					}
					if line == nil {
						return none()
					}
					if _, err := call(ts, self, "write", line); err != nil {
						return nil, err
					}
				}
			}),
		},
		getsets: []objects.GetSetDef{
			getter("closed", func(ts *objects.Thread, o *object) (objects.Object, error) {
				return objects.NewBool(o.closed), nil
			}),
		},
	}
}

// ioBaseReadline is _IOBase.readline(size=-1): bytes read one at a time (or as far as
// peek shows a newline) until a newline, size or the end.
func (s *state) ioBaseReadline(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("readline", len(args), 0, 1); err != nil {
		return nil, err
	}
	limit := -1
	if len(args) == 1 {
		var err error
		if limit, err = sizeArg(ts, args[0]); err != nil {
			return nil, err
		}
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		b, err := call(ts, self, "read", objects.NewInt(1))
		if err != nil {
			return nil, err
		}
		if b == objects.None {
			break
		}
		data, ok := b.(*objects.Bytes)
		if !ok {
			return nil, objects.Errorf(objects.OSErrorType, "read() should have returned a bytes object, not '%s'", b.Type().Name)
		}
		if len(data.Value()) == 0 {
			break
		}
		out = append(out, data.Value()...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return objects.NewBytes(out), nil
}

// readlines is _IOBase.readlines(hint=-1): the lines of the stream, stopping once their
// total length reaches hint.
func readlines(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("readlines", len(args), 0, 1); err != nil {
		return nil, err
	}
	hint := -1
	if len(args) == 1 {
		var err error
		if hint, err = sizeArg(ts, args[0]); err != nil {
			return nil, err
		}
	}
	it, err := objects.GetIter(ts, self)
	if err != nil {
		return nil, err
	}
	var lines []objects.Object
	total := 0
	for {
		line, err := objects.Next(ts, it)
		if err != nil {
			return nil, err
		}
		if line == nil {
			break
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := objects.Len(ts, line)
			if err != nil {
				return nil, err
			}
			total += n
			if total >= hint {
				break
			}
		}
	}
	return objects.NewList(lines), nil
}

func (s *state) rawIOBaseSpec() classSpec {
	notImpl := func(name string) objects.MethodDef {
		return def(name, objects.MethFastcall, func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return nil, objects.NewException(objects.NotImplementedErrorType)
		})
	}
	return classSpec{name: "_RawIOBase", base: s.ioBase, doc: "Base class for raw binary I/O.",
		methods: []objects.MethodDef{
			def("read", objects.MethFastcall, func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if err := objects.CheckPositional("read", len(args), 0, 1); err != nil {
					return nil, err
				}
				size := -1
				if len(args) == 1 {
					var err error
					if size, err = intArg(ts, args[0]); err != nil {
						return nil, err
					}
				}
				if size < 0 {
					return call(ts, self, "readall")
				}
				return rawRead(ts, self, size)
			}),
			def("readall", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return rawReadAll(ts, self)
			}),
			notImpl("readinto"),
			notImpl("write"),
		}}
}

// rawRead reads up to size bytes from a raw stream through its readinto: None when it
// would block.
func rawRead(ts *objects.Thread, raw objects.Object, size int) (objects.Object, error) {
	if size > maxAlloc {
		return nil, errNoMemory()
	}
	buf := objects.NewByteArray(make([]byte, size))
	r, err := call(ts, raw, "readinto", buf)
	if err != nil {
		return nil, err
	}
	if r == objects.None {
		return objects.None, nil
	}
	n, err := intArg(ts, r)
	if err != nil {
		return nil, err
	}
	if n < 0 || n > size {
		return nil, objects.Errorf(objects.ValueErrorType, "readinto returned %d outside buffer size %d", n, size)
	}
	return objects.NewBytes(buf.Value()[:min(n, len(buf.Value()))]), nil
}

// rawReadAll reads a raw stream to its end with read(DEFAULT_BUFFER_SIZE).
func rawReadAll(ts *objects.Thread, raw objects.Object) (objects.Object, error) {
	var out []byte
	got := false
	for {
		r, err := call(ts, raw, "read", objects.NewInt(defaultBufferSize))
		if err != nil {
			return nil, err
		}
		if r == objects.None {
			if !got {
				return objects.None, nil
			}
			break
		}
		b, ok := r.(*objects.Bytes)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "read() should return bytes")
		}
		if len(b.Value()) == 0 {
			break
		}
		got = true
		out = append(out, b.Value()...)
	}
	return objects.NewBytes(out), nil
}

func (s *state) bufferedIOBaseSpec() classSpec {
	unsupported := func(name string) objects.MethodDef {
		return def(name, objects.MethFastcall, func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return nil, s.unsupportedErr(name)
		})
	}
	readinto := func(name, read string) objects.MethodDef {
		return def(name, objects.MethO, func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			n, err := bufferLen(ts, args[0])
			if err != nil {
				return nil, err
			}
			r, err := call(ts, self, read, objects.NewInt(int64(n)))
			if err != nil {
				return nil, err
			}
			b, ok := r.(*objects.Bytes)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "read() should return bytes")
			}
			got, err := writeInto(ts, args[0], []byte(b.Value()))
			if err != nil {
				return nil, err
			}
			return objects.NewInt(int64(got)), nil
		})
	}
	return classSpec{name: "_BufferedIOBase", base: s.ioBase, doc: "Base class for buffered IO objects.",
		methods: []objects.MethodDef{
			unsupported("read"), unsupported("read1"), unsupported("write"), unsupported("detach"),
			readinto("readinto", "read"), readinto("readinto1", "read1"),
		}}
}

func (s *state) textIOBaseSpec() classSpec {
	unsupported := func(name string) objects.MethodDef {
		return def(name, objects.MethFastcall, func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return nil, s.unsupportedErr(name)
		})
	}
	noneAttr := func(name string) objects.GetSetDef {
		return objects.GetSetDef{Name: name, Get: func(*objects.Thread, objects.Object) (objects.Object, error) { return none() }}
	}
	return classSpec{name: "_TextIOBase", base: s.ioBase, doc: "Base class for text I/O.\n\nThis class provides a character and line based interface to stream\nI/O. There is no readinto method because Python's character strings\nare immutable.",
		methods: []objects.MethodDef{
			unsupported("read"), unsupported("readline"), unsupported("write"), unsupported("detach"),
		},
		getsets: []objects.GetSetDef{noneAttr("encoding"), noneAttr("newlines"), noneAttr("errors")},
	}
}

const ioBaseDoc = "The abstract base class for all I/O classes.\n\nThis class provides dummy implementations for many methods that\nderived classes can override selectively; the default implementations\nrepresent a file that cannot be read, written or seeked.\n\nEven though IOBase does not declare read, readinto, or write because\ntheir signatures will vary, implementations and clients should\nconsider those methods part of the interface. Also, implementations\nmay raise UnsupportedOperation when operations they do not support are\ncalled.\n\nThe basic type used for binary data read from or written to a file is\nbytes. Other bytes-like objects are accepted as method arguments too.\nIn some cases (such as readinto), a byte string is not enough. Bytes-like\nobjects are accepted as method arguments too.\n\nNote that calling any method (except additional calls to close(),\nwhich are ignored) on a closed stream should raise a ValueError.\n\nIOBase (and its subclasses) support the iterator protocol, meaning\nthat an IOBase object can be iterated over yielding the lines in a\nstream.\n\nIOBase also supports the :keyword:`with` statement. In this example,\nfp is closed after the suite of the with statement is complete:\n\nwith open('spam.txt', 'r') as fp:\n    fp.write('Spam and eggs!')\n"
