package vm

import (
	"os"
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/objects"
)

// SyntaxWarner returns the function compile.Options.Warn wants for source compiled from
// filename: each SyntaxWarning goes through warnings.warn_explicit when the warnings module
// is loaded (so filters apply, and an "error" filter makes the compilation fail with a
// SyntaxError), else it is printed as CPython's default warning display shows it:
// "FILE:LINE: SyntaxWarning: MSG" and the source line.
func SyntaxWarner(ts *objects.Thread, filename string) func(msg string, lineno int) error {
	return func(msg string, lineno int) error {
		interp := ThreadOf(ts).Interp
		if w := interp.Modules.GetStr(objects.NewStr("warnings")); w != nil {
			if f, err := objects.GetAttr(ts, w, objects.NewStr("warn_explicit")); err == nil {
				_, err := objects.Call(ts, f, []objects.Object{objects.NewStr(msg), objects.SyntaxWarningType,
					objects.NewStr(filename), objects.NewInt(int64(lineno))}, nil)
				if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.SyntaxWarningType) {
					return compile.ErrWarningIsError
				}
				return err
			}
		}
		text := filename + ":" + strconv.Itoa(lineno) + ": SyntaxWarning: " + msg + "\n"
		if data, err := os.ReadFile(filename); err == nil {
			lines := strings.Split(string(data), "\n")
			if lineno >= 1 && lineno <= len(lines) {
				if l := strings.TrimSpace(lines[lineno-1]); l != "" {
					text += "  " + l + "\n"
				}
			}
		}
		if sys, ok := interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module); ok {
			if f := sys.Dict.GetStr(objects.NewStr("stderr")); f != nil && f != objects.None {
				objects.CallMethod(ts, f, "write", objects.NewStr(text))
			}
		}
		return nil
	}
}
