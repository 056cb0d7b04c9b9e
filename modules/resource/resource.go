// Package resource is CPython's resource module: resource limits (getrlimit, setrlimit,
// prlimit) and usage (getrusage) of the process, on Linux.
package resource

import (
	"syscall"
	"unsafe"

	"github.com/taipanpy/taipan/modules/internal/cconv"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the resource module.
var Module = vm.BuiltinModule{Name: "resource", Init: initModule}

// rlimNLimits is Linux's RLIM_NLIMITS: resources are numbered below it.
const rlimNLimits = 16

// structRusageType is resource.struct_rusage.
var structRusageType = objects.NewStructSeqType(&objects.StructSeqDesc{
	Name: "resource.struct_rusage",
	Doc:  "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
	Fields: []objects.StructSeqField{
		{Name: "ru_utime", Doc: "user time used"},
		{Name: "ru_stime", Doc: "system time used"},
		{Name: "ru_maxrss", Doc: "max. resident set size"},
		{Name: "ru_ixrss", Doc: "shared memory size"},
		{Name: "ru_idrss", Doc: "unshared data size"},
		{Name: "ru_isrss", Doc: "unshared stack size"},
		{Name: "ru_minflt", Doc: "page faults not requiring I/O"},
		{Name: "ru_majflt", Doc: "page faults requiring I/O"},
		{Name: "ru_nswap", Doc: "number of swap outs"},
		{Name: "ru_inblock", Doc: "block input operations"},
		{Name: "ru_oublock", Doc: "block output operations"},
		{Name: "ru_msgsnd", Doc: "IPC messages sent"},
		{Name: "ru_msgrcv", Doc: "IPC messages received"},
		{Name: "ru_nsignals", Doc: "signals received"},
		{Name: "ru_nvcsw", Doc: "voluntary context switches"},
		{Name: "ru_nivcsw", Doc: "involuntary context switches"},
	},
	NSequence: 16,
})

var functions = []objects.MethodDef{
	{Name: "getrusage", Flags: objects.MethO, Func: getrusage, Doc: "getrusage($module, who, /)\n--\n\n"},
	{Name: "getrlimit", Flags: objects.MethO, Func: getrlimit, Doc: "getrlimit($module, resource, /)\n--\n\n"},
	{Name: "prlimit", Flags: objects.MethFastcall, Func: prlimit, Doc: "prlimit($module, pid, resource, limits=None, /)\n--\n\n"},
	{Name: "setrlimit", Flags: objects.MethFastcall, Func: setrlimit, Doc: "setrlimit($module, resource, limits, /)\n--\n\n"},
	{Name: "getpagesize", Flags: objects.MethNoArgs, Func: getpagesize, Doc: "getpagesize($module, /)\n--\n\n"},
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	for i := range functions {
		set(functions[i].Name, objects.NewBuiltinFunction(&functions[i], m))
	}
	set("error", objects.OSErrorType)
	set("struct_rusage", structRusageType)
	for _, c := range constants {
		set(c.name, objects.NewInt(c.value))
	}
	return nil
}

// getrusage(who, /)
func getrusage(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	who, err := cconv.Int(ts, args[0])
	if err != nil {
		return nil, err
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		if err == syscall.EINVAL {
			return nil, objects.Errorf(objects.ValueErrorType, "invalid who parameter")
		}
		return nil, osError(err)
	}
	seconds := func(tv syscall.Timeval) objects.Object {
		return objects.NewFloat(float64(tv.Sec) + float64(tv.Usec)*0.000001)
	}
	i := objects.NewInt
	return objects.NewStructSeq(structRusageType, []objects.Object{
		seconds(ru.Utime), seconds(ru.Stime),
		i(ru.Maxrss), i(ru.Ixrss), i(ru.Idrss), i(ru.Isrss), i(ru.Minflt), i(ru.Majflt),
		i(ru.Nswap), i(ru.Inblock), i(ru.Oublock), i(ru.Msgsnd), i(ru.Msgrcv),
		i(ru.Nsignals), i(ru.Nvcsw), i(ru.Nivcsw),
	}), nil
}

// resourceArg converts a resource number, which must name one of the system's limits.
func resourceArg(ts *objects.Thread, o objects.Object) (int, error) {
	r, err := cconv.Int(ts, o)
	if err != nil {
		return 0, err
	}
	if r < 0 || r >= rlimNLimits {
		return 0, objects.Errorf(objects.ValueErrorType, "invalid resource specified")
	}
	return r, nil
}

// limitsObject returns (soft, hard) as C longs: RLIM_INFINITY shows as -1.
func limitsObject(rl syscall.Rlimit) objects.Object {
	return objects.NewTuple([]objects.Object{objects.NewInt(int64(rl.Cur)), objects.NewInt(int64(rl.Max))})
}

// limitsArg converts a (soft, hard) sequence; a negative limit wraps around as in C, so -1
// is RLIM_INFINITY.
func limitsArg(ts *objects.Thread, o objects.Object) (syscall.Rlimit, error) {
	items, err := objects.IterableItems(ts, o)
	if err != nil {
		return syscall.Rlimit{}, err
	}
	if len(items) != 2 {
		return syscall.Rlimit{}, objects.Errorf(objects.ValueErrorType, "expected a tuple of 2 integers")
	}
	cur, err := cconv.Long(ts, items[0])
	if err != nil {
		return syscall.Rlimit{}, err
	}
	max, err := cconv.Long(ts, items[1])
	if err != nil {
		return syscall.Rlimit{}, err
	}
	return syscall.Rlimit{Cur: uint64(cur), Max: uint64(max)}, nil
}

// getrlimit(resource, /)
func getrlimit(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	r, err := resourceArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(r, &rl); err != nil {
		return nil, osError(err)
	}
	return limitsObject(rl), nil
}

// setrlimit(resource, limits, /). It goes through the syscall package so that the
// processes Go starts inherit the new open files limit, not the one Go saw at start.
func setrlimit(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("setrlimit", len(args), 2, 2); err != nil {
		return nil, err
	}
	r, err := resourceArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	rl, err := limitsArg(ts, args[1])
	if err != nil {
		return nil, err
	}
	if err := syscall.Setrlimit(r, &rl); err != nil {
		switch err {
		case syscall.EINVAL:
			return nil, objects.Errorf(objects.ValueErrorType, "current limit exceeds maximum limit")
		case syscall.EPERM:
			return nil, objects.Errorf(objects.ValueErrorType, "not allowed to raise maximum limit")
		}
		return nil, osError(err)
	}
	return objects.None, nil
}

// prlimit(pid, resource, limits=None, /): the limits before the call, setting new ones
// when given.
func prlimit(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("prlimit", len(args), 2, 3); err != nil {
		return nil, err
	}
	pid, err := cconv.Int(ts, args[0])
	if err != nil {
		return nil, err
	}
	r, err := resourceArg(ts, args[1])
	if err != nil {
		return nil, err
	}
	var newLimit *syscall.Rlimit
	if len(args) == 3 && args[2] != objects.None {
		rl, err := limitsArg(ts, args[2])
		if err != nil {
			return nil, err
		}
		newLimit = &rl
	}
	var old syscall.Rlimit
	_, _, e := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), uintptr(r),
		uintptr(unsafe.Pointer(newLimit)), uintptr(unsafe.Pointer(&old)), 0, 0)
	if e != 0 {
		if e == syscall.EINVAL {
			return nil, objects.Errorf(objects.ValueErrorType, "current limit exceeds maximum limit")
		}
		return nil, osError(e)
	}
	if newLimit != nil && r == syscall.RLIMIT_NOFILE && (pid == 0 || pid == syscall.Getpid()) {
		// Tell the syscall package too, or the processes Go starts would get back the
		// open files limit the interpreter started with.
		syscall.Setrlimit(r, newLimit)
	}
	return limitsObject(old), nil
}

// getpagesize()
func getpagesize(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	return objects.NewInt(int64(syscall.Getpagesize())), nil
}

// osError is the OSError of a failed system call.
func osError(err error) error {
	e, ok := err.(syscall.Errno)
	if !ok {
		e = syscall.EIO
	}
	return objects.NewOSError(e, "", "")
}
