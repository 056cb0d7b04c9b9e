// Package faulthandler is CPython's faulthandler module: it writes the Python tracebacks of
// the running code to a file descriptor on request (dump_traceback) or after a timeout
// (dump_traceback_later), which CPython's test runner relies on.
//
// Go's runtime turns fatal signals into panics of its own, which Taipan already reports as
// SystemError, so enable() records the setting without installing signal handlers, and
// register() records the registration without dumping when the signal arrives.
package faulthandler

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the faulthandler module.
var Module = vm.BuiltinModule{Name: "faulthandler", Init: initModule}

// state is the module's settings.
type state struct {
	mu         sync.Mutex
	enabled    bool
	registered map[int64]bool
	later      *time.Timer
}

var (
	enableArgs = objects.ArgParser{FuncName: "enable", Params: []string{"file", "all_threads"}, MaxPos: 2}
	dumpArgs   = objects.ArgParser{FuncName: "dump_traceback", Params: []string{"file", "all_threads"}, MaxPos: 2}
	laterArgs  = objects.ArgParser{FuncName: "dump_traceback_later", Params: []string{"timeout", "repeat", "file", "exit"}, MinPos: 1, MaxPos: 4}
	regArgs    = objects.ArgParser{FuncName: "register", Params: []string{"signum", "file", "all_threads", "chain"}, MinPos: 1, MaxPos: 4}
)

func initModule(ts *objects.Thread, m *objects.Module) error {
	st := &state{registered: map[int64]bool{}}
	fn := func(name string, flags objects.MethodFlags, doc string, f objects.MethodFunc) objects.MethodDef {
		return objects.MethodDef{Name: name, Flags: flags, Doc: doc, Func: f}
	}
	kw := objects.MethFastcall | objects.MethKeywords
	defs := []objects.MethodDef{
		fn("enable", kw, "Enable the fault handler.", func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var a [2]objects.Object
			if err := enableArgs.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			if _, err := fileDescriptor(ts, a[0]); err != nil {
				return nil, err
			}
			st.mu.Lock()
			st.enabled = true
			st.mu.Unlock()
			return objects.None, nil
		}),
		fn("disable", objects.MethNoArgs, "Disable the fault handler.", func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
			st.mu.Lock()
			defer st.mu.Unlock()
			was := st.enabled
			st.enabled = false
			return objects.NewBool(was), nil
		}),
		fn("is_enabled", objects.MethNoArgs, "Check if the handler is enabled.", func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
			st.mu.Lock()
			defer st.mu.Unlock()
			return objects.NewBool(st.enabled), nil
		}),
		fn("dump_traceback", kw, "Dump the traceback of the current thread, or of all threads if all_threads is True, into file.", func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var a [2]objects.Object
			if err := dumpArgs.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			fd, err := fileDescriptor(ts, a[0])
			if err != nil {
				return nil, err
			}
			all := true
			if a[1] != nil {
				if all, err = objects.IsTrue(ts, a[1]); err != nil {
					return nil, err
				}
			}
			t := vm.ThreadOf(ts)
			header := "Stack (most recent call first):\n"
			if all {
				header = fmt.Sprintf("Current thread 0x%016x (most recent call first):\n", t.Ident)
			}
			syscall.Write(fd, []byte(header+frames(t.Frame)))
			return objects.None, nil
		}),
		fn("dump_traceback_later", kw, "Dump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe.", func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var a [4]objects.Object
			if err := laterArgs.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			secs, err := objects.ToFloat(ts, a[0])
			if err != nil {
				return nil, err
			}
			timeout := secs.(*objects.Float).Value()
			if timeout <= 0 {
				return nil, objects.Errorf(objects.ValueErrorType, "timeout must be greater than 0")
			}
			repeat, exit := false, false
			if a[1] != nil {
				if repeat, err = objects.IsTrue(ts, a[1]); err != nil {
					return nil, err
				}
			}
			if a[3] != nil {
				if exit, err = objects.IsTrue(ts, a[3]); err != nil {
					return nil, err
				}
			}
			fd, err := fileDescriptor(ts, a[2])
			if err != nil {
				return nil, err
			}
			main := vm.ThreadOf(ts).Interp.MainThread()
			d := time.Duration(timeout * float64(time.Second))
			header := "Timeout (" + clock(d) + ")!\n"
			st.mu.Lock()
			defer st.mu.Unlock()
			if st.later != nil {
				st.later.Stop()
			}
			var fire func()
			fire = func() {
				// As CPython's watchdog thread, this reads the main thread's frames while it runs.
				syscall.Write(fd, []byte(header+fmt.Sprintf("Thread 0x%016x (most recent call first):\n", main.Ident)+frames(main.Frame)))
				if exit {
					os.Exit(1)
				}
				if repeat {
					st.mu.Lock()
					st.later = time.AfterFunc(d, fire)
					st.mu.Unlock()
				}
			}
			st.later = time.AfterFunc(d, fire)
			return objects.None, nil
		}),
		fn("cancel_dump_traceback_later", objects.MethNoArgs, "Cancel the previous call to dump_traceback_later().", func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
			st.mu.Lock()
			defer st.mu.Unlock()
			if st.later != nil {
				st.later.Stop()
				st.later = nil
			}
			return objects.None, nil
		}),
		fn("register", kw, "Register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file.", func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var a [4]objects.Object
			if err := regArgs.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			sig, err := signum(ts, a[0])
			if err != nil {
				return nil, err
			}
			if _, err := fileDescriptor(ts, a[1]); err != nil {
				return nil, err
			}
			st.mu.Lock()
			st.registered[sig] = true
			st.mu.Unlock()
			return objects.None, nil
		}),
		fn("unregister", objects.MethO, "Unregister the handler of the signal 'signum' registered by register().", func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			sig, err := signum(ts, args[0])
			if err != nil {
				return nil, err
			}
			st.mu.Lock()
			defer st.mu.Unlock()
			was := st.registered[sig]
			delete(st.registered, sig)
			return objects.NewBool(was), nil
		}),
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("faulthandler module."))
	return nil
}

