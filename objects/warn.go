package objects

// Warn issues a warning of category with msg through Lib/warnings.py, attributed stacklevel
// frames up as PyErr_WarnEx does (1: the Python code that called into Go). Without the
// standard library there is nothing to filter or show it, and the warning is dropped; an
// error means a filter turned the warning into an exception.
func Warn(ts *Thread, category *Type, msg string, stacklevel int) error {
	w, err := importModule(ts, "warnings")
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(ImportErrorType) {
			return nil
		}
		return err
	}
	warn, err := GetAttr(ts, w, NewStr("warn"))
	if err != nil {
		return err
	}
	_, err = Call(ts, warn, []Object{NewStr(msg), category, NewInt(int64(stacklevel))}, nil)
	return err
}
