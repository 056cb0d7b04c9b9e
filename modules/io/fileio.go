package io

import (
	"strings"
	"syscall"
	"unsafe"

	"github.com/taipanpy/taipan/modules/internal/fdwait"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// fileIO is the state of a FileIO: a file descriptor (-1 once closed) and what the mode
// allows.
type fileIO struct {
	fd                                     int
	readable, writable, appending, created bool
	closefd                                bool
	// seekable is -1 until a seek tells.
	seekable int
	blksize  int
	ready    bool
	// gs, when set, is the Go stream the FileIO reads or writes instead of a descriptor (a
	// standard stream an embedder gave); fd then only marks it open.
	gs *goStream
}

var fileIOInitParser = objects.ArgParser{FuncName: "FileIO", Params: []string{"file", "mode", "closefd", "opener"}, MinPos: 1, MaxPos: 4}

// modeString is the mode attribute, rebuilt from the flags as CPython does.
func (f *fileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable:
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

// fspath returns the path a file argument names (str or bytes, through __fspath__ for path
// objects), or ok == false when it is not one.
func fspath(ts *objects.Thread, v objects.Object) (objects.Object, string, error) {
	switch p := v.(type) {
	case *objects.Str:
		return p, p.Value(), nil
	case *objects.Bytes:
		return p, p.Value(), nil
	}
	m := v.Type().Lookup(ts, objects.NewStr("__fspath__"))
	if m == nil {
		return nil, "", objects.Errorf(objects.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", v.Type().Name)
	}
	r, err := call(ts, v, "__fspath__")
	if err != nil {
		return nil, "", err
	}
	switch p := r.(type) {
	case *objects.Str:
		return p, p.Value(), nil
	case *objects.Bytes:
		return p, p.Value(), nil
	}
	return nil, "", objects.Errorf(objects.TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
}

// parseRawMode reads a FileIO mode into f and returns the open(2) flags.
func (f *fileIO) parseRawMode(mode string) (int, error) {
	bad := objects.Errorf(objects.ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	rwa, plus := false, false
	flags := 0
	for _, c := range mode {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				return 0, bad
			}
			rwa = true
			switch c {
			case 'x':
				f.created, f.writable = true, true
				flags |= syscall.O_EXCL | syscall.O_CREAT
			case 'r':
				f.readable = true
			case 'w':
				f.writable = true
				flags |= syscall.O_CREAT | syscall.O_TRUNC
			case 'a':
				f.writable, f.appending = true, true
				flags |= syscall.O_APPEND | syscall.O_CREAT
			}
		case '+':
			if plus {
				return 0, bad
			}
			f.readable, f.writable, plus = true, true, true
		case 'b':
		default:
			return 0, objects.Errorf(objects.ValueErrorType, "invalid mode: %.200s", mode)
		}
	}
	if !rwa {
		return 0, bad
	}
	switch {
	case f.readable && f.writable:
		flags |= syscall.O_RDWR
	case f.readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	return flags | syscall.O_CLOEXEC, nil
}

// fileIOOf returns the open FileIO state of o.
func fileIOOf(o *object) (*fileIO, error) {
	f, ok := o.impl.(*fileIO)
	if !ok || f.fd < 0 {
		return nil, errClosedNoDot()
	}
	return f, nil
}

func (s *state) errMode(what string) error {
	return s.unsupportedErr("File not open for " + what)
}

// osErr turns a failed system call into the OSError CPython raises.
func osErr(err error) error {
	if errno, ok := err.(syscall.Errno); ok {
		return objects.NewOSError(errno, "", "")
	}
	return objects.Errorf(objects.OSErrorType, "%s", err.Error())
}

// read reads into p, retrying on EINTR; eagain reports a non-blocking descriptor with
// nothing to read.
func (f *fileIO) read(ts *objects.Thread, p []byte) (n int, eagain bool, err error) {
	if f.gs != nil {
		return f.gs.read(ts, p)
	}
	if err := fdwait.WaitReadable(ts, f.fd); err != nil {
		if errno, ok := err.(syscall.Errno); ok {
			return 0, false, osErr(errno)
		}
		return 0, false, err
	}
	for {
		// Other threads run while this one waits for input.
		vm.AllowThreads(ts, func() { n, err = syscall.Read(f.fd, p) })
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			return 0, true, nil
		}
		if err != nil {
			return 0, false, osErr(err)
		}
		return n, false, nil
	}
}

// write writes p once (a short count is possible), retrying on EINTR.
func (f *fileIO) write(ts *objects.Thread, p []byte) (n int, eagain bool, err error) {
	if f.gs != nil {
		return f.gs.write(ts, p)
	}
	for {
		vm.AllowThreads(ts, func() { n, err = syscall.Write(f.fd, p) })
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			return 0, true, nil
		}
		if err != nil {
			return 0, false, osErr(err)
		}
		return n, false, nil
	}
}

// readBuffer returns a buffer for a read of n bytes: no more than a regular file has left.
func (f *fileIO) readBuffer(n int) ([]byte, error) {
	var st syscall.Stat_t
	if n > defaultBufferSize && f.gs == nil && syscall.Fstat(f.fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
		if pos, err := syscall.Seek(f.fd, 0, 1); err == nil && st.Size >= pos && int64(n) > st.Size-pos+1 {
			n = int(st.Size-pos) + 1
		}
	}
	if n > maxAlloc {
		return nil, errNoMemory()
	}
	return make([]byte, n), nil
}

// readAll reads to the end of the file.
func (f *fileIO) readAll(ts *objects.Thread) ([]byte, bool, error) {
	size := defaultBufferSize
	var st syscall.Stat_t
	if f.gs == nil && syscall.Fstat(f.fd, &st) == nil && st.Size > 0 {
		if pos, err := syscall.Seek(f.fd, 0, 1); err == nil && st.Size >= pos {
			size = int(min(st.Size-pos, maxAlloc)) + 1
		}
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, max(len(buf), defaultBufferSize))...)[:len(buf)]
		}
		n, eagain, err := f.read(ts, buf[len(buf):cap(buf)])
		if err != nil {
			return nil, false, err
		}
		if eagain {
			if len(buf) == 0 {
				return nil, true, nil
			}
			break
		}
		if n == 0 {
			break
		}
		buf = buf[:len(buf)+n]
	}
	return buf, false, nil
}

