package posix

import (
	"crypto/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"

	"github.com/taipanpy/taipan/objects"
)

// Functions on processes, users and the environment.

// ticksPerSecond is sysconf(_SC_CLK_TCK) on Linux.
const ticksPerSecond = 100

func (s *state) processFunctions() []objects.MethodDef {
	intFunc := func(name string, f func() int) objects.MethodDef {
		return noArgs(name, func(ts *objects.Thread) (objects.Object, error) {
			return objects.NewInt(int64(f())), nil
		})
	}
	pidFunc := func(name string, f func(pid int) (int, error)) objects.MethodDef {
		return posDef(name, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			pid, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			r, err := f(pid)
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewInt(int64(r)), nil
		})
	}
	// status makes one of the W* functions of a wait status.
	status := func(name string, f func(w syscall.WaitStatus) objects.Object) objects.MethodDef {
		return def(name, []string{"status"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			st, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			return f(syscall.WaitStatus(st)), nil
		})
	}
	i := func(v int) objects.Object { return objects.NewInt(int64(v)) }
	return []objects.MethodDef{
		intFunc("getpid", syscall.Getpid),
		intFunc("getppid", syscall.Getppid),
		intFunc("getuid", syscall.Getuid),
		intFunc("geteuid", syscall.Geteuid),
		intFunc("getgid", syscall.Getgid),
		intFunc("getegid", syscall.Getegid),
		intFunc("getpgrp", syscall.Getpgrp),
		def("getpgid", []string{"pid"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			pid, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			pgid, err := syscall.Getpgid(pid)
			if err != nil {
				return nil, posixError(err)
			}
			return i(pgid), nil
		}),
		pidFunc("getsid", getsid),
		noArgs("setsid", func(ts *objects.Thread) (objects.Object, error) {
			if _, err := syscall.Setsid(); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		noArgs("getgroups", func(ts *objects.Thread) (objects.Object, error) {
			gids, err := syscall.Getgroups()
			if err != nil {
				return nil, posixError(err)
			}
			out := make([]objects.Object, len(gids))
			for k, g := range gids {
				out[k] = i(g)
			}
			return objects.NewList(out), nil
		}),
		noArgs("getlogin", func(ts *objects.Thread) (objects.Object, error) {
			name, err := getlogin()
			if err != nil {
				return nil, posixError(err)
			}
			return fsDecode(ts, name)
		}),
		noArgs("getloadavg", func(ts *objects.Thread) (objects.Object, error) {
			var info syscall.Sysinfo_t
			if err := syscall.Sysinfo(&info); err != nil {
				return nil, objects.Errorf(objects.OSErrorType, "Load averages are unobtainable")
			}
			out := make([]objects.Object, 3)
			for k, l := range info.Loads {
				out[k] = objects.NewFloat(float64(l) / 65536)
			}
			return objects.NewTuple(out), nil
		}),
		exactDef("kill", 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			pid, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			sig, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		exactDef("killpg", 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			pgid, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			sig, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			if err := syscall.Kill(-pgid, syscall.Signal(sig)); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		exactDef("waitpid", 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			pid, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			options, err := intArg(ts, a[1])
			if err != nil {
				return nil, err
			}
			var ws syscall.WaitStatus
			var got int
			err = blocking(ts, func() (e error) {
				got, e = syscall.Wait4(pid, &ws, options, nil)
				return e
			})
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewTuple([]objects.Object{i(got), i(int(ws))}), nil
		}),
		exactDef("waitid", 3, waitid),
		noArgs("wait", func(ts *objects.Thread) (objects.Object, error) {
			var ws syscall.WaitStatus
			var got int
			err := blocking(ts, func() (e error) {
				got, e = syscall.Wait4(-1, &ws, 0, nil)
				return e
			})
			if err != nil {
				return nil, posixError(err)
			}
			return objects.NewTuple([]objects.Object{i(got), i(int(ws))}), nil
		}),
		status("WEXITSTATUS", func(w syscall.WaitStatus) objects.Object { return i(int(w>>8) & 0xff) }),
		status("WTERMSIG", func(w syscall.WaitStatus) objects.Object { return i(int(w) & 0x7f) }),
		status("WSTOPSIG", func(w syscall.WaitStatus) objects.Object { return i(int(w>>8) & 0xff) }),
		status("WIFEXITED", func(w syscall.WaitStatus) objects.Object { return boolObj(w&0x7f == 0) }),
		status("WIFSIGNALED", func(w syscall.WaitStatus) objects.Object { return boolObj(int8((w&0x7f)+1)>>1 > 0) }),
		status("WIFSTOPPED", func(w syscall.WaitStatus) objects.Object { return boolObj(w&0xff == 0x7f) }),
		status("WIFCONTINUED", func(w syscall.WaitStatus) objects.Object { return boolObj(w == 0xffff) }),
		posDef("WCOREDUMP", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			st, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			return boolObj(st&0x80 != 0), nil
		}),
		def("waitstatus_to_exitcode", []string{"status"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			st, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			w := syscall.WaitStatus(st)
			switch {
			case w&0x7f == 0:
				return i(int(w>>8) & 0xff), nil
			case int8((w&0x7f)+1)>>1 > 0:
				return i(-(int(w) & 0x7f)), nil
			case w&0xff == 0x7f:
				return nil, objects.Errorf(objects.ValueErrorType, "process stopped by delivery of signal %d", int(w>>8)&0xff)
			}
			return nil, objects.Errorf(objects.ValueErrorType, "invalid wait status: %d", st)
		}),
		def("_exit", []string{"status"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			code, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			os.Exit(code)
			return objects.None, nil
		}),
		noArgs("abort", func(ts *objects.Thread) (objects.Object, error) {
			abort()
			return objects.None, nil
		}),
		posDef("execv", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			return nil, execve(ts, "execv", a[0], a[1], nil)
		}),
		def("execve", []string{"path", "argv", "env"}, 0, 3, 3, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			return nil, execve(ts, "execve", a[0], a[1], a[2])
		}),
		def("system", []string{"command"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			p, err := toPath(ts, a[0], pathOpts{fn: "system", arg: "command"})
			if err != nil {
				return nil, err
			}
			cmd := exec.Command("/bin/sh", "-c", p.name)
			cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
			// A command that ran reports its wait status, failing or not; -1 means the shell
			// could not be started, as C's system says.
			blocking(ts, func() error {
				cmd.Run()
				return nil
			})
			if cmd.ProcessState == nil {
				return i(-1), nil
			}
			return i(int(cmd.ProcessState.Sys().(syscall.WaitStatus))), nil
		}),
		noArgs("times", func(ts *objects.Thread) (objects.Object, error) {
			var t syscall.Tms
			ticks, err := syscall.Times(&t)
			if err != nil {
				return nil, posixError(err)
			}
			f := func(v int64) objects.Object { return objects.NewFloat(float64(v) / ticksPerSecond) }
			return objects.NewStructSeq(s.timesResultType, []objects.Object{
				f(t.Utime), f(t.Stime), f(t.Cutime), f(t.Cstime), f(int64(ticks)),
			}), nil
		}),
		noArgs("uname", func(ts *objects.Thread) (objects.Object, error) {
			var u syscall.Utsname
			if err := syscall.Uname(&u); err != nil {
				return nil, posixError(err)
			}
			field := func(text string) objects.Object {
				v, err := fsDecode(ts, text)
				if err != nil {
					return objects.NewStr(text)
				}
				return v
			}
			return objects.NewStructSeq(s.unameResultType, []objects.Object{
				field(cString(u.Sysname[:])), field(cString(u.Nodename[:])), field(cString(u.Release[:])),
				field(cString(u.Version[:])), field(cString(u.Machine[:])),
			}), nil
		}),
		posDef("putenv", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			name, err := envString(ts, a[0], "putenv", "argument 1")
			if err != nil {
				return nil, err
			}
			if strings.IndexByte(name, '=') >= 0 {
				return nil, objects.Errorf(objects.ValueErrorType, "illegal environment variable name")
			}
			if name == "" {
				return nil, posixError(syscall.EINVAL)
			}
			value, err := envString(ts, a[1], "putenv", "argument 2")
			if err != nil {
				return nil, err
			}
			if err := os.Setenv(name, value); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
		posDef("unsetenv", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			name, err := envString(ts, a[0], "unsetenv", "argument")
			if err != nil {
				return nil, err
			}
			if name == "" || strings.IndexByte(name, '=') >= 0 {
				return nil, posixError(syscall.EINVAL)
			}
			if err := os.Unsetenv(name); err != nil {
				return nil, posixError(err)
			}
			return objects.None, nil
		}),
	}
}

