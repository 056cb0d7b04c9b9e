package posix

import (
	"syscall"

	"github.com/taipanpy/taipan/modules/internal/fdwait"
	"github.com/taipanpy/taipan/objects"
)

// Functions on file descriptors.

// fileno returns the descriptor of an int or an object with a fileno() method, as
// PyObject_AsFileDescriptor.
func fileno(ts *objects.Thread, o objects.Object) (int, error) {
	if _, ok := o.(*objects.Int); !ok {
		if m, err := objects.GetAttr(ts, o, objects.NewStr("fileno")); err == nil {
			r, err := objects.Call(ts, m, nil, nil)
			if err != nil {
				return 0, err
			}
			if _, ok := r.(*objects.Int); !ok {
				return 0, objects.Errorf(objects.TypeErrorType, "fileno() returned a non-integer")
			}
			o = r
		} else if o.Type().Slots.Index == nil {
			return 0, objects.Errorf(objects.TypeErrorType, "argument must be an int, or have a fileno() method.")
		}
	}
	fd, err := intArg(ts, o)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}

// bytesArg returns the contents of a bytes-like argument.
func bytesArg(o objects.Object) ([]byte, error) {
	if v, ok := o.(*objects.ByteArray); ok {
		return v.Value(), nil
	}
	return objects.BytesLike(o)
}

func setCloexec(fd int, on bool) error {
	flags, err := fcntl(fd, syscall.F_GETFD, 0)
	if err != nil {
		return err
	}
	if on {
		flags |= syscall.FD_CLOEXEC
	} else {
		flags &^= syscall.FD_CLOEXEC
	}
	_, err = fcntl(fd, syscall.F_SETFD, flags)
	return err
}

