// Package posixsubprocess is CPython's _posixsubprocess module: fork_exec, the call under
// subprocess.Popen on POSIX systems.
//
// CPython forks and runs the child's set-up in C between fork and exec. A Go process cannot
// run its own code in a forked child, so the set-up is handed to syscall.ForkExec, which does
// the descriptor plumbing, session, process group, credentials and directory change in its
// own child code. A child that cannot be started reports to subprocess.py the way CPython's
// child does, through errpipe_write, so subprocess raises the same exception.
package posixsubprocess

import (
	"fmt"
	"os"
	"syscall"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _posixsubprocess module.
var Module = vm.BuiltinModule{Name: "_posixsubprocess", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	m.Dict.SetStr(objects.NewStr("fork_exec"), objects.NewBuiltinFunction(&forkExecDef, m))
	return nil
}

var forkExecDef = objects.MethodDef{Name: "fork_exec", Flags: objects.MethFastcall, Func: forkExec,
	Doc: "Spawn a fresh new child process.\n\nFork a child process, close parent file descriptors as appropriate in the\nchild and duplicate the few that are needed before calling exec() in the\nchild process.\n\nIf close_fds is True, close file descriptors 3 and higher, except those listed\nin the sorted tuple pass_fds.\n\nThe preexec_fn, if supplied, will be called immediately before closing file\ndescriptors and exec.\n\nWARNING: preexec_fn is NOT SAFE if your application uses threads.\n         It may trigger infrequent, difficult to debug deadlocks.\n\nIf an error occurs in the child process before the exec, it is\nserialized and written to the errpipe_write fd per subprocess.py.\n\nReturns: the child process's PID.\n\nRaises: Only on an error in the parent process."}

// The positions of fork_exec's 23 arguments.
const (
	argArgs = iota
	argExecutables
	argCloseFds
	argPassFds
	argCwd
	argEnv
	argP2cRead
	argP2cWrite
	argC2pRead
	argC2pWrite
	argErrRead
	argErrWrite
	argErrpipeRead
	argErrpipeWrite
	argRestoreSignals
	argCallSetsid
	argPgid
	argGid
	argExtraGroups
	argUID
	argUmask
	argPreexecFn
	argAllowVfork
	argCount
)

// unstartedPid is the pid returned for a child that never ran: subprocess.py waits for it
// once after reading the error, and no process can have it, so that wait fails with ECHILD,
// which subprocess expects and ignores.
const unstartedPid = 1<<31 - 1

func forkExec(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if len(args) != argCount {
		return nil, objects.Errorf(objects.TypeErrorType, "fork_exec expected %d arguments, got %d", argCount, len(args))
	}
	if args[argPreexecFn] != objects.None {
		return nil, objects.Errorf(objects.RuntimeErrorType, "preexec_fn is not supported: the child process cannot run Python code before exec")
	}
	argv, err := byteStrings(ts, args[argArgs], "args")
	if err != nil {
		return nil, err
	}
	executables, err := byteStrings(ts, args[argExecutables], "executable_list")
	if err != nil {
		return nil, err
	}
	attr := &syscall.ProcAttr{Sys: &syscall.SysProcAttr{}}
	if args[argEnv] == objects.None {
		attr.Env = syscall.Environ()
	} else if attr.Env, err = byteStrings(ts, args[argEnv], "env"); err != nil {
		return nil, err
	}
	if attr.Env == nil {
		attr.Env = []string{}
	}
	if args[argCwd] != objects.None {
		if attr.Dir, err = fsPath(ts, args[argCwd]); err != nil {
			return nil, err
		}
	}
	if err := plumbFiles(ts, attr, args); err != nil {
		return nil, err
	}
	if err := setProcess(ts, attr.Sys, args); err != nil {
		return nil, err
	}
	errpipeWrite, err := intArg(ts, args[argErrpipeWrite])
	if err != nil {
		return nil, err
	}

	var pid int
	var startErr error
	vm.AllowThreads(ts, func() {
		// Like CPython's child, try each candidate in turn while the reason for failing is
		// that the file is not there.
		for _, exe := range executables {
			pid, startErr = syscall.ForkExec(exe, argv, attr)
			if startErr != syscall.ENOENT && startErr != syscall.ENOTDIR {
				break
			}
		}
	})
	if startErr == nil && len(executables) > 0 {
		return objects.NewInt(int64(pid)), nil
	}
	errno, ok := startErr.(syscall.Errno)
	if !ok {
		errno = syscall.ENOENT
	}
	// CPython's child says "noexec:chdir" when changing directory failed and nothing when
	// exec did, so subprocess names the directory or the program in the exception.
	where := ""
	if attr.Dir != "" {
		if st, err := os.Stat(attr.Dir); err != nil || !st.IsDir() {
			where = "noexec:chdir"
		}
	}
	report := fmt.Sprintf("OSError:%x:%s", int(errno), where)
	syscall.Write(errpipeWrite, []byte(report))
	return objects.NewInt(unstartedPid), nil
}

// plumbFiles sets the child's descriptors: the three standard streams from the pipe ends
// subprocess made (-1 keeps the parent's), and the descriptors of pass_fds at their numbers.
// With close_fds, every other descriptor up to the highest kept is closed; the others are
// close-on-exec already, as every descriptor Python opens is unless made inheritable.
func plumbFiles(ts *objects.Thread, attr *syscall.ProcAttr, args []objects.Object) error {
	var std [3]int
	for i, a := range []int{argP2cRead, argC2pWrite, argErrWrite} {
		fd, err := intArg(ts, args[a])
		if err != nil {
			return err
		}
		if fd < 0 {
			fd = i
		}
		std[i] = fd
	}
	passFds, err := objects.IterableItems(ts, args[argPassFds])
	if err != nil {
		return err
	}
	closeFds, err := objects.IsTrue(ts, args[argCloseFds])
	if err != nil {
		return err
	}
	errpipeWrite, err := intArg(ts, args[argErrpipeWrite])
	if err != nil {
		return err
	}
	files := []uintptr{uintptr(std[0]), uintptr(std[1]), uintptr(std[2])}
	for _, o := range passFds {
		fd, err := intArg(ts, o)
		if err != nil {
			return err
		}
		if fd < 0 {
			return objects.Errorf(objects.ValueErrorType, "bad value(s) in fds_to_keep")
		}
		// subprocess keeps the error pipe for CPython's child to report through; here the
		// parent reports, and a child holding it open would keep subprocess waiting.
		if fd == errpipeWrite {
			continue
		}
		for len(files) <= fd {
			if closeFds {
				files = append(files, ^uintptr(0))
			} else {
				files = append(files, uintptr(len(files)))
			}
		}
		files[fd] = uintptr(fd)
	}
	attr.Files = files
	return nil
}

// setProcess fills in the session, process group and credentials the child starts with.
func setProcess(ts *objects.Thread, sys *syscall.SysProcAttr, args []objects.Object) error {
	setsid, err := objects.IsTrue(ts, args[argCallSetsid])
	if err != nil {
		return err
	}
	sys.Setsid = setsid
	pgid, err := intArg(ts, args[argPgid])
	if err != nil {
		return err
	}
	if pgid >= 0 {
		sys.Setpgid, sys.Pgid = true, pgid
	}
	uid, gid := -1, -1
	if args[argUID] != objects.None {
		if uid, err = intArg(ts, args[argUID]); err != nil {
			return err
		}
	}
	if args[argGid] != objects.None {
		if gid, err = intArg(ts, args[argGid]); err != nil {
			return err
		}
	}
	var groups []uint32
	setGroups := args[argExtraGroups] != objects.None
	if setGroups {
		items, err := objects.IterableItems(ts, args[argExtraGroups])
		if err != nil {
			return err
		}
		for _, o := range items {
			g, err := intArg(ts, o)
			if err != nil {
				return err
			}
			groups = append(groups, uint32(g))
		}
	}
	if uid >= 0 || gid >= 0 || setGroups {
		if uid < 0 {
			uid = os.Getuid()
		}
		if gid < 0 {
			gid = os.Getgid()
		}
		sys.Credential = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), Groups: groups, NoSetGroups: !setGroups}
	}
	return nil
}

// byteStrings converts a sequence of str or bytes (file names, arguments, environment
// entries) to the bytes the system sees.
func byteStrings(ts *objects.Thread, o objects.Object, what string) ([]string, error) {
	if o == objects.None {
		return nil, nil
	}
	items, err := objects.IterableItems(ts, o)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, item := range items {
		s, err := fsPath(ts, item)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

// fsPath converts a str, bytes or path-like object to the bytes the system sees.
func fsPath(ts *objects.Thread, o objects.Object) (string, error) {
	p, _, err := objects.FSPath(ts, o)
	if err != nil {
		return "", err
	}
	switch v := p.(type) {
	case *objects.Str:
		b, err := v.Encode(ts, "utf-8", "surrogateescape")
		if err != nil {
			return "", err
		}
		s := b.Value()
		for i := 0; i < len(s); i++ {
			if s[i] == 0 {
				return "", objects.Errorf(objects.ValueErrorType, "embedded null byte")
			}
		}
		return s, nil
	case *objects.Bytes:
		return v.Value(), nil
	}
	return "", objects.Errorf(objects.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
}

// intArg converts a descriptor, id or mask argument.
func intArg(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok || v != int64(int32(v)) {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(v), nil
}