// envString converts a name or value of putenv/unsetenv: str or bytes (or os.PathLike),
// without NUL characters.
func envString(ts *objects.Thread, o objects.Object, fn, arg string) (string, error) {
	v, ok, err := fspathOf(ts, o)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", objects.Errorf(objects.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
	}
	var s string
	if str, ok := v.(*objects.Str); ok {
		if s, err = fsEncode(ts, str); err != nil {
			return "", err
		}
	} else {
		s = v.(*objects.Bytes).Value()
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", objects.Errorf(objects.ValueErrorType, "embedded null byte")
	}
	return s, nil
}

// execve replaces the process image, as execv and execve do.
func execve(ts *objects.Thread, fn string, pathObj, argvObj, envObj objects.Object) error {
	p, err := toPath(ts, pathObj, pathOpts{fn: fn, arg: "path"})
	if err != nil {
		return err
	}
	switch argvObj.(type) {
	case *objects.Tuple, *objects.List:
	default:
		return objects.Errorf(objects.TypeErrorType, "%s() arg 2 must be a tuple or list", fn)
	}
	items, err := objects.IterableItems(ts, argvObj)
	if err != nil {
		return err
	}
	if len(items) < 1 {
		return objects.Errorf(objects.ValueErrorType, "%s() arg 2 must not be empty", fn)
	}
	argv := make([]string, len(items))
	for k, it := range items {
		if argv[k], err = envString(ts, it, fn, "argv"); err != nil {
			return err
		}
	}
	if argv[0] == "" {
		return objects.Errorf(objects.ValueErrorType, "%s() arg 2 first element cannot be empty", fn)
	}
	env := os.Environ()
	if envObj != nil {
		keys, err := objects.CallMethod(ts, envObj, "keys")
		if err != nil {
			return objects.Errorf(objects.TypeErrorType, "env must be a mapping object")
		}
		ks, err := objects.IterableItems(ts, keys)
		if err != nil {
			return err
		}
		env = env[:0:0]
		for _, k := range ks {
			v, err := objects.CallMethod(ts, envObj, "__getitem__", k)
			if err != nil {
				return err
			}
			kn, err := envString(ts, k, fn, "env")
			if err != nil {
				return err
			}
			if kn == "" || strings.IndexByte(kn, '=') >= 0 {
				return objects.Errorf(objects.ValueErrorType, "illegal environment variable name")
			}
			vs, err := envString(ts, v, fn, "env")
			if err != nil {
				return err
			}
			env = append(env, kn+"="+vs)
		}
	}
	return posixError(syscall.Exec(p.name, argv, env))
}

