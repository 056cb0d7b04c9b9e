// Package signal is CPython's _signal module, which Lib/signal.py wraps: Python handlers for
// the process's signals, run by the main thread (vm/signals.go), and the related calls.
package signal

import (
	"os"
	"syscall"
	"unsafe"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _signal module.
var Module = vm.BuiltinModule{Name: "_signal", Init: initModule}

// names are the signals _signal names, with Linux's numbers.
var names = []struct {
	name string
	num  syscall.Signal
}{
	{"SIGABRT", 6}, {"SIGALRM", 14}, {"SIGBUS", 7}, {"SIGCHLD", 17}, {"SIGCLD", 17}, {"SIGCONT", 18},
	{"SIGFPE", 8}, {"SIGHUP", 1}, {"SIGILL", 4}, {"SIGINT", 2}, {"SIGIO", 29}, {"SIGIOT", 6},
	{"SIGKILL", 9}, {"SIGPIPE", 13}, {"SIGPOLL", 29}, {"SIGPROF", 27}, {"SIGPWR", 30}, {"SIGQUIT", 3},
	{"SIGRTMAX", 64}, {"SIGRTMIN", 34}, {"SIGSEGV", 11}, {"SIGSTKFLT", 16}, {"SIGSTOP", 19},
	{"SIGSYS", 31}, {"SIGTERM", 15}, {"SIGTRAP", 5}, {"SIGTSTP", 20}, {"SIGTTIN", 21}, {"SIGTTOU", 22},
	{"SIGURG", 23}, {"SIGUSR1", 10}, {"SIGUSR2", 12}, {"SIGVTALRM", 26}, {"SIGWINCH", 28},
	{"SIGXCPU", 24}, {"SIGXFSZ", 25},
}

// strsignals are strsignal()'s descriptions, as glibc words them.
var strsignals = map[int]string{1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction",
	5: "Trace/breakpoint trap", 6: "Aborted", 7: "Bus error", 8: "Floating point exception", 9: "Killed",
	10: "User defined signal 1", 11: "Segmentation fault", 12: "User defined signal 2", 13: "Broken pipe",
	14: "Alarm clock", 15: "Terminated", 16: "Stack fault", 17: "Child exited", 18: "Continued",
	19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)", 22: "Stopped (tty output)",
	23: "Urgent I/O condition", 24: "CPU time limit exceeded", 25: "File size limit exceeded",
	26: "Virtual timer expired", 27: "Profiling timer expired", 28: "Window changed",
	29: "I/O possible", 30: "Power failure", 31: "Bad system call"}

const (
	sigDFL = 0
	sigIGN = 1
)

type module struct {
	interp      *vm.Interpreter
	itimerError *objects.Type
	wakeupFd    int
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	interp := vm.ThreadOf(ts).Interp
	st := &module{interp: interp, wakeupFd: -1}
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	for _, n := range names {
		set(n.name, objects.NewInt(int64(n.num)))
	}
	for name, v := range map[string]int64{"NSIG": vm.NSIG, "SIG_DFL": sigDFL, "SIG_IGN": sigIGN,
		"SIG_BLOCK": 0, "SIG_UNBLOCK": 1, "SIG_SETMASK": 2, "ITIMER_REAL": 0, "ITIMER_VIRTUAL": 1, "ITIMER_PROF": 2} {
		set(name, objects.NewInt(v))
	}
	ns := objects.NewDict()
	ns.SetStr(objects.NewStr("__module__"), objects.NewStr("signal"))
	var err error
	if st.itimerError, err = objects.NewClass(ts, objects.TypeType, "itimer_error", []objects.Object{objects.OSErrorType}, ns); err != nil {
		return err
	}
	set("ItimerError", st.itimerError)
	set("default_int_handler", interp.DefaultIntHandler())
	defs := []objects.MethodDef{
		{Name: "signal", Flags: objects.MethFastcall, Func: st.signal},
		{Name: "getsignal", Flags: objects.MethO, Func: st.getsignal},
		{Name: "raise_signal", Flags: objects.MethO, Func: st.raiseSignal},
		{Name: "strsignal", Flags: objects.MethO, Func: strsignal},
		{Name: "valid_signals", Flags: objects.MethNoArgs, Func: validSignals},
		{Name: "alarm", Flags: objects.MethO, Func: alarm},
		{Name: "pause", Flags: objects.MethNoArgs, Func: st.pause},
		{Name: "set_wakeup_fd", Flags: objects.MethFastcall | objects.MethKeywords, Func: st.setWakeupFd},
		{Name: "siginterrupt", Flags: objects.MethFastcall, Func: siginterrupt},
		{Name: "setitimer", Flags: objects.MethFastcall, Func: st.setitimer},
		{Name: "getitimer", Flags: objects.MethO, Func: st.getitimer},
		{Name: "pthread_sigmask", Flags: objects.MethFastcall, Func: pthreadSigmask},
		{Name: "sigpending", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.NewSet(), nil
		}},
		{Name: "pthread_kill", Flags: objects.MethFastcall, Func: st.pthreadKill},
	}
	for i := range defs {
		set(defs[i].Name, objects.NewBuiltinFunction(&defs[i], m))
	}
	return nil
}

