package posix

import (
	"math"
	"os"
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// Functions on file names.

// statPath stats p (a name relative to dirfd, or a descriptor) as os.stat does.
func (s *state) statPath(p path, dfd int, follow bool) (objects.Object, error) {
	var st syscall.Stat_t
	var err error
	switch {
	case p.isFd && p.fd == -1:
		// -1 is CPython's "no descriptor", leaving no name either: stat(NULL) fails so.
		err = syscall.EFAULT
	case p.isFd:
		err = retry(func() error { return syscall.Fstat(p.fd, &st) })
	default:
		flags := 0
		if !follow {
			flags = atSymlinkNofollow
		}
		err = retry(func() error { return fstatat(dfd, p.name, &st, flags) })
	}
	if err != nil {
		return nil, osError(err, p.obj, nil)
	}
	return s.statResult(&st), nil
}

// checkFdOptions rejects dir_fd and follow_symlinks=False with a descriptor, as CPython's
// fd_and_dir_fd_invalid and fd_and_follow_symlinks_invalid.
func checkFdOptions(fn string, p path, dfd int, follow bool) error {
	if p.isFd && dfd != atFdcwd {
		return objects.Errorf(objects.ValueErrorType, "%s: can't specify dir_fd without matching path", fn)
	}
	if p.isFd && !follow {
		return objects.Errorf(objects.ValueErrorType, "%s: cannot use fd and follow_symlinks together", fn)
	}
	return nil
}

func (s *state) pathFunctions() []objects.MethodDef {
	// simple makes f(path, *, dir_fd=None) for a call on a name.
	simple := func(name string, call func(dfd int, p string) error) objects.MethodDef {
		return def(name, []string{"path", "dir_fd"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: name, arg: "path"})
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[1])
			if err != nil {
				return nil, err
			}
			if err := retry(func() error { return call(dfd, p.name) }); err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return objects.None, nil
		})
	}
	unlink := func(dfd int, p string) error { return unlinkat(dfd, p, 0) }
	// renamer makes rename and replace.
	renamer := func(name string) objects.MethodDef {
		return def(name, []string{"src", "dst", "src_dir_fd", "dst_dir_fd"}, 0, 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			src, err := toPath(ts, a[0], pathOpts{fn: name, arg: "src"})
			if err != nil {
				return nil, err
			}
			dst, err := toPath(ts, a[1], pathOpts{fn: name, arg: "dst"})
			if err != nil {
				return nil, err
			}
			sfd, err := dirFd(ts, a[2])
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[3])
			if err != nil {
				return nil, err
			}
			if err := syscall.Renameat(sfd, src.name, dfd, dst.name); err != nil {
				return nil, osError(err, src.obj, dst.obj)
			}
			return objects.None, nil
		})
	}
	return []objects.MethodDef{
		def("stat", []string{"path", "dir_fd", "follow_symlinks"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "stat", arg: "path", allowFd: true})
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[1])
			if err != nil {
				return nil, err
			}
			follow, err := truth(ts, a[2], true)
			if err != nil {
				return nil, err
			}
			if err := checkFdOptions("stat", p, dfd, follow); err != nil {
				return nil, err
			}
			return s.statPath(p, dfd, follow)
		}),
		def("lstat", []string{"path", "dir_fd"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "lstat", arg: "path"})
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[1])
			if err != nil {
				return nil, err
			}
			return s.statPath(p, dfd, false)
		}),
		def("access", []string{"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 0, 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "access", arg: "path"})
			if err != nil {
				return nil, err
			}
			mode, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[2])
			if err != nil {
				return nil, err
			}
			effective, err := truth(ts, a[3], false)
			if err != nil {
				return nil, err
			}
			follow, err := truth(ts, a[4], true)
			if err != nil {
				return nil, err
			}
			flags := 0
			if effective {
				flags |= atEaccess
			}
			if !follow {
				flags |= atSymlinkNofollow
			}
			return boolObj(faccessat(dfd, p.name, uint32(mode), flags) == nil), nil
		}),
		def("chdir", []string{"path"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "chdir", arg: "path", allowFd: true})
			if err != nil {
				return nil, err
			}
			if p.isFd {
				err = syscall.Fchdir(p.fd)
			} else {
				err = syscall.Chdir(p.name)
			}
			if err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return objects.None, nil
		}),
		def("chmod", []string{"path", "mode", "dir_fd", "follow_symlinks"}, 0, 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "chmod", arg: "path", allowFd: true})
			if err != nil {
				return nil, err
			}
			mode, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[2])
			if err != nil {
				return nil, err
			}
			follow, err := truth(ts, a[3], true)
			if err != nil {
				return nil, err
			}
			if err := checkFdOptions("chmod", p, dfd, follow); err != nil {
				return nil, err
			}
			if p.isFd {
				err = syscall.Fchmod(p.fd, uint32(mode))
			} else {
				flags := 0
				if !follow {
					flags = atSymlinkNofollow
				}
				err = fchmodat(dfd, p.name, uint32(mode), flags)
			}
			if err == syscall.EOPNOTSUPP && !follow {
				return nil, objects.Errorf(objects.NotImplementedErrorType, "chmod: follow_symlinks unavailable on this platform")
			}
			if err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return objects.None, nil
		}),
		def("chown", []string{"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 0, 3, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "chown", arg: "path", allowFd: true})
			if err != nil {
				return nil, err
			}
			uid, gid, err := ids(ts, a[1], a[2])
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[3])
			if err != nil {
				return nil, err
			}
			follow, err := truth(ts, a[4], true)
			if err != nil {
				return nil, err
			}
			if err := checkFdOptions("chown", p, dfd, follow); err != nil {
				return nil, err
			}
			if p.isFd {
				err = syscall.Fchown(p.fd, uid, gid)
			} else {
				flags := 0
				if !follow {
					flags = atSymlinkNofollow
				}
				err = syscall.Fchownat(dfd, p.name, uid, gid, flags)
			}
			if err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return objects.None, nil
		}),
		def("lchown", []string{"path", "uid", "gid"}, 0, 3, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "lchown", arg: "path"})
			if err != nil {
				return nil, err
			}
			uid, gid, err := ids(ts, a[1], a[2])
			if err != nil {
				return nil, err
			}
			if err := syscall.Lchown(p.name, uid, gid); err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return objects.None, nil
		}),
		noArgs("getcwd", func(ts *objects.Thread) (objects.Object, error) {
			wd, err := syscall.Getwd()
			if err != nil {
				return nil, posixError(err)
			}
			return fsDecode(ts, wd)
		}),
		noArgs("getcwdb", func(ts *objects.Thread) (objects.Object, error) {
			wd, err := syscall.Getwd()
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewBytesString(wd), nil
		}),
		def("link", []string{"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 0, 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			src, err := toPath(ts, a[0], pathOpts{fn: "link", arg: "src"})
			if err != nil {
				return nil, err
			}
			dst, err := toPath(ts, a[1], pathOpts{fn: "link", arg: "dst"})
			if err != nil {
				return nil, err
			}
			sfd, err := dirFd(ts, a[2])
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[3])
			if err != nil {
				return nil, err
			}
			follow, err := truth(ts, a[4], true)
			if err != nil {
				return nil, err
			}
			flags := 0
			if follow {
				flags = atSymlinkFollow
			}
			if err := linkat(sfd, src.name, dfd, dst.name, flags); err != nil {
				return nil, osError(err, src.obj, dst.obj)
			}
			return objects.None, nil
		}),
		def("listdir", []string{"path"}, 0, 0, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "listdir", arg: "path", allowFd: true, nullable: true})
			if err != nil {
				return nil, err
			}
			names, err := readDirNames(p)
			if err != nil {
				return nil, osError(err, p.obj, nil)
			}
			out := make([]objects.Object, len(names))
			for i, n := range names {
				if out[i], err = nameObject(ts, n, p.bytes); err != nil {
					return nil, err
				}
			}
			return objects.NewList(out), nil
		}),
		def("mkdir", []string{"path", "mode", "dir_fd"}, 0, 1, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "mkdir", arg: "path"})
			if err != nil {
				return nil, err
			}
			mode := 0o777
			if a[1] != nil {
				if mode, err = intArg(ts, a[1]); err != nil {
					return nil, err
				}
			}
			dfd, err := dirFd(ts, a[2])
			if err != nil {
				return nil, err
			}
			if err := syscall.Mkdirat(dfd, p.name, uint32(mode)); err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return objects.None, nil
		}),
		def("mkfifo", []string{"path", "mode", "dir_fd"}, 0, 1, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "mkfifo", arg: "path"})
			if err != nil {
				return nil, err
			}
			mode := 0o666
			if a[1] != nil {
				if mode, err = intArg(ts, a[1]); err != nil {
					return nil, err
				}
			}
			dfd, err := dirFd(ts, a[2])
			if err != nil {
				return nil, err
			}
			if err := retry(func() error { return syscall.Mknodat(dfd, p.name, uint32(mode)|syscall.S_IFIFO, 0) }); err != nil {
				return nil, posixError(err) // CPython names no file here
			}
			return objects.None, nil
		}),
		simple("rmdir", func(dfd int, p string) error { return unlinkat(dfd, p, atRemovedir) }),
		simple("unlink", unlink),
		simple("remove", unlink),
		renamer("rename"),
		renamer("replace"),
		def("readlink", []string{"path", "dir_fd"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "readlink", arg: "path"})
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[1])
			if err != nil {
				return nil, err
			}
			target, err := readlinkat(dfd, p.name)
			if err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return nameObject(ts, target, p.bytes)
		}),
		def("symlink", []string{"src", "dst", "target_is_directory", "dir_fd"}, 0, 2, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			src, err := toPath(ts, a[0], pathOpts{fn: "symlink", arg: "src"})
			if err != nil {
				return nil, err
			}
			dst, err := toPath(ts, a[1], pathOpts{fn: "symlink", arg: "dst"})
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[3])
			if err != nil {
				return nil, err
			}
			if err := symlinkat(src.name, dfd, dst.name); err != nil {
				return nil, osError(err, src.obj, dst.obj)
			}
			return objects.None, nil
		}),
		def("truncate", []string{"path", "length"}, 0, 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "truncate", arg: "path", allowFd: true})
			if err != nil {
				return nil, err
			}
			n, err := int64Arg(ts, a[1])
			if err != nil {
				return nil, err
			}
			if p.isFd {
				err = retry(func() error { return syscall.Ftruncate(p.fd, n) })
			} else {
				err = syscall.Truncate(p.name, n)
			}
			if err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return objects.None, nil
		}),
		def("utime", []string{"path", "times", "ns", "dir_fd", "follow_symlinks"}, 0, 1, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "utime", arg: "path", allowFd: true})
			if err != nil {
				return nil, err
			}
			times, err := utimeTimes(ts, a[1], a[2])
			if err != nil {
				return nil, err
			}
			dfd, err := dirFd(ts, a[3])
			if err != nil {
				return nil, err
			}
			follow, err := truth(ts, a[4], true)
			if err != nil {
				return nil, err
			}
			if err := checkFdOptions("utime", p, dfd, follow); err != nil {
				return nil, err
			}
			if p.isFd {
				err = utimensat(p.fd, "", times, 0)
			} else {
				flags := 0
				if !follow {
					flags = atSymlinkNofollow
				}
				err = utimensat(dfd, p.name, times, flags)
			}
			if err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return objects.None, nil
		}),
		posDef("umask", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			mask, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			return objects.NewInt(int64(syscall.Umask(mask))), nil
		}),
	}
}

