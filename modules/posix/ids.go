package posix

import (
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// Setting the process's user, group and process group ids, and naming its terminal.

func (s *state) idFunctions() []objects.MethodDef {
	// setter makes a function of n integer ids.
	setter := func(name string, n int, f func(ids []int) error) objects.MethodDef {
		what := "uid"
		if strings.HasSuffix(name, "gid") {
			what = "gid"
		}
		return posDef(name, n, n, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			ids := make([]int, n)
			for i := range ids {
				v, err := idArg(ts, a[i], what)
				if err != nil {
					return nil, err
				}
				ids[i] = v
			}
			if err := f(ids); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		})
	}
	triple := func(name string, f func() (int, int, int)) objects.MethodDef {
		return noArgs(name, func(ts *objects.Thread) (objects.Object, error) {
			a, b, c := f()
			return objects.NewTuple([]objects.Object{objects.NewInt(int64(a)), objects.NewInt(int64(b)), objects.NewInt(int64(c))}), nil
		})
	}
	return []objects.MethodDef{
		setter("setuid", 1, func(v []int) error { return syscall.Setuid(v[0]) }),
		setter("setgid", 1, func(v []int) error { return syscall.Setgid(v[0]) }),
		setter("seteuid", 1, func(v []int) error { return syscall.Setreuid(-1, v[0]) }),
		setter("setegid", 1, func(v []int) error { return syscall.Setregid(-1, v[0]) }),
		setter("setreuid", 2, func(v []int) error { return syscall.Setreuid(v[0], v[1]) }),
		setter("setregid", 2, func(v []int) error { return syscall.Setregid(v[0], v[1]) }),
		setter("setresuid", 3, func(v []int) error { return syscall.Setresuid(v[0], v[1], v[2]) }),
		setter("setresgid", 3, func(v []int) error { return syscall.Setresgid(v[0], v[1], v[2]) }),
		exactDef("setpgid", 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			pid, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			pgrp, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			if err := syscall.Setpgid(pid, pgrp); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		noArgs("setpgrp", func(ts *objects.Thread) (objects.Object, error) {
			if err := syscall.Setpgid(0, 0); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		triple("getresuid", func() (int, int, int) {
			var r, e, s int32
			syscall.RawSyscall(syscall.SYS_GETRESUID, ptr(&r), ptr(&e), ptr(&s))
			return int(r), int(e), int(s)
		}),
		triple("getresgid", func() (int, int, int) {
			var r, e, s int32
			syscall.RawSyscall(syscall.SYS_GETRESGID, ptr(&r), ptr(&e), ptr(&s))
			return int(r), int(e), int(s)
		}),
		posDef("setgroups", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			items, err := objects.IterableItems(ts, a[0])
			if err != nil {
				return nil, objects.Errorf(objects.TypeErrorType, "setgroups argument must be a sequence")
			}
			gids := make([]int, len(items))
			for i, it := range items {
				if it.Type().Slots.Index == nil {
					return nil, objects.Errorf(objects.TypeErrorType, "groups must be integers")
				}
				v, err := idArg(ts, it, "gid")
				if err != nil {
					return nil, err
				}
				gids[i] = v
			}
			if err := syscall.Setgroups(gids); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		posDef("ttyname", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			fd, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			if !isatty(fd) {
				if _, err := fcntl(fd, syscall.F_GETFD, 0); err != nil {
					return nil, posixError(err)
				}
				return nil, posixError(syscall.ENOTTY)
			}
			name, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd))
			if err != nil {
				return nil, posixError(err)
			}
			return fsDecode(ts, name)
		}),
		noArgs("ctermid", func(ts *objects.Thread) (objects.Object, error) {
			return objects.NewStr("/dev/tty"), nil
		}),
	}
}
