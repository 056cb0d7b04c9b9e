package sys

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Stream is one of sys.stdin, sys.stdout and sys.stderr: a text file over one of the
// process's streams (or whatever Go reader or writer the embedder gave), encoding as UTF-8.
// As CPython's io.TextIOWrapper over a BufferedWriter, output is kept in a buffer that is
// written when full, on flush(), at exit, and, for a line-buffered stream, whenever a write
// contains a newline: stdout is line-buffered on a terminal and block-buffered otherwise;
// stderr is always line-buffered.
type Stream struct {
	cls  *objects.Type
	name string
	mode string
	// errors is the encoding error handler: strict for stdin and stdout, backslashreplace
	// for stderr.
	errors        string
	w             *bufio.Writer
	r             *bufio.Reader
	file          *os.File
	lineBuffering bool
	closed        bool
	// rmu serializes reads, which run without the global interpreter lock.
	rmu sync.Mutex
}

// Type returns the stream's class, _io.TextIOWrapper as this interpreter made it.
func (s *Stream) Type() *objects.Type { return s.cls }

// Flush writes out what the stream holds.
func (s *Stream) Flush() error {
	if s.w == nil || s.closed {
		return nil
	}
	if err := s.w.Flush(); err != nil {
		return osError(err)
	}
	return nil
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	if f == nil {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func osError(err error) error {
	return objects.Errorf(objects.OSErrorType, "%s", err.Error())
}

// newWriteStream returns a writing stream over w. alwaysLine makes it line-buffered even when
// w is not a terminal (stderr); unbuffered (-u) writes every call through at once.
func newWriteStream(cls *objects.Type, name string, w io.Writer, alwaysLine, unbuffered bool, errors string) *Stream {
	f, _ := w.(*os.File)
	s := &Stream{cls: cls, name: name, mode: "w", errors: errors, file: f}
	size := 8192
	if unbuffered {
		size = 1
	}
	s.w = bufio.NewWriterSize(w, size)
	s.lineBuffering = alwaysLine || unbuffered || isTerminal(f)
	return s
}

// newReadStream returns a reading stream over r.
func newReadStream(cls *objects.Type, name string, r io.Reader) *Stream {
	f, _ := r.(*os.File)
	return &Stream{cls: cls, name: name, mode: "r", errors: "strict", file: f, r: bufio.NewReader(r)}
}

func (s *Stream) checkOpen() error {
	if s.closed {
		return objects.Errorf(objects.ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

// write is TextIOWrapper.write(s): it returns the number of characters written.
func (s *Stream) write(ts *objects.Thread, o objects.Object) (objects.Object, error) {
	if err := s.checkOpen(); err != nil {
		return nil, err
	}
	str, ok := o.(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "write() argument must be str, not %s", o.Type().Name)
	}
	if s.w == nil {
		return nil, objects.Errorf(objects.OSErrorType, "not writable")
	}
	b, err := str.Encode(ts, "utf-8", s.errors)
	if err != nil {
		return nil, err
	}
	if _, err := s.w.WriteString(b.Value()); err != nil {
		return nil, osError(err)
	}
	if s.lineBuffering && strings.ContainsAny(str.Value(), "\n\r") {
		if err := s.Flush(); err != nil {
			return nil, err
		}
	}
	return objects.NewInt(int64(str.Len())), nil
}

// ReadLine reads one line with its newline ("" at end of file), flushing stdout first as
// CPython's input() does through its own flush.
func (s *Stream) ReadLine() (string, error) {
	if err := s.checkOpen(); err != nil {
		return "", err
	}
	if s.r == nil {
		return "", objects.Errorf(objects.OSErrorType, "not readable")
	}
	s.rmu.Lock()
	line, err := s.r.ReadString('\n')
	s.rmu.Unlock()
	if err != nil && err != io.EOF {
		return "", osError(err)
	}
	return line, nil
}

// readLineAllowingThreads is ReadLine for a thread holding the global interpreter lock: the
// checks run with it, the read, which may block, without it, so that other threads run
// meanwhile.
func (s *Stream) readLineAllowingThreads(ts *objects.Thread) (string, error) {
	if err := s.checkOpen(); err != nil {
		return "", err
	}
	if s.r == nil {
		return "", objects.Errorf(objects.OSErrorType, "not readable")
	}
	var line string
	var err error
	vm.AllowThreads(ts, func() {
		s.rmu.Lock()
		line, err = s.r.ReadString('\n')
		s.rmu.Unlock()
	})
	if err != nil && err != io.EOF {
		return "", osError(err)
	}
	return line, nil
}

// streamClass makes this interpreter's stream class, named as CPython's _io.TextIOWrapper.
func streamClass(ts *objects.Thread) (*objects.Type, error) {
	self := func(o objects.Object) *Stream { return o.(*Stream) }
	noArgs := func(name string, f func(ts *objects.Thread, s *Stream) (objects.Object, error)) objects.MethodDef {
		return objects.MethodDef{Name: name, Flags: objects.MethNoArgs,
			Func: func(ts *objects.Thread, o objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return f(ts, self(o))
			}}
	}
	boolOf := func(b bool) (objects.Object, error) { return objects.NewBool(b), nil }
	methods := []objects.MethodDef{
		{Name: "write", Flags: objects.MethO,
			Func: func(ts *objects.Thread, o objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return self(o).write(ts, args[0])
			}},
		noArgs("flush", func(ts *objects.Thread, s *Stream) (objects.Object, error) {
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			return objects.None, s.Flush()
		}),
		noArgs("fileno", func(ts *objects.Thread, s *Stream) (objects.Object, error) {
			if s.file == nil {
				return nil, objects.Errorf(objects.OSErrorType, "fileno")
			}
			return objects.NewInt(int64(s.file.Fd())), nil
		}),
		noArgs("isatty", func(ts *objects.Thread, s *Stream) (objects.Object, error) {
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			return boolOf(isTerminal(s.file))
		}),
		noArgs("readable", func(ts *objects.Thread, s *Stream) (objects.Object, error) { return boolOf(s.r != nil) }),
		noArgs("writable", func(ts *objects.Thread, s *Stream) (objects.Object, error) { return boolOf(s.w != nil) }),
		noArgs("seekable", func(ts *objects.Thread, s *Stream) (objects.Object, error) { return boolOf(false) }),
		noArgs("close", func(ts *objects.Thread, s *Stream) (objects.Object, error) {
			err := s.Flush()
			s.closed = true
			return objects.None, err
		}),
		{Name: "readline", Flags: objects.MethFastcall,
			Func: func(ts *objects.Thread, o objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if err := objects.CheckPositional("readline", len(args), 0, 1); err != nil {
					return nil, err
				}
				line, err := self(o).readLineAllowingThreads(ts)
				if err != nil {
					return nil, err
				}
				return objects.NewStr(line), nil
			}},
		noArgs("read", func(ts *objects.Thread, s *Stream) (objects.Object, error) {
			if err := s.checkOpen(); err != nil {
				return nil, err
			}
			if s.r == nil {
				return nil, objects.Errorf(objects.OSErrorType, "not readable")
			}
			var b []byte
			var err error
			vm.AllowThreads(ts, func() {
				s.rmu.Lock()
				b, err = io.ReadAll(s.r)
				s.rmu.Unlock()
			})
			if err != nil {
				return nil, osError(err)
			}
			return objects.DecodeBytes(ts, string(b), "utf-8", "strict")
		}),
		noArgs("__repr__", func(ts *objects.Thread, s *Stream) (objects.Object, error) {
			return objects.NewStr("<_io.TextIOWrapper name='" + s.name + "' mode='" + s.mode + "' encoding='utf-8'>"), nil
		}),
	}
	attr := func(name string, get func(s *Stream) objects.Object) objects.GetSetDef {
		return objects.GetSetDef{Name: name, Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return get(self(o)), nil }}
	}
	getsets := []objects.GetSetDef{
		attr("name", func(s *Stream) objects.Object { return objects.NewStr(s.name) }),
		attr("mode", func(s *Stream) objects.Object { return objects.NewStr(s.mode) }),
		attr("encoding", func(s *Stream) objects.Object { return objects.NewStr("utf-8") }),
		attr("errors", func(s *Stream) objects.Object { return objects.NewStr(s.errors) }),
		attr("line_buffering", func(s *Stream) objects.Object { return objects.NewBool(s.lineBuffering) }),
		attr("closed", func(s *Stream) objects.Object { return objects.NewBool(s.closed) }),
	}
	cls, err := goClass(ts, "_io", "TextIOWrapper", objects.ObjectType, methods, getsets)
	if err != nil {
		return nil, err
	}
	cls.Slots.New = func(ts *objects.Thread, c *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		return nil, objects.Errorf(objects.TypeErrorType, "cannot create '_io.TextIOWrapper' instances")
	}
	return cls, nil
}
