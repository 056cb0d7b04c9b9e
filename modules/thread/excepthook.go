package thread

import (
	"strconv"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// _excepthook and _ExceptHookArgs: threading.excepthook, which reports an exception that
// ended a threading.Thread's run().

var hookFields = []string{"exc_type", "exc_value", "exc_traceback", "thread"}

// newExceptHookArgsClass makes _ExceptHookArgs, a struct sequence of the four fields.
func newExceptHookArgsClass(ts *objects.Thread) (*objects.Type, error) {
	return newStructSeq(ts, "_thread", "_ExceptHookArgs", "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.", hookFields)
}

// excepthook is _excepthook(args, /): it prints "Exception in thread NAME:" and the
// exception to sys.stderr (or, when that is None, to the stderr the thread kept), except
// for SystemExit, which ends a thread silently.
func (st *moduleState) excepthook(ts *objects.Thread, args objects.Object) (objects.Object, error) {
	t, ok := args.(*objects.Tuple)
	if !ok || args.Type() != st.hookArgs {
		return nil, objects.Errorf(objects.TypeErrorType, "_thread.excepthook argument type must be ExceptHookArgs")
	}
	items := t.Items()
	excType, value, thread := items[0], items[1], items[3]
	if excType == objects.SystemExitType {
		return objects.None, nil
	}
	file := sysAttr(ts, "stderr")
	if file == nil || file == objects.None {
		if thread == objects.None {
			return objects.None, nil
		}
		var err error
		if file, err = objects.GetAttr(ts, thread, objects.NewStr("_stderr")); err != nil {
			return nil, err
		}
		if file == objects.None {
			return objects.None, nil
		}
	}
	name := ""
	if thread != objects.None {
		v, err := objects.GetAttr(ts, thread, objects.NewStr("name"))
		if err != nil {
			if e, ok := err.(*objects.BaseException); !ok || !e.Type().IsSubtype(objects.AttributeErrorType) {
				return nil, err
			}
		} else {
			s, err := objects.StrOf(ts, v)
			if err != nil {
				return nil, err
			}
			name = s.Value()
		}
	}
	if name == "" && (thread == objects.None || !hasAttr(ts, thread, "name")) {
		name = strconv.FormatUint(vm.ThreadOf(ts).Ident, 10)
	}
	flushStdout(ts)
	text := "Exception in thread " + name + ":\n"
	if exc, ok := value.(*objects.BaseException); ok {
		text += formatException(ts, exc)
	} else {
		s, err := objects.StrOf(ts, value)
		if err != nil {
			return nil, err
		}
		text += value.Type().Name + ": " + s.Value() + "\n"
	}
	if _, err := objects.CallMethod(ts, file, "write", objects.NewStr(text)); err != nil {
		return nil, err
	}
	if _, err := objects.CallMethod(ts, file, "flush"); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// hasAttr reports whether o has the attribute name.
func hasAttr(ts *objects.Thread, o objects.Object, name string) bool {
	_, err := objects.GetAttr(ts, o, objects.NewStr(name))
	return err == nil
}

// sysAttr returns sys.name, nil when sys or the attribute is missing.
func sysAttr(ts *objects.Thread, name string) objects.Object {
	m, ok := vm.ThreadOf(ts).Interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
	if !ok {
		return nil
	}
	return m.Dict.GetStr(objects.NewStr(name))
}

// formatException renders exc and its traceback as an uncaught exception is printed.
func formatException(ts *objects.Thread, exc *objects.BaseException) string {
	if f := vm.ThreadOf(ts).Interp.FormatException; f != nil {
		return f(ts, exc)
	}
	return (&objects.TracebackFormatter{}).Format(ts, exc)
}

// flushStdout flushes sys.stdout, so that an exception report follows what was printed
// before it, as CPython's do.
func flushStdout(ts *objects.Thread) {
	if out := sysAttr(ts, "stdout"); out != nil && out != objects.None {
		objects.CallMethod(ts, out, "flush")
	}
}

// writeStderr writes text to file, or to sys.stderr when file is nil, and flushes it;
// failures are ignored, as for CPython's reports of unraisable exceptions.
func writeStderr(ts *objects.Thread, file objects.Object, text string) {
	if file == nil {
		file = sysAttr(ts, "stderr")
	}
	if file == nil || file == objects.None {
		return
	}
	if _, err := objects.CallMethod(ts, file, "write", objects.NewStr(text)); err == nil {
		objects.CallMethod(ts, file, "flush")
	}
}
