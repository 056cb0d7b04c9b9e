package taipan

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/taipanpy/taipan/internal/generated/tier1"
	"github.com/taipanpy/taipan/modules/builtins"
	pyio "github.com/taipanpy/taipan/modules/io"
	"github.com/taipanpy/taipan/modules/stdlib"
	"github.com/taipanpy/taipan/modules/sys"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Interpreter is a Python interpreter and its main thread, which the methods run code on;
// the code may start more threads (_thread, threading).
type Interpreter struct {
	interp   *vm.Interpreter
	thread   *vm.Thread
	optimize int
	// noSite is -S: the site module is not imported at start-up (ImportSite).
	noSite bool
	// keyboardInterrupt is set when the program ended with an uncaught KeyboardInterrupt.
	keyboardInterrupt bool
}

// InstallSignalHandlers makes SIGINT raise KeyboardInterrupt in the main thread, as CPython's
// start-up does for a program; an embedder that handles signals itself does not call it.
func (i *Interpreter) InstallSignalHandlers() { i.interp.InstallSignalHandlers() }

// UnhandledKeyboardInterrupt reports whether the program ended with an uncaught
// KeyboardInterrupt, after which CPython ends the process with SIGINT itself (status 130 in a
// shell).
func (i *Interpreter) UnhandledKeyboardInterrupt() bool { return i.keyboardInterrupt }

// Options configure a new interpreter; the zero value gives an interpreter on the process's
// own streams.
type Options struct {
	// Stdin, Stdout and Stderr back sys.stdin, sys.stdout and sys.stderr (nil for the
	// process's own).
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Args is sys.argv.
	Args []string
	// Path is sys.path.
	Path []string
	// Unbuffered is -u: sys.stdout and sys.stderr write through at once.
	Unbuffered bool
	// Optimize is -O's level.
	Optimize int
	// DontWriteBytecode is -B: imported modules are not cached in __pycache__.
	DontWriteBytecode bool
	// Flags are the other command-line options, as sys.flags shows them; Optimize and
	// DontWriteBytecode above are copied into them.
	Flags sys.Flags
	// WarnOptions are the -W options (sys.warnoptions), XOptions the -X options as written
	// (sys._xoptions).
	WarnOptions, XOptions []string
}

// New returns an interpreter running the generated tier-1 loop, with its builtins and sys
// modules made; at most one Options may be given.
func New(opts ...Options) *Interpreter {
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	o.Flags.Optimize = o.Optimize
	o.Flags.DontWriteBytecode = o.DontWriteBytecode
	interp := vm.NewInterpreter(&vm.Runtime{}, tier1.Run)
	interp.Optimize = o.Optimize
	interp.DontWriteBytecode = o.DontWriteBytecode
	thread := vm.NewThread(interp)
	interp.AddBuiltinModules(
		builtins.Module(interp, builtins.Config{Optimize: o.Optimize}),
		sys.Module(interp, sys.Config{Argv: o.Args, Path: o.Path, Stdin: o.Stdin, Stdout: o.Stdout,
			Stderr: o.Stderr, Unbuffered: o.Unbuffered, Prefix: prefixOf(o.Path), Flags: o.Flags,
			WarnOptions: o.WarnOptions, XOptions: o.XOptions}),
	)
	interp.AddBuiltinModules(stdlib.Modules()...)
	// Both modules are made now, as CPython's interpreter start-up makes them: code finds its
	// built-in names in the builtins module's namespace, and print finds sys.stdout.
	for _, name := range []string{"builtins", "sys"} {
		if _, _, err := interp.ImportBuiltin(&thread.Thread, name); err != nil {
			panic("taipan: making the " + name + " module: " + err.Error())
		}
	}
	// CPython's start-up imports io: builtins.open is _io.open, and the standard streams are
	// _io objects.
	if m, ok, err := interp.ImportBuiltin(&thread.Thread, "_io"); ok && err == nil {
		interp.Builtins.SetStr(objects.NewStr("open"), m.Dict.GetStr(objects.NewStr("open")))
		setStdStreams(&thread.Thread, interp, m, pyio.StdConfig{Stdin: o.Stdin, Stdout: o.Stdout,
			Stderr: o.Stderr, Unbuffered: o.Unbuffered})
	}
	i := &Interpreter{interp: interp, thread: thread, optimize: o.Optimize, noSite: o.Flags.NoSite}
	interp.FormatException = func(ts *objects.Thread, exc *objects.BaseException) string {
		return i.formatter(ts).Format(ts, exc)
	}
	return i
}