func (s *state) miscFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		def("fspath", []string{"path"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			v, ok, err := fspathOf(ts, a[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)
			}
			return v, nil
		}),
		posDef("strerror", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			code, err := intArg(ts, a[0])
			if err != nil {
				return nil, err
			}
			return objects.NewStr(strerror(code)), nil
		}),
		noArgs("cpu_count", func(ts *objects.Thread) (objects.Object, error) {
			return objects.NewInt(int64(cpuCount("online"))), nil
		}),
		posDef("urandom", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			n, err := int64Arg(ts, a[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, objects.Errorf(objects.ValueErrorType, "negative argument not allowed")
			}
			buf := make([]byte, n)
			if _, err := rand.Read(buf); err != nil {
				return nil, posixError(err)
			}
			return objects.NewBytes(buf), nil
		}),
		def("getrandom", []string{"size", "flags"}, 0, 1, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			n, err := int64Arg(ts, a[0])
			if err != nil {
				return nil, err
			}
			if a[1] != nil {
				if _, err := intArg(ts, a[1]); err != nil {
					return nil, err
				}
			}
			if n < 0 {
				return nil, posixError(syscall.EINVAL)
			}
			// The kernel's pool is ready once the system runs, so GRND_NONBLOCK and
			// GRND_RANDOM change nothing here; crypto/rand reads it with getrandom(2).
			buf := make([]byte, n)
			if _, err := rand.Read(buf); err != nil {
				return nil, posixError(err)
			}
			return objects.NewBytes(buf), nil
		}),
		noArgs("sync", func(ts *objects.Thread) (objects.Object, error) {
			syscall.Sync()
			return objects.None, nil
		}),
		posDef("major", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			d, err := int64Arg(ts, a[0])
			if err != nil {
				return nil, err
			}
			u := uint64(d)
			return objects.NewInt(int64((u>>8)&0xfff | (u>>32)&^0xfff)), nil
		}),
		posDef("minor", 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			d, err := int64Arg(ts, a[0])
			if err != nil {
				return nil, err
			}
			u := uint64(d)
			return objects.NewInt(int64(u&0xff | (u>>12)&^0xff)), nil
		}),
		posDef("makedev", 2, 2, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			ma, err := int64Arg(ts, a[0])
			if err != nil {
				return nil, err
			}
			mi, err := int64Arg(ts, a[1])
			if err != nil {
				return nil, err
			}
			M, m := uint64(ma), uint64(mi)
			return objects.NewInt(int64((M&0xfff)<<8 | (M&^0xfff)<<32 | m&0xff | (m&^0xff)<<12)), nil
		}),
		def("_path_normpath", []string{"path"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			return pathString(ts, a[0], "_path_normpath", func(p string) string {
				return normpath(p)
			})
		}),
		def("_path_splitroot_ex", []string{"p"}, 0, 1, 1, func(ts *objects.Thread, a []objects.Object) (objects.Object, error) {
			v, ok, err := fspathOf(ts, a[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)
			}
			drive, root, tail := splitroot(pathText(v))
			mk := func(x string) objects.Object {
				if _, isBytes := v.(*objects.Bytes); isBytes {
					return objects.NewBytesString(x)
				}
				return objects.NewStr(x)
			}
			return objects.NewTuple([]objects.Object{mk(drive), mk(root), mk(tail)}), nil
		}),
	}
}

