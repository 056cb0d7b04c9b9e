package sys

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// excepthook is sys.excepthook(exctype, value, traceback, /) (and sys.__excepthook__): it
// prints the exception and its traceback to sys.stderr, as the interpreter prints an
// uncaught exception.
func excepthook(ts *objects.Thread, m objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("excepthook", len(args), 3, 3); err != nil {
		return nil, err
	}
	mod, _ := m.(*objects.Module)
	if mod == nil {
		return objects.None, nil
	}
	value := args[1]
	var text string
	if exc, ok := value.(*objects.BaseException); ok {
		if f := vm.ThreadOf(ts).Interp.FormatException; f != nil {
			text = f(ts, exc)
		} else {
			text = (&objects.TracebackFormatter{}).Format(ts, exc)
		}
	} else {
		s, err := objects.StrOf(ts, value)
		if err != nil {
			return nil, err
		}
		text = value.Type().Name + ": " + s.Value() + "\n"
	}
	if out := mod.Dict.GetStr(objects.NewStr("stdout")); out != nil && out != objects.None {
		objects.CallMethod(ts, out, "flush")
	}
	stderr := mod.Dict.GetStr(objects.NewStr("stderr"))
	if stderr == nil || stderr == objects.None {
		return nil, objects.Errorf(objects.RuntimeErrorType, "lost sys.stderr")
	}
	if _, err := objects.CallMethod(ts, stderr, "write", objects.NewStr(text)); err != nil {
		return nil, err
	}
	_, err := objects.CallMethod(ts, stderr, "flush")
	if err != nil {
		return nil, err
	}
	return objects.None, nil
}