// signum reads a signal number, as faulthandler.register checks it.
func signum(ts *objects.Thread, o objects.Object) (int64, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, _ := i.Int64()
	if v < 1 || v > 64 {
		return 0, objects.Errorf(objects.ValueErrorType, "signal number out of range")
	}
	if v == int64(syscall.SIGSEGV) || v == int64(syscall.SIGFPE) || v == int64(syscall.SIGABRT) ||
		v == int64(syscall.SIGBUS) || v == int64(syscall.SIGILL) {
		return 0, objects.Errorf(objects.RuntimeErrorType, "signal %d cannot be registered, use enable() instead", v)
	}
	return v, nil
}

// fileDescriptor resolves a file argument as faulthandler_get_fileno: None means sys.stderr,
// an int is a descriptor, anything else must have fileno() (and is flushed first).
func fileDescriptor(ts *objects.Thread, file objects.Object) (int, error) {
	if file == nil || file == objects.None {
		sys := vm.ThreadOf(ts).Interp.Modules.GetStr(objects.NewStr("sys"))
		if sys == nil {
			return 0, objects.Errorf(objects.RuntimeErrorType, "unable to get sys.stderr")
		}
		f, err := objects.GetAttr(ts, sys, objects.NewStr("stderr"))
		if err != nil {
			return 0, err
		}
		if f == objects.None {
			return 0, objects.Errorf(objects.RuntimeErrorType, "sys.stderr is None")
		}
		file = f
	}
	if i, ok := file.(*objects.Int); ok {
		fd, _ := i.Int64()
		if fd < 0 {
			return 0, objects.Errorf(objects.ValueErrorType, "file is not a valid file descriptor")
		}
		return int(fd), nil
	}
	r, err := objects.CallMethod(ts, file, "fileno")
	if err != nil {
		return 0, err
	}
	i, ok := r.(*objects.Int)
	if !ok {
		return 0, objects.Errorf(objects.RuntimeErrorType, "file.fileno() is not a valid file descriptor")
	}
	fd, _ := i.Int64()
	if fd < 0 {
		return 0, objects.Errorf(objects.RuntimeErrorType, "file.fileno() is not a valid file descriptor")
	}
	if _, err := objects.CallMethod(ts, file, "flush"); err != nil {
		return 0, err
	}
	return int(fd), nil
}

// frames renders a thread's frames as faulthandler does, the innermost first.
func frames(f *vm.Frame) string {
	var b strings.Builder
	for depth := 0; f != nil && depth < 100; depth, f = depth+1, f.Previous {
		fmt.Fprintf(&b, "  File \"%s\", line %d in %s\n", f.Code.Filename, f.Lineno(), f.Code.Name)
	}
	return b.String()
}

// clock formats a timeout as faulthandler's "H:MM:SS".
func clock(d time.Duration) string {
	s := int64(d / time.Second)
	out := fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	if frac := d % time.Second; frac != 0 {
		out += fmt.Sprintf(".%06d", int64(frac/time.Microsecond))
	}
	return out
}
