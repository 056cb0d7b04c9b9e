package posix

import (
	"encoding/binary"
	"runtime"
	"syscall"

	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
)

// scandir and its DirEntry objects, reading the directory with getdents64 so that each
// entry knows its inode and type without a stat call, as CPython's readdir-based one does.

// Directory entry types (d_type).
const (
	dtUnknown = 0
	dtDir     = 4
	dtReg     = 8
	dtLnk     = 10
)

// scandirIterator is the iterator scandir returns.
type scandirIterator struct {
	cls   *objects.Type
	st    *state
	p     path
	fd    *openDir
	buf   []byte
	pos   int
	end   int
	dirFd int // the descriptor entries are relative to when p is a descriptor
}

// openDir holds the descriptor of a directory being read (-1 once closed), apart from
// its iterator so that a cleanup can close it when the iterator is dropped unclosed.
type openDir struct{ fd int }

// Type returns posix.ScandirIterator.
func (it *scandirIterator) Type() *objects.Type { return it.cls }

// dirEntry is one entry scandir yields.
type dirEntry struct {
	cls        *objects.Type
	st         *state
	name, path objects.Object
	rawName    string // the name as the system gives it
	rawPath    string
	dirFd      int // for entries of scandir(fd): names are relative to it; else -1
	dtype      byte
	ino        uint64
	stat       objects.Object
	lstat      objects.Object
}

// Type returns posix.DirEntry.
func (e *dirEntry) Type() *objects.Type { return e.cls }

func (s *state) makeScandirTypes(ts *objects.Thread) error {
	cannot := func(name string) func(*objects.Thread, *objects.Type, []objects.Object, *objects.Tuple) (objects.Object, error) {
		return func(*objects.Thread, *objects.Type, []objects.Object, *objects.Tuple) (objects.Object, error) {
			return nil, objects.Errorf(objects.TypeErrorType, "cannot create '%s' instances", name)
		}
	}
	entry := func(self objects.Object) *dirEntry { return self.(*dirEntry) }
	followParser := &objects.ArgParser{FuncName: "is_dir", Params: []string{"follow_symlinks"}}
	follow := func(name string, args []objects.Object, kwnames *objects.Tuple, ts *objects.Thread) (bool, error) {
		p := *followParser
		p.FuncName = name
		var a [1]objects.Object
		if err := p.Parse(args, kwnames, a[:]); err != nil {
			return false, err
		}
		return truth(ts, a[0], true)
	}
	kwMethod := func(name string, f func(ts *objects.Thread, e *dirEntry, follow bool) (objects.Object, error)) objects.MethodDef {
		return goclass.Method(name, objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			fl, err := follow(name, args, kwnames, ts)
			if err != nil {
				return nil, err
			}
			return f(ts, entry(self), fl)
		})
	}
	noArg := func(name string, f func(ts *objects.Thread, self objects.Object) (objects.Object, error)) objects.MethodDef {
		return goclass.Method(name, objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return f(ts, self)
		})
	}
	var err error
	s.dirEntryType, err = goclass.New(ts, goclass.Spec{Module: "posix", Name: "DirEntry", Slots: []string{}, Final: true,
		New: cannot("posix.DirEntry"),
		Methods: []objects.MethodDef{
			kwMethod("is_dir", func(ts *objects.Thread, e *dirEntry, follow bool) (objects.Object, error) {
				r, err := e.testMode(ts, follow, syscall.S_IFDIR, dtDir)
				return boolOrErr(r, err)
			}),
			kwMethod("is_file", func(ts *objects.Thread, e *dirEntry, follow bool) (objects.Object, error) {
				r, err := e.testMode(ts, follow, syscall.S_IFREG, dtReg)
				return boolOrErr(r, err)
			}),
			kwMethod("stat", func(ts *objects.Thread, e *dirEntry, follow bool) (objects.Object, error) {
				return e.fetchStat(ts, follow)
			}),
			noArg("is_symlink", func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
				r, err := entry(self).isSymlink(ts)
				return boolOrErr(r, err)
			}),
			noArg("is_junction", func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
				return objects.False, nil
			}),
			noArg("inode", func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
				return objects.NewBigInt(new(bigInt).SetUint64(entry(self).ino)), nil
			}),
			noArg("__fspath__", func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
				return entry(self).path, nil
			}),
			noArg("__repr__", func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
				r, err := objects.Repr(ts, entry(self).name)
				if err != nil {
					return nil, err
				}
				return objects.NewStr("<DirEntry " + r.Value() + ">"), nil
			}),
			objects.ClassGetItem,
		},
		GetSets: []objects.GetSetDef{
			{Name: "name", Doc: "the entry's base filename, relative to scandir() \"path\" argument",
				Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return entry(o).name, nil }},
			{Name: "path", Doc: "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)",
				Get: func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return entry(o).path, nil }},
		},
	})
	if err != nil {
		return err
	}
	iter := func(self objects.Object) *scandirIterator { return self.(*scandirIterator) }
	s.scandirIteratorType, err = goclass.New(ts, goclass.Spec{Module: "posix", Name: "ScandirIterator", Slots: []string{}, Final: true,
		New: cannot("posix.ScandirIterator"),
		Methods: []objects.MethodDef{
			noArg("__iter__", func(ts *objects.Thread, self objects.Object) (objects.Object, error) { return self, nil }),
			noArg("__next__", func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
				return iter(self).next(ts)
			}),
			noArg("close", func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
				iter(self).close()
				return objects.None, nil
			}),
			noArg("__enter__", func(ts *objects.Thread, self objects.Object) (objects.Object, error) { return self, nil }),
			goclass.Method("__exit__", objects.MethFastcall, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				iter(self).close()
				return objects.False, nil
			}),
			noArg("__del__", func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
				iter(self).close()
				return objects.None, nil
			}),
		},
	})
	if err != nil {
		return err
	}
	scandirDef := def("scandir", []string{"path"}, 0, 0, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
		return s.scandir(ts, a[0])
	})
	s.module.Dict.SetStr(objects.NewStr("scandir"), objects.NewBuiltinFunction(&scandirDef, s.module))
	return nil
}

