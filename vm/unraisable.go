package vm

import "github.com/taipanpy/taipan/objects"

// WriteUnraisable reports an exception that nothing can catch (one raised by an atexit
// callback, a finalizer, a weakref callback) on sys.stderr, as CPython's default
// unraisablehook does: msg and a colon when there is a message, else
// "Exception ignored in: <obj>", then the traceback.
func WriteUnraisable(ts *objects.Thread, err error, msg string, obj objects.Object) {
	exc := AsException(err)
	interp := ThreadOf(ts).Interp
	text := msg + ":\n"
	if msg == "" {
		text = "Exception ignored in: <object repr() failed>\n"
		if r, err := objects.Repr(ts, obj); err == nil {
			text = "Exception ignored in: " + r.Value() + "\n"
		}
	}
	if interp.FormatException != nil {
		text += interp.FormatException(ts, exc)
	} else {
		text += (&objects.TracebackFormatter{}).Format(ts, exc)
	}
	if sys, ok := interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module); ok {
		if out := sys.Dict.GetStr(objects.NewStr("stdout")); out != nil && out != objects.None {
			objects.CallMethod(ts, out, "flush")
		}
		if f := sys.Dict.GetStr(objects.NewStr("stderr")); f != nil && f != objects.None {
			if _, err := objects.CallMethod(ts, f, "write", objects.NewStr(text)); err == nil {
				objects.CallMethod(ts, f, "flush")
				return
			}
		}
	}
}