// readDirNames lists a directory (by name or descriptor), without "." and "..".
func readDirNames(p path) ([]string, error) {
	var f *os.File
	if p.isFd {
		fd, err := fcntl(p.fd, syscall.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return nil, err
		}
		if _, err := syscall.Seek(fd, 0, 0); err != nil {
			syscall.Close(fd)
			return nil, err
		}
		f = os.NewFile(uintptr(fd), "")
	} else {
		fd, err := syscall.Open(p.name, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
		if err != nil {
			return nil, err
		}
		f = os.NewFile(uintptr(fd), p.name)
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	return names, nil
}

// utimeTimes converts utime's times=(atime, mtime) or ns=(atime_ns, mtime_ns); neither
// means now.
func utimeTimes(ts *objects.Thread, times, ns objects.Object) (*[2]syscall.Timespec, error) {
	if times != nil && times != objects.None && ns != nil {
		return nil, objects.Errorf(objects.ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both")
	}
	var out [2]syscall.Timespec
	switch {
	case times != nil && times != objects.None:
		t, ok := times.(*objects.Tuple)
		if !ok || t.Len() != 2 {
			return nil, objects.Errorf(objects.TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
		}
		for i, v := range t.Items() {
			sec, nsec, err := splitSeconds(ts, v)
			if err != nil {
				return nil, err
			}
			out[i] = syscall.Timespec{Sec: sec, Nsec: nsec}
		}
	case ns != nil:
		t, ok := ns.(*objects.Tuple)
		if !ok || t.Len() != 2 {
			return nil, objects.Errorf(objects.TypeErrorType, "utime: 'ns' must be a tuple of two ints")
		}
		for i, v := range t.Items() {
			n, err := objects.Index(ts, v)
			if err != nil {
				return nil, err
			}
			b := n.Big()
			q, r := new(bigInt).DivMod(b, bigNew(1_000_000_000), new(bigInt))
			if !q.IsInt64() {
				return nil, objects.Errorf(objects.OverflowErrorType, "timestamp out of range for platform time_t")
			}
			out[i] = syscall.Timespec{Sec: q.Int64(), Nsec: r.Int64()}
		}
	default:
		return nil, nil
	}
	return &out, nil
}

// splitSeconds splits a time in seconds (int or float) into seconds and nanoseconds,
// rounding floats half to even as _PyTime_ObjectToTimespec with _PyTime_ROUND_FLOOR.
func splitSeconds(ts *objects.Thread, v objects.Object) (int64, int64, error) {
	if f, ok := v.(*objects.Float); ok {
		x := f.Value()
		if math.IsNaN(x) {
			return 0, 0, objects.Errorf(objects.ValueErrorType, "Invalid value NaN (not a number)")
		}
		sec := math.Floor(x)
		nsec := math.Floor((x - sec) * 1e9)
		if nsec >= 1e9 {
			sec++
			nsec -= 1e9
		}
		if sec < -9.2e18 || sec > 9.2e18 {
			return 0, 0, objects.Errorf(objects.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return int64(sec), int64(nsec), nil
	}
	sec, err := int64Arg(ts, v)
	if err != nil {
		if e, ok := err.(*objects.BaseException); ok && e.Type() == objects.OverflowErrorType {
			return 0, 0, objects.Errorf(objects.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return 0, 0, err
	}
	return sec, 0, nil
}
