package objects

// warnDeprecated issues a DeprecationWarning through Lib/warnings.py, attributed to the
// running Python frame, as PyErr_WarnEx(PyExc_DeprecationWarning, msg, 1) does; an error is
// the warning turned into an exception by a filter. Without the standard library there is
// nothing to filter or show the warning, and it is dropped.
func warnDeprecated(ts *Thread, msg string) error {
	if ts == nil || ts.importModule == nil {
		return nil
	}
	w, err := ts.importModule(ts, "warnings")
	if err != nil {
		if e, ok := err.(*BaseException); ok && IsException(e, ModuleNotFoundErrorType) {
			return nil
		}
		return err
	}
	warn, err := GetAttr(ts, w, NewStr("warn"))
	if err != nil {
		return err
	}
	_, err = Call(ts, warn, []Object{NewStr(msg), DeprecationWarningType, NewInt(1)}, nil)
	return err
}
