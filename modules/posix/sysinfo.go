package posix

import (
	"os"
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// File system and system configuration queries: statvfs, sysconf, confstr; and mknod.

var statvfsResultDesc = objects.StructSeqDesc{
	Name: "os.statvfs_result",
	Doc:  "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.",
	Fields: fields("f_bsize", "", "f_frsize", "", "f_blocks", "", "f_bfree", "", "f_bavail", "", "f_files", "",
		"f_ffree", "", "f_favail", "", "f_flag", "", "f_namemax", "", "f_fsid", ""),
	NSequence: 10,
}

var statvfsResultType = objects.NewStructSeqType(&statvfsResultDesc)

// stValid is ST_VALID, a flag of statfs that statvfs does not report.
const stValid = 0x20

func statvfsResult(st *syscall.Statfs_t) objects.Object {
	u := func(v uint64) objects.Object { return objects.NewBigInt(new(bigInt).SetUint64(v)) }
	frsize := st.Frsize
	if frsize == 0 {
		frsize = st.Bsize
	}
	fsid := uint64(uint32(st.Fsid.X__val[0])) | uint64(uint32(st.Fsid.X__val[1]))<<32
	return objects.NewStructSeq(statvfsResultType, []objects.Object{
		u(uint64(st.Bsize)), u(uint64(frsize)), u(st.Blocks), u(st.Bfree), u(st.Bavail), u(st.Files), u(st.Ffree), u(st.Ffree),
		u(uint64(st.Flags) &^ stValid), u(uint64(st.Namelen)), u(fsid),
	})
}

// sysconfValues computes the sysconf names this module knows, by their Linux numbers.
var sysconfValues = []struct {
	name  string
	num   int
	value func() int64
}{
	{"SC_ARG_MAX", 0, func() int64 {
		var r syscall.Rlimit
		if syscall.Getrlimit(syscall.RLIMIT_STACK, &r) == nil && r.Cur != ^uint64(0) {
			return max(int64(r.Cur/4), 131072)
		}
		return 131072
	}},
	{"SC_CHILD_MAX", 1, func() int64 { return rlimit(6) }}, // RLIMIT_NPROC
	{"SC_CLK_TCK", 2, func() int64 { return ticksPerSecond }},
	{"SC_NGROUPS_MAX", 3, func() int64 { return 65536 }},
	{"SC_OPEN_MAX", 4, func() int64 { return rlimit(syscall.RLIMIT_NOFILE) }},
	{"SC_PAGESIZE", 30, func() int64 { return int64(os.Getpagesize()) }},
	{"SC_PAGE_SIZE", 30, func() int64 { return int64(os.Getpagesize()) }},
	{"SC_SEM_NSEMS_MAX", 32, func() int64 { return -1 }},
	{"SC_LINE_MAX", 43, func() int64 { return 2048 }},
	{"SC_IOV_MAX", 60, func() int64 { return 1024 }},
	{"SC_LOGIN_NAME_MAX", 71, func() int64 { return 256 }},
	{"SC_NPROCESSORS_CONF", 83, func() int64 { return int64(cpuCount("possible")) }},
	{"SC_NPROCESSORS_ONLN", 84, func() int64 { return int64(cpuCount("online")) }},
	{"SC_PHYS_PAGES", 85, func() int64 {
		var info syscall.Sysinfo_t
		if syscall.Sysinfo(&info) != nil {
			return -1
		}
		return int64(info.Totalram) * int64(info.Unit) / int64(os.Getpagesize())
	}},
}

func rlimit(resource int) int64 {
	var r syscall.Rlimit
	if syscall.Getrlimit(resource, &r) != nil || r.Cur == ^uint64(0) {
		return -1
	}
	return int64(r.Cur)
}

// confName converts a configuration name (a str key of names, or an int) to its number.
func confName(ts *objects.Thread, o objects.Object, names map[string]int) (int, error) {
	if s, ok := o.(*objects.Str); ok {
		n, ok := names[s.Value()]
		if !ok {
			return 0, objects.Errorf(objects.ValueErrorType, "unrecognized configuration name")
		}
		return n, nil
	}
	if o.Type().Slots.Index == nil {
		return 0, objects.Errorf(objects.TypeErrorType, "configuration names must be strings or integers")
	}
	return intArg(ts, o)
}

func namesDict(ts *objects.Thread, names map[string]int) *objects.Dict {
	d := objects.NewDict()
	for k, v := range names {
		d.SetItem(ts, objects.NewStr(k), objects.NewInt(int64(v)))
	}
	return d
}

// confstrPath is confstr("CS_PATH"), the C library's default search path.
const confstrPath = "/bin:/usr/bin"

func (s *state) sysinfoFunctions(ts *objects.Thread) []objects.MethodDef {
	sysconfNames := map[string]int{}
	for _, v := range sysconfValues {
		sysconfNames[v.name] = v.num
	}
	confstrNames := map[string]int{"CS_PATH": 0}
	set := func(name string, v objects.Object) { s.module.Dict.SetStr(objects.NewStr(name), v) }
	set("sysconf_names", namesDict(ts, sysconfNames))
	set("confstr_names", namesDict(ts, confstrNames))
	set("statvfs_result", statvfsResultType)
	return []objects.MethodDef{
		def("statvfs", []string{"path"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "statvfs", arg: "path", allowFd: true})
			if err != nil {
				return nil, err
			}
			var st syscall.Statfs_t
			err = retry(func() error {
				if p.isFd {
					return syscall.Fstatfs(p.fd, &st)
				}
				return syscall.Statfs(p.name, &st)
			})
			if err != nil {
				return nil, osError(err, p.obj, nil)
			}
			return statvfsResult(&st), nil
		}),
		posDef("fstatvfs", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			var st syscall.Statfs_t
			if err := retry(func() error { return syscall.Fstatfs(fd, &st) }); err != nil {
				return nil, posixError(err)
			}
			return statvfsResult(&st), nil
		}),
		posDef("sysconf", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			n, err := confName(ts, a[0], sysconfNames)
			if err != nil {
				return nil, err
			}
			for _, v := range sysconfValues {
				if v.num == n {
					return objects.NewInt(v.value()), nil
				}
			}
			return nil, posixError(syscall.EINVAL)
		}),
		posDef("confstr", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			n, err := confName(ts, a[0], confstrNames)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return objects.NewStr(confstrPath), nil
			}
			return nil, posixError(syscall.EINVAL)
		}),
		def("mknod", []string{"path", "mode", "device", "dir_fd"}, 0, 1, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "mknod", arg: "path"})
			if err != nil {
				return nil, err
			}
			mode := 0o600
			if a[1] != nil {
				if mode, err = intArg(ts, a[1]); err != nil {
					return nil, err
				}
			}
			var dev int64
			if a[2] != nil {
				if dev, err = int64Arg(ts, a[2]); err != nil {
					return nil, err
				}
			}
			dfd, err := dirFd(ts, a[3])
			if err != nil {
				return nil, err
			}
			if err := retry(func() error { return syscall.Mknodat(dfd, p.name, uint32(mode), int(dev)) }); err != nil {
				return nil, posixError(err) // CPython names no file here
			}
			return objects.None, nil
		}),
	}
}