func (f *fileIO) seek(pos int64, whence int) (int64, error) {
	if f.gs != nil {
		return 0, objects.NewOSError(syscall.ESPIPE, "", "")
	}
	r, err := syscall.Seek(f.fd, pos, whence)
	if err != nil {
		return 0, osErr(err)
	}
	return r, nil
}

// isatty reports whether the descriptor is a terminal.
func isatty(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&t)))
	return e == 0
}

func (s *state) fileIOInit(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	a, err := parse(&fileIOInitParser, args, kwnames)
	if err != nil {
		return nil, err
	}
	if old, ok := o.impl.(*fileIO); ok && old.fd >= 0 {
		if old.closefd {
			syscall.Close(old.fd)
		}
		old.fd = -1
	}
	s.reap(ts)
	f := &fileIO{fd: -1, closefd: true, seekable: -1, blksize: defaultBufferSize}
	closefd := true
	if a[2] != nil {
		if closefd, err = objects.IsTrue(ts, a[2]); err != nil {
			return nil, err
		}
	}
	mode := "r"
	if a[1] != nil {
		m, ok := a[1].(*objects.Str)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "FileIO() argument 'mode' must be str, not %s", a[1].Type().Name)
		}
		mode = m.Value()
	}
	var nameObj objects.Object
	path := ""
	fd := -1
	if i, ok := a[0].(*objects.Int); ok {
		if fd, err = intArg(ts, i); err != nil {
			return nil, err
		}
		if fd < 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "negative file descriptor")
		}
		nameObj = a[0]
	} else {
		if _, path, err = fspath(ts, a[0]); err != nil {
			return nil, err
		}
		nameObj = a[0]
		if strings.IndexByte(path, 0) >= 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "embedded null byte")
		}
	}
	flags, err := f.parseRawMode(mode)
	if err != nil {
		return nil, err
	}
	if fd >= 0 {
		f.closefd = closefd
	} else {
		if !closefd {
			return nil, objects.Errorf(objects.ValueErrorType, "Cannot use closefd=False with file name")
		}
		if opener := a[3]; opener != nil && opener != objects.None {
			r, err := objects.Call(ts, opener, []objects.Object{nameObj, objects.NewInt(int64(flags))}, nil)
			if err != nil {
				return nil, err
			}
			ri, ok := r.(*objects.Int)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "expected integer from opener")
			}
			if fd, err = intArg(ts, ri); err != nil {
				return nil, err
			}
			if fd < 0 {
				return nil, objects.Errorf(objects.ValueErrorType, "opener returned %d", fd)
			}
		} else {
			fd, err = openPath(path, flags)
			if err != nil {
				return nil, fileError(ts, err, nameObj)
			}
		}
	}
	f.fd = fd
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err == nil {
		if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			if f.closefd {
				syscall.Close(fd)
			}
			f.fd = -1
			return nil, fileError(ts, syscall.EISDIR, nameObj)
		}
		if st.Blksize > 1 {
			f.blksize = int(st.Blksize)
		}
	}
	f.ready = true
	o.impl = f
	if f.closefd {
		closeWhenUnreachable(o, f)
	}
	o.setAttr("name", nameObj)
	if f.appending {
		// The position starts at the end, as the file's writes do.
		syscall.Seek(fd, 0, 2)
	}
	return none()
}