// pathText returns the text of a str or bytes path as it is stored.
func pathText(v objects.Object) string {
	if s, ok := v.(*objects.Str); ok {
		return s.Value()
	}
	return v.(*objects.Bytes).Value()
}

// pathString applies f to the text of a path argument and returns the result of the same
// type.
func pathString(ts *objects.Thread, o objects.Object, fn string, f func(string) string) (objects.Object, error) {
	v, ok, err := fspathOf(ts, o)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fn, o.Type().Name)
	}
	if _, isBytes := v.(*objects.Bytes); isBytes {
		return objects.NewBytesString(f(pathText(v))), nil
	}
	return objects.NewStr(f(pathText(v))), nil
}

// strerror returns C's strerror text for code, "Unknown error N" for codes it lacks.
func strerror(code int) string {
	switch {
	case code == 0:
		return "Success"
	case code < 0 || code >= 134:
		return "Unknown error " + strconv.Itoa(code)
	}
	return objects.Strerror(syscall.Errno(code))
}

// cString returns the text of a NUL-terminated C char array (signed or not, by architecture).
func cString[T ~int8 | ~uint8](b []T) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c == 0 {
			break
		}
		out = append(out, byte(c))
	}
	return string(out)
}

// getlogin names the user logged in on this session as the GNU C library does: the user
// of the kernel's login uid (ENXIO when unset); without one, the user of the terminal on
// standard input, taken from LOGNAME as utmp is not read here.
func getlogin() (string, error) {
	if data, err := os.ReadFile("/proc/self/loginuid"); err == nil {
		uid, err := strconv.ParseUint(strings.TrimSpace(string(data)), 10, 32)
		if err != nil || uid == 1<<32-1 {
			return "", syscall.ENXIO
		}
		if name, ok := userName(uint32(uid)); ok {
			return name, nil
		}
		return "", syscall.ENXIO
	}
	if !isatty(0) {
		return "", syscall.ENOTTY
	}
	if name := os.Getenv("LOGNAME"); name != "" {
		return name, nil
	}
	return "", syscall.ENOENT
}

// userName looks uid up in /etc/passwd.
func userName(uid uint32) (string, bool) {
	data, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return "", false
	}
	want := strconv.FormatUint(uint64(uid), 10)
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ":")
		if len(f) > 2 && f[2] == want {
			return f[0], true
		}
	}
	return "", false
}