func (s *state) fileFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		def("open", []string{"path", "flags", "mode", "dir_fd"}, 0, 2, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "open", arg: "path"})
			if err != nil {
				return nil, err
			}
			flags, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			mode := 0o777
			if a[2] != nil {
				if mode, err = intArg(ts, a[2]); err != nil {
					return nil, err
				}
			}
			dfd, err := dirFd(ts, a[3])
			if err != nil {
				return nil, err
			}
			var fd int
			err = blocking(ts, func() (e error) {
				fd, e = syscall.Openat(dfd, p.name, flags|syscall.O_CLOEXEC, uint32(mode))
				return e
			})
			if err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return objects.NewInt(int64(fd)), nil
		}),
		def("close", []string{"fd"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			if err := syscall.Close(fd); err != nil && err != syscall.EINTR {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		posDef("closerange", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			lo, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			hi, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			for fd := max(lo, 0); fd < hi; fd++ {
				syscall.Close(fd)
			}
			return objects.None, nil
		}),
		posDef("read", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			n, err := int64Arg(ts, a[1])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, posixError(syscall.EINVAL)
			}
			if err := fdwait.WaitReadable(ts, fd); err != nil {
				if errno, ok := err.(syscall.Errno); ok {
					return nil, posixError(errno)
				}
				return nil, err
			}
			buf := make([]byte, min(n, 1<<30))
			var got int
			err = blocking(ts, func() (e error) {
				got, e = syscall.Read(fd, buf)
				return e
			})
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewBytes(buf[:got]), nil
		}),
		posDef("write", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			data, err := bytesArg(a[1])
			if err != nil {
				return nil, err
			}
			var n int
			err = blocking(ts, func() (e error) {
				n, e = syscall.Write(fd, data)
				return e
			})
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(n)), nil
		}),
		posDef("pread", 3, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			n, err := int64Arg(ts, a[1])
			if err != nil {
				return nil, err
			}
			off, err := int64Arg(ts, a[2])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, objects.Errorf(objects.ValueErrorType, "negative buffersize in pread")
			}
			buf := make([]byte, min(n, 1<<30))
			var got int
			err = blocking(ts, func() (e error) {
				got, e = syscall.Pread(fd, buf, off)
				return e
			})
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewBytes(buf[:got]), nil
		}),
		posDef("pwrite", 3, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			data, err := bytesArg(a[1])
			if err != nil {
				return nil, err
			}
			off, err := int64Arg(ts, a[2])
			if err != nil {
				return nil, err
			}
			var n int
			err = blocking(ts, func() (e error) {
				n, e = syscall.Pwrite(fd, data, off)
				return e
			})
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(n)), nil
		}),
		def("sendfile", []string{"out_fd", "in_fd", "offset", "count"}, 0, 4, 4, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			out, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			in, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			var offset *int64
			if a[2] != objects.None {
				off, err := int64Arg(ts, a[2])
				if err != nil {
					return nil, err
				}
				offset = &off
			}
			count, err := int64Arg(ts, a[3])
			if err != nil {
				return nil, err
			}
			if count < 0 {
				return nil, posixError(syscall.EINVAL)
			}
			var n int
			err = blocking(ts, func() (e error) {
				n, e = syscall.Sendfile(out, in, offset, int(count))
				return e
			})
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(n)), nil
		}),
		posDef("lseek", 3, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			pos, err := int64Arg(ts, a[1])
			if err != nil {
				return nil, err
			}
			how, err := intArg(ts, a[2])
			if err != nil {
				return nil, err
			}
			off, err := syscall.Seek(fd, pos, how)
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(off), nil
		}),
		def("fsync", []string{"fd"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := fileno(ts, a[0])
			if err != nil {
				return nil, err
			}
			if err := blocking(ts, func() error { return syscall.Fsync(fd) }); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		def("fdatasync", []string{"fd"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := fileno(ts, a[0])
			if err != nil {
				return nil, err
			}
			if err := blocking(ts, func() error { return syscall.Fdatasync(fd) }); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		posDef("ftruncate", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			n, err := int64Arg(ts, a[1])
			if err != nil {
				return nil, err
			}
			if err := retry(func() error { return syscall.Ftruncate(fd, n) }); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		def("fchdir", []string{"fd"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := fileno(ts, a[0])
			if err != nil {
				return nil, err
			}
			if err := syscall.Fchdir(fd); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		def("fchmod", []string{"fd", "mode"}, 0, 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			mode, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			if err := syscall.Fchmod(fd, uint32(mode)); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		def("fchown", []string{"fd", "uid", "gid"}, 0, 3, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			uid, gid, err := ids(ts, a[1], a[2])
			if err != nil {
				return nil, err
			}
			if err := syscall.Fchown(fd, uid, gid); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		def("fstat", []string{"fd"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			var st syscall.Stat_t
			if err := retry(func() error { return syscall.Fstat(fd, &st) }); err != nil {
				return nil, posixError(err)
			}
			return s.statResult(&st), nil
		}),
		noArgs("pipe", func(ts *objects.Thread) (objects.Object, error) {
			var p [2]int
			if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
				return nil, posixError(err)
			}
			return objects.NewTuple([]objects.Object{objects.NewInt(int64(p[0])), objects.NewInt(int64(p[1]))}), nil
		}),
		posDef("pipe2", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			flags, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			var p [2]int
			if err := syscall.Pipe2(p[:], flags); err != nil {
				return nil, posixError(err)
			}
			return objects.NewTuple([]objects.Object{objects.NewInt(int64(p[0])), objects.NewInt(int64(p[1]))}), nil
		}),
		posDef("dup", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			nfd, err := fcntl(fd, syscall.F_DUPFD_CLOEXEC, 0)
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(nfd)), nil
		}),
		def("dup2", []string{"fd", "fd2", "inheritable"}, 0, 2, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			fd2, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			inheritable, err := truth(ts, a[2], true)
			if err != nil {
				return nil, err
			}
			flags := 0
			if !inheritable {
				flags = syscall.O_CLOEXEC
			}
			if fd == fd2 {
				if _, err := fcntl(fd, syscall.F_GETFD, 0); err != nil {
					return nil, posixError(err)
				}
			} else if err := syscall.Dup3(fd, fd2, flags); err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(fd2)), nil
		}),
		posDef("isatty", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			return boolObj(isatty(fd)), nil
		}),
		def("device_encoding", []string{"fd"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			if isatty(fd) {
				return objects.NewStr("UTF-8"), nil
			}
			return objects.None, nil
		}),
		posDef("get_inheritable", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			flags, err := fcntl(fd, syscall.F_GETFD, 0)
			if err != nil {
				return nil, posixError(err)
			}
			return boolObj(flags&syscall.FD_CLOEXEC == 0), nil
		}),
		posDef("set_inheritable", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			on, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			if err := setCloexec(fd, on == 0); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		posDef("get_blocking", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			flags, err := fcntl(fd, syscall.F_GETFL, 0)
			if err != nil {
				return nil, posixError(err)
			}
			return boolObj(flags&syscall.O_NONBLOCK == 0), nil
		}),
		posDef("set_blocking", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			on, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			flags, err := fcntl(fd, syscall.F_GETFL, 0)
			if err == nil {
				if on != 0 {
					flags &^= syscall.O_NONBLOCK
				} else {
					flags |= syscall.O_NONBLOCK
				}
				_, err = fcntl(fd, syscall.F_SETFL, flags)
			}
			if err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		posDef("get_terminal_size", 0, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd := 1
			if a[0] != nil {
				var err error
				if fd, err = intArg(ts, a[0]); err != nil {
					return nil, err
				}
			}
			rows, cols, err := ioctlWinsize(fd)
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewStructSeq(s.terminalSizeType, []objects.Object{objects.NewInt(int64(cols)), objects.NewInt(int64(rows))}), nil
		}),
	}
}

// ids converts uid and gid arguments; -1 leaves one unchanged.
func ids(ts *objects.Thread, u, g objects.Object) (int, int, error) {
	uid, err := idArg(ts, u, "uid")
	if err != nil {
		return 0, 0, err
	}
	gid, err := idArg(ts, g, "gid")
	if err != nil {
		return 0, 0, err
	}
	return uid, gid, nil
}

// idArg converts a user or group id as _Py_Uid_Converter: an integer from -1 (no change)
// to 2**32-2.
func idArg(ts *objects.Thread, o objects.Object, what string) (int, error) {
	if o.Type().Slots.Index == nil {
		return 0, objects.Errorf(objects.TypeErrorType, "%s should be integer, not %s", what, o.Type().Name)
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := i.Int64()
	// A C long that does not fit in uid_t counts as too small, as CPython has it.
	switch {
	case small && v >= -1 && v < 1<<32-1:
		return int(v), nil
	case small && v != 1<<32-1, !small && i.Big().Sign() < 0:
		return 0, objects.Errorf(objects.OverflowErrorType, "%s is less than minimum", what)
	}
	return 0, objects.Errorf(objects.OverflowErrorType, "%s is greater than maximum", what)
}