func boolOrErr(b bool, err error) (objects.Object, error) {
	if err != nil {
		return nil, err
	}
	return boolObj(b), nil
}

// scandir opens a directory for iteration.
func (s *state) scandir(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
	p, err := toPath(ts, arg, pathOpts{fn: "scandir", arg: "path", allowFd: true, nullable: true})
	if err != nil {
		return nil, err
	}
	it := &scandirIterator{cls: s.scandirIteratorType, st: s, p: p, dirFd: -1}
	if p.isFd {
		fd, err := fcntl(p.fd, syscall.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return nil, osError(err, p.obj, nil)
		}
		if _, err := syscall.Seek(fd, 0, 0); err != nil {
			syscall.Close(fd)
			return nil, osError(err, p.obj, nil)
		}
		it.fd, it.dirFd = &openDir{fd}, p.fd
	} else {
		var fd int
		err := retry(func() (e error) {
			fd, e = syscall.Open(p.name, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
			return e
		})
		if err != nil {
			return nil, osError(err, p.obj, nil)
		}
		it.fd = &openDir{fd}
	}
	runtime.AddCleanup(it, func(d *openDir) {
		if d.fd >= 0 {
			syscall.Close(d.fd)
		}
	}, it.fd)
	it.buf = make([]byte, 8192)
	return it, nil
}

func (it *scandirIterator) close() {
	if it.fd.fd >= 0 {
		syscall.Close(it.fd.fd)
		it.fd.fd = -1
	}
}

// next returns the next entry, skipping "." and "..", and raises StopIteration at the end.
func (it *scandirIterator) next(ts *objects.Thread) (objects.Object, error) {
	for {
		if it.fd.fd < 0 {
			return nil, objects.NewException(objects.StopIterationType)
		}
		if it.pos >= it.end {
			var n int
			err := retry(func() (e error) {
				n, e = syscall.Getdents(it.fd.fd, it.buf)
				return e
			})
			if err != nil {
				it.close()
				return nil, osError(err, it.p.obj, nil)
			}
			if n <= 0 {
				it.close()
				continue
			}
			it.pos, it.end = 0, n
		}
		// struct linux_dirent64: ino u64, off s64, reclen u16, type u8, name (NUL-terminated).
		rec := it.buf[it.pos:it.end]
		ino := binary.NativeEndian.Uint64(rec[0:8])
		reclen := int(binary.NativeEndian.Uint16(rec[16:18]))
		dtype := rec[18]
		nameBytes := rec[19:reclen]
		for i, c := range nameBytes {
			if c == 0 {
				nameBytes = nameBytes[:i]
				break
			}
		}
		it.pos += reclen
		name := string(nameBytes)
		if name == "." || name == ".." {
			continue
		}
		return it.entry(ts, name, dtype, ino)
	}
}

func (it *scandirIterator) entry(ts *objects.Thread, name string, dtype byte, ino uint64) (objects.Object, error) {
	e := &dirEntry{cls: it.st.dirEntryType, st: it.st, rawName: name, dtype: dtype, ino: ino, dirFd: it.dirFd}
	var err error
	if e.name, err = nameObject(ts, name, it.p.bytes); err != nil {
		return nil, err
	}
	if it.p.isFd {
		e.rawPath, e.path = name, e.name
		return e, nil
	}
	dir := it.p.name
	if it.p.none {
		dir = "."
	}
	switch {
	case dir == "":
		e.rawPath = name
	case dir[len(dir)-1] == '/':
		e.rawPath = dir + name
	default:
		e.rawPath = dir + "/" + name
	}
	if e.path, err = nameObject(ts, e.rawPath, it.p.bytes); err != nil {
		return nil, err
	}
	return e, nil
}

// doStat stats the entry, following a final symlink or not.
func (e *dirEntry) doStat(follow bool) (objects.Object, error) {
	var st syscall.Stat_t
	flags := 0
	if !follow {
		flags = atSymlinkNofollow
	}
	var err error
	if e.dirFd >= 0 {
		err = retry(func() error { return fstatat(e.dirFd, e.rawName, &st, flags) })
	} else {
		err = retry(func() error { return fstatat(atFdcwd, e.rawPath, &st, flags) })
	}
	if err != nil {
		return nil, osError(err, e.path, nil)
	}
	return e.st.statResult(&st), nil
}

// fetchStat is DirEntry.stat(): cached, and lstat's result for a non-symlink.
func (e *dirEntry) fetchStat(ts *objects.Thread, follow bool) (objects.Object, error) {
	if !follow {
		if e.lstat == nil {
			st, err := e.doStat(false)
			if err != nil {
				return nil, err
			}
			e.lstat = st
		}
		return e.lstat, nil
	}
	if e.stat == nil {
		link, err := e.isSymlink(ts)
		if err != nil {
			return nil, err
		}
		if link {
			if e.stat, err = e.doStat(true); err != nil {
				e.stat = nil
				return nil, err
			}
		} else if e.stat, err = e.fetchStat(ts, false); err != nil {
			e.stat = nil
			return nil, err
		}
	}
	return e.stat, nil
}

func (e *dirEntry) isSymlink(ts *objects.Thread) (bool, error) {
	if e.dtype != dtUnknown {
		return e.dtype == dtLnk, nil
	}
	st, err := e.fetchStat(ts, false)
	if err != nil {
		if isNotFound(err) {
			return false, nil
		}
		return false, err
	}
	return statMode(st)&syscall.S_IFMT == syscall.S_IFLNK, nil
}

// testMode answers is_dir and is_file: from the entry's type when known, else from stat
// (a missing file being neither).
func (e *dirEntry) testMode(ts *objects.Thread, follow bool, mode uint32, dtype byte) (bool, error) {
	if e.dtype != dtUnknown && !(follow && e.dtype == dtLnk) {
		return e.dtype == dtype, nil
	}
	st, err := e.fetchStat(ts, follow)
	if err != nil {
		if isNotFound(err) {
			return false, nil
		}
		return false, err
	}
	return statMode(st)&syscall.S_IFMT == mode, nil
}

func isNotFound(err error) bool {
	e, ok := err.(*objects.BaseException)
	return ok && e.Type().IsSubtype(objects.FileNotFoundErrorType)
}

func statMode(st objects.Object) uint32 {
	m, _ := st.(*objects.Tuple).Items()[0].(*objects.Int).Int64()
	return uint32(m)
}