// fileError is the OSError of a failed open, naming the file.
func fileError(ts *objects.Thread, err error, name objects.Object) error {
	errno, ok := err.(syscall.Errno)
	if !ok {
		return osErr(err)
	}
	e, cerr := objects.Call(ts, objects.OSErrorType, []objects.Object{objects.NewInt(int64(errno)), objects.NewStr(objects.Strerror(errno)), name}, nil)
	if cerr != nil {
		return cerr
	}
	if be, ok := e.(*objects.BaseException); ok {
		return be
	}
	return objects.NewOSError(errno, "", "")
}

func (s *state) fileIOMethod(name string, flags objects.MethodFlags, f func(ts *objects.Thread, o *object, fi *fileIO, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return method(name, flags, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		fi, err := fileIOOf(o)
		if err != nil {
			return nil, err
		}
		return f(ts, o, fi, args)
	})
}

func (s *state) fileIOSpec() classSpec {
	return classSpec{name: "FileIO", base: s.rawIOBase, doc: "Open a file.\n\nThe mode can be 'r' (default), 'w', 'x' or 'a' for reading,\nwriting, exclusive creation or appending.  The file will be created if it\ndoesn't exist when opened for writing or appending; it will be truncated\nwhen opened for writing.  A FileExistsError will be raised if it already\nexists when opened for creating. Opening a file for creating implies\nwriting so this mode behaves in a similar way to 'w'.Add a '+' to the mode\nto allow simultaneous reading and writing. A custom opener can be used by\npassing a callable as *opener*. The underlying file descriptor for the file\nobject is then obtained by calling opener with (*name*, *flags*).\n*opener* must return an open file descriptor (passing os.open as *opener*\nresults in functionality similar to passing None).",
		newImpl:     func() any { return &fileIO{fd: -1, seekable: -1, blksize: defaultBufferSize} },
		unpicklable: true,
		methods: []objects.MethodDef{
			method("__init__", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return s.fileIOInit(ts, o, args, kwnames)
			}),
			s.fileIOMethod("read", objects.MethFastcall, func(ts *objects.Thread, _ *object, f *fileIO, args []objects.Object) (objects.Object, error) {
				if !f.readable {
					return nil, s.errMode("reading")
				}
				n, err := optSize(ts, "read", args)
				if err != nil {
					return nil, err
				}
				if n < 0 {
					return fileReadAll(ts, f)
				}
				buf, err := f.readBuffer(n)
				if err != nil {
					return nil, err
				}
				got, eagain, err := f.read(ts, buf)
				if err != nil {
					return nil, err
				}
				if eagain {
					return objects.None, nil
				}
				return objects.NewBytes(buf[:got]), nil
			}),
			s.fileIOMethod("readall", objects.MethNoArgs, func(ts *objects.Thread, _ *object, f *fileIO, _ []objects.Object) (objects.Object, error) {
				if !f.readable {
					return nil, s.errMode("reading")
				}
				return fileReadAll(ts, f)
			}),
			s.fileIOMethod("readinto", objects.MethO, func(ts *objects.Thread, _ *object, f *fileIO, args []objects.Object) (objects.Object, error) {
				if !f.readable {
					return nil, s.errMode("reading")
				}
				ba, ok := args[0].(*objects.ByteArray)
				if !ok {
					_, err := bufferLen(ts, args[0])
					return nil, err
				}
				got, eagain, err := f.read(ts, ba.Value())
				if err != nil {
					return nil, err
				}
				if eagain {
					return objects.None, nil
				}
				return objects.NewInt(int64(got)), nil
			}),
			s.fileIOMethod("write", objects.MethO, func(ts *objects.Thread, _ *object, f *fileIO, args []objects.Object) (objects.Object, error) {
				if !f.writable {
					return nil, s.errMode("writing")
				}
				data, err := bytesLike(args[0])
				if err != nil {
					return nil, err
				}
				n, eagain, err := f.write(ts, []byte(data))
				if err != nil {
					return nil, err
				}
				if eagain {
					return objects.None, nil
				}
				return objects.NewInt(int64(n)), nil
			}),
			s.fileIOMethod("seek", objects.MethFastcall, func(ts *objects.Thread, _ *object, f *fileIO, args []objects.Object) (objects.Object, error) {
				pos, whence, err := seekArgs(ts, args)
				if err != nil {
					return nil, err
				}
				r, err := f.seek(int64(pos), whence)
				if err != nil {
					return nil, err
				}
				return objects.NewInt(r), nil
			}),
			s.fileIOMethod("tell", objects.MethNoArgs, func(ts *objects.Thread, _ *object, f *fileIO, _ []objects.Object) (objects.Object, error) {
				r, err := f.seek(0, 1)
				if err != nil {
					return nil, err
				}
				return objects.NewInt(r), nil
			}),
			s.fileIOMethod("truncate", objects.MethFastcall, func(ts *objects.Thread, _ *object, f *fileIO, args []objects.Object) (objects.Object, error) {
				if err := objects.CheckPositional("truncate", len(args), 0, 1); err != nil {
					return nil, err
				}
				if !f.writable {
					return nil, s.errMode("writing")
				}
				var size int64
				if len(args) == 0 || args[0] == objects.None {
					r, err := f.seek(0, 1)
					if err != nil {
						return nil, err
					}
					size = r
				} else {
					n, err := intArg(ts, args[0])
					if err != nil {
						return nil, err
					}
					size = int64(n)
				}
				if f.gs != nil {
					return nil, objects.NewOSError(syscall.ESPIPE, "", "")
				}
				if err := syscall.Ftruncate(f.fd, size); err != nil {
					return nil, osErr(err)
				}
				return objects.NewInt(size), nil
			}),
			s.fileIOMethod("seekable", objects.MethNoArgs, func(ts *objects.Thread, _ *object, f *fileIO, _ []objects.Object) (objects.Object, error) {
				if f.seekable < 0 {
					f.seekable = 0
					if _, err := syscall.Seek(f.fd, 0, 1); err == nil && f.gs == nil {
						f.seekable = 1
					}
				}
				return objects.NewBool(f.seekable == 1), nil
			}),
			s.fileIOMethod("readable", objects.MethNoArgs, func(ts *objects.Thread, _ *object, f *fileIO, _ []objects.Object) (objects.Object, error) {
				return objects.NewBool(f.readable), nil
			}),
			s.fileIOMethod("writable", objects.MethNoArgs, func(ts *objects.Thread, _ *object, f *fileIO, _ []objects.Object) (objects.Object, error) {
				return objects.NewBool(f.writable), nil
			}),
			s.fileIOMethod("fileno", objects.MethNoArgs, func(ts *objects.Thread, _ *object, f *fileIO, _ []objects.Object) (objects.Object, error) {
				if f.gs != nil {
					return nil, s.unsupportedErr("fileno")
				}
				return objects.NewInt(int64(f.fd)), nil
			}),
			s.fileIOMethod("isatty", objects.MethNoArgs, func(ts *objects.Thread, _ *object, f *fileIO, _ []objects.Object) (objects.Object, error) {
				return objects.NewBool(f.gs == nil && isatty(f.fd)), nil
			}),
			method("close", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				// The base close flushes and marks the object closed first.
				var ferr error
				if !o.closed {
					_, ferr = call(ts, o, "flush")
				}
				o.closed = true
				f, ok := o.impl.(*fileIO)
				if ok && f.fd >= 0 {
					fd := f.fd
					f.fd = -1
					if f.closefd && f.gs == nil {
						if err := syscall.Close(fd); err != nil && ferr == nil {
							return nil, osErr(err)
						}
					}
				}
				if ferr != nil {
					return nil, ferr
				}
				return none()
			}),
			method("_dealloc_warn", objects.MethO, func(*objects.Thread, *object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return none()
			}),
			method("__repr__", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				tn := s.typeName(o)
				f, ok := o.impl.(*fileIO)
				if !ok || f.fd < 0 {
					return objects.NewStr("<" + tn + " [closed]>"), nil
				}
				closefd := "False"
				if f.closefd {
					closefd = "True"
				}
				name, err := objects.GetAttr(ts, o, objects.NewStr("name"))
				if err != nil {
					if !objects.IsAttributeError(err) {
						return nil, err
					}
					return objects.NewStr("<" + tn + " fd=" + itoa(f.fd) + " mode='" + f.modeString() + "' closefd=" + closefd + ">"), nil
				}
				r, err := objects.Repr(ts, name)
				if err != nil {
					return nil, err
				}
				return objects.NewStr("<" + tn + " name=" + r.Value() + " mode='" + f.modeString() + "' closefd=" + closefd + ">"), nil
			}),
		},
		getsets: []objects.GetSetDef{
			getter("closed", func(_ *objects.Thread, o *object) (objects.Object, error) {
				f, ok := o.impl.(*fileIO)
				return objects.NewBool(!ok || f.fd < 0), nil
			}),
			getter("closefd", func(_ *objects.Thread, o *object) (objects.Object, error) {
				f, ok := o.impl.(*fileIO)
				return objects.NewBool(ok && f.closefd), nil
			}),
			getter("mode", func(_ *objects.Thread, o *object) (objects.Object, error) {
				f, ok := o.impl.(*fileIO)
				if !ok || !f.ready {
					return nil, errUninitialized()
				}
				return objects.NewStr(f.modeString()), nil
			}),
			getter("_blksize", func(_ *objects.Thread, o *object) (objects.Object, error) {
				f, ok := o.impl.(*fileIO)
				if !ok {
					return objects.NewInt(defaultBufferSize), nil
				}
				return objects.NewInt(int64(f.blksize)), nil
			}),
			getter("_finalizing", func(_ *objects.Thread, o *object) (objects.Object, error) {
				return objects.False, nil
			}),
		},
	}
}

func fileReadAll(ts *objects.Thread, f *fileIO) (objects.Object, error) {
	data, eagain, err := f.readAll(ts)
	if err != nil {
		return nil, err
	}
	if eagain {
		return objects.None, nil
	}
	return objects.NewBytes(data), nil
}

func itoa(n int) string {
	return objects.NewInt(int64(n)).String()
}