func signum(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok || n < 1 || n >= vm.NSIG {
		return 0, objects.Errorf(objects.ValueErrorType, "signal number out of range")
	}
	return int(n), nil
}

// signal is signal(signalnum, handler): the old handler.
func (st *module) signal(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("signal", len(args), 2, 2); err != nil {
		return nil, err
	}
	t := vm.ThreadOf(ts)
	if t != st.interp.MainThread() {
		return nil, objects.Errorf(objects.ValueErrorType, "signal only works in main thread of the main interpreter")
	}
	sig, err := signum(ts, args[0])
	if err != nil {
		return nil, err
	}
	h := args[1]
	ignore, dflt := false, false
	if i, ok := h.(*objects.Int); ok {
		v, _ := i.Int64()
		ignore, dflt = v == sigIGN, v == sigDFL
	}
	callable := !ignore && !dflt && h.Type().Slots.Call != nil
	if !ignore && !dflt && !callable {
		return nil, objects.Errorf(objects.TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	if sig == int(syscall.SIGKILL) || sig == int(syscall.SIGSTOP) {
		return nil, objects.NewException(objects.OSErrorType, objects.NewInt(int64(syscall.EINVAL)), objects.NewStr("Invalid argument"))
	}
	old := st.current(sig)
	if err := t.RunSignalHandlers(); err != nil {
		return nil, err
	}
	st.interp.SetSignalHandler(sig, h, callable, ignore)
	return old, nil
}

// current is getsignal's answer: the Python handler, or the disposition CPython found at
// start-up (SIGPIPE and SIGXFSZ ignored, the rest default).
func (st *module) current(sig int) objects.Object {
	if h := st.interp.SignalHandler(sig); h != nil {
		return h
	}
	if sig == int(syscall.SIGPIPE) || sig == int(syscall.SIGXFSZ) {
		return objects.NewInt(sigIGN)
	}
	return objects.NewInt(sigDFL)
}

func (st *module) getsignal(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	sig, err := signum(ts, args[0])
	if err != nil {
		return nil, err
	}
	return st.current(sig), nil
}

// raiseSignal is raise_signal(signalnum): a signal with a Python handler runs it at once, as
// CPython's raise() followed by PyErr_CheckSignals does; any other takes its action.
func (st *module) raiseSignal(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	sig, err := signum(ts, args[0])
	if err != nil {
		return nil, err
	}
	if h := st.interp.SignalHandler(sig); h != nil && h.Type().Slots.Call != nil {
		st.interp.TripSignal(sig)
		return objects.None, vm.ThreadOf(ts).RunSignalHandlers()
	}
	if h := st.current(sig); h != nil {
		if i, ok := h.(*objects.Int); ok {
			if v, _ := i.Int64(); v == sigIGN {
				return objects.None, nil
			}
		}
	}
	if err := syscall.Kill(os.Getpid(), syscall.Signal(sig)); err != nil {
		return nil, objects.NewException(objects.OSErrorType, objects.NewInt(int64(err.(syscall.Errno))), objects.NewStr(err.Error()))
	}
	return objects.None, nil
}

func strsignal(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	sig, err := signum(ts, args[0])
	if err != nil {
		return nil, err
	}
	if s, ok := strsignals[sig]; ok {
		return objects.NewStr(s), nil
	}
	if sig >= 34 {
		return objects.NewStr("Real-time signal " + objects.NewInt(int64(sig-34)).String()), nil
	}
	return objects.NewStr("Unknown signal " + objects.NewInt(int64(sig)).String()), nil
}

func validSignals(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	var items []objects.Object
	for sig := 1; sig < vm.NSIG; sig++ {
		if sig == 32 || sig == 33 {
			continue // glibc's own real-time signals
		}
		items = append(items, objects.NewInt(int64(sig)))
	}
	set := objects.NewSet()
	for _, it := range items {
		if err := set.Add(ts, it); err != nil {
			return nil, err
		}
	}
	return set, nil
}

func alarm(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	i, err := objects.Index(ts, args[0])
	if err != nil {
		return nil, err
	}
	secs, _ := i.Int64()
	r, _, _ := syscall.RawSyscall(syscall.SYS_ALARM, uintptr(secs), 0, 0)
	return objects.NewInt(int64(r)), nil
}

// pause waits for a signal, then runs its handler.
func (st *module) pause(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	t := vm.ThreadOf(ts)
	t.ReleaseGIL()
	<-t.Interrupted()
	t.AcquireGIL()
	return objects.None, ts.CheckEvalBreaker()
}

var wakeupArgs = objects.ArgParser{FuncName: "set_wakeup_fd", Params: []string{"fd", "warn_on_full_buffer"}, PosOnly: 1, MinPos: 1, MaxPos: 1}

// setWakeupFd is set_wakeup_fd(fd, /, *, warn_on_full_buffer=True): the file descriptor a byte
// is written to when a signal arrives (asyncio's self-pipe). Returns the previous one.
func (st *module) setWakeupFd(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [2]objects.Object
	if err := wakeupArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	if vm.ThreadOf(ts) != st.interp.MainThread() {
		return nil, objects.Errorf(objects.ValueErrorType, "set_wakeup_fd only works in main thread of the main interpreter")
	}
	i, err := objects.Index(ts, v[0])
	if err != nil {
		return nil, err
	}
	fd, _ := i.Int64()
	old := st.wakeupFd
	st.wakeupFd = int(fd)
	st.interp.SetSignalWakeupFd(int(fd))
	return objects.NewInt(int64(old)), nil
}

func siginterrupt(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("siginterrupt", len(args), 2, 2); err != nil {
		return nil, err
	}
	if _, err := signum(ts, args[0]); err != nil {
		return nil, err
	}
	return objects.None, nil
}

type itimerval struct{ intervalSec, intervalUsec, valueSec, valueUsec int64 }

func (st *module) itimer(ts *objects.Thread, which int64, nv *itimerval) (objects.Object, error) {
	var old itimerval
	var r1 uintptr
	var e syscall.Errno
	if nv != nil {
		r1, _, e = syscall.RawSyscall(syscall.SYS_SETITIMER, uintptr(which), uintptr(unsafe.Pointer(nv)), uintptr(unsafe.Pointer(&old)))
	} else {
		r1, _, e = syscall.RawSyscall(syscall.SYS_GETITIMER, uintptr(which), uintptr(unsafe.Pointer(&old)), 0)
	}
	if r1 != 0 {
		return nil, objects.NewException(st.itimerError, objects.NewInt(int64(e)), objects.NewStr(e.Error()))
	}
	f := func(s, us int64) objects.Object { return objects.NewFloat(float64(s) + float64(us)/1e6) }
	return objects.NewTuple([]objects.Object{f(old.valueSec, old.valueUsec), f(old.intervalSec, old.intervalUsec)}), nil
}

func seconds(ts *objects.Thread, o objects.Object) (int64, int64, error) {
	fo, err := objects.ToFloat(ts, o)
	if err != nil {
		return 0, 0, err
	}
	f := fo.(*objects.Float).Value()
	s := int64(f)
	us := int64((f - float64(s)) * 1e6)
	if s == 0 && us == 0 && f > 0 {
		us = 1
	}
	return s, us, nil
}

func (st *module) setitimer(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("setitimer", len(args), 2, 3); err != nil {
		return nil, err
	}
	i, err := objects.Index(ts, args[0])
	if err != nil {
		return nil, err
	}
	which, _ := i.Int64()
	var nv itimerval
	if nv.valueSec, nv.valueUsec, err = seconds(ts, args[1]); err != nil {
		return nil, err
	}
	if len(args) == 3 {
		if nv.intervalSec, nv.intervalUsec, err = seconds(ts, args[2]); err != nil {
			return nil, err
		}
	}
	return st.itimer(ts, which, &nv)
}

func (st *module) getitimer(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	i, err := objects.Index(ts, args[0])
	if err != nil {
		return nil, err
	}
	which, _ := i.Int64()
	return st.itimer(ts, which, nil)
}

// pthreadSigmask is pthread_sigmask(how, mask): Go's runtime owns the threads' masks, so the
// call checks its arguments and reports an empty previous mask.
func pthreadSigmask(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("pthread_sigmask", len(args), 2, 2); err != nil {
		return nil, err
	}
	i, err := objects.Index(ts, args[0])
	if err != nil {
		return nil, err
	}
	if how, _ := i.Int64(); how < 0 || how > 2 {
		return nil, objects.NewException(objects.OSErrorType, objects.NewInt(int64(syscall.EINVAL)), objects.NewStr("Invalid argument"))
	}
	return objects.NewSet(), nil
}

// pthreadKill is pthread_kill(thread_id, signalnum): delivered to the process, whose main
// thread handles Python signals in any case.
func (st *module) pthreadKill(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("pthread_kill", len(args), 2, 2); err != nil {
		return nil, err
	}
	sig, err := objects.Index(ts, args[1])
	if err != nil {
		return nil, err
	}
	n, _ := sig.Int64()
	if n == 0 {
		return objects.None, nil
	}
	if h := st.interp.SignalHandler(int(n)); h != nil && h.Type().Slots.Call != nil {
		st.interp.TripSignal(int(n))
		return objects.None, vm.ThreadOf(ts).RunSignalHandlers()
	}
	return objects.None, syscall.Kill(os.Getpid(), syscall.Signal(n))
}