// prefixOf is sys.prefix: the installation directory of the standard library on path
// (PREFIX/lib/python3.13), or "" when there is none.
func prefixOf(path []string) string {
	for _, p := range path {
		if filepath.Base(p) == "python3.13" && filepath.Base(filepath.Dir(p)) == "lib" {
			return filepath.Dir(filepath.Dir(p))
		}
	}
	return ""
}

// setStdStreams makes sys.stdin, sys.stdout and sys.stderr (and their __std*__ originals)
// TextIOWrapper objects of the _io module m; the sys module's own streams stay when that
// fails.
func setStdStreams(ts *objects.Thread, interp *vm.Interpreter, m *objects.Module, cfg pyio.StdConfig) {
	stdin, stdout, stderr, err := pyio.StdStreams(ts, m, cfg)
	if err != nil {
		return
	}
	s, ok := interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
	if !ok {
		return
	}
	for _, kv := range []struct {
		name string
		v    objects.Object
	}{{"stdin", stdin}, {"stdout", stdout}, {"stderr", stderr}} {
		s.Dict.SetStr(objects.NewStr(kv.name), kv.v)
		s.Dict.SetStr(objects.NewStr("__"+kv.name+"__"), kv.v)
	}
}

// Flush flushes sys.stdout and sys.stderr, as CPython does when the interpreter exits: output
// to a file or pipe is block-buffered and would otherwise stay in the buffer. Files the
// program opened and never closed are flushed first.
func (i *Interpreter) Flush() error {
	i.interp.RunAtExit(&i.thread.Thread)
	s, ok := i.interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
	if !ok {
		return nil
	}
	var first error
	for _, name := range []string{"stdout", "stderr"} {
		f := s.Dict.GetStr(objects.NewStr(name))
		if f == nil || f == objects.None || fileIsClosed(&i.thread.Thread, f) {
			continue
		}
		if _, err := objects.CallMethod(&i.thread.Thread, f, "flush"); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// fileIsClosed reports whether a standard stream has been closed, which CPython's exit does
// not flush (a program may close sys.stdout itself); a stream whose closed attribute cannot
// be read counts as open.
func fileIsClosed(ts *objects.Thread, f objects.Object) bool {
	c, err := objects.GetAttr(ts, f, objects.NewStr("closed"))
	if err != nil {
		return false
	}
	closed, err := objects.IsTrue(ts, c)
	return err == nil && closed
}

// RunCode runs code as a module body with globals as its namespace and returns its result.
// A Python exception comes back as the error, an *objects.BaseException. No Go panic escapes:
// an internal failure (a malformed code object, a runtime bug) becomes a SystemError.
func (i *Interpreter) RunCode(code *objects.Code, globals *objects.Dict) (result objects.Object, err error) {
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("TAIPAN_PANIC_STACK") != "" {
				// The Go stack of an internal failure, for whoever debugs the runtime.
				os.Stderr.Write(debug.Stack())
			}
			result, err = nil, objects.Errorf(objects.SystemErrorType, "internal error running %s: %v", code.Qualname, r)
		}
	}()
	return i.thread.RunModuleCode(code, globals)
}

// Finalize ends the interpreter's life as CPython's Py_FinalizeEx does before it tears
// anything down: threading._shutdown() waits for the non-daemon threads (when threading was
// imported), and the daemon threads still running end when they next try to run. An
// exception _shutdown raises is reported as unraisable. The interpreter starts no thread
// afterwards; call it once the program is done, before the final Flush.
func (i *Interpreter) Finalize() {
	ts := &i.thread.Thread
	func() {
		defer func() {
			if r := recover(); r != nil {
				i.writeStderr(fmt.Sprintf("SystemError: internal error in threading._shutdown: %v\n", r))
			}
		}()
		if err := i.interp.WaitForThreadShutdown(ts); err != nil {
			exc := vm.AsException(err)
			where := "threading"
			if m := i.interp.Modules.GetStr(objects.NewStr("threading")); m != nil {
				if r, err := objects.Repr(ts, m); err == nil {
					where = r.Value()
				}
			}
			i.Flush()
			i.writeStderr("Exception ignored in: " + where + "\n" + i.formatter(ts).Format(ts, exc))
		}
	}()
	// Then the atexit callbacks, if the program registered any.
	if m := i.interp.Modules.GetStr(objects.NewStr("atexit")); m != nil {
		if run, err := objects.GetAttr(ts, m, objects.NewStr("_run_exitfuncs")); err == nil {
			objects.Call(ts, run, nil, nil)
		}
	}
	i.interp.Finalize()
}
