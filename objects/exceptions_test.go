package objects

import (
	"strings"
	"testing"
)

// pyValue converts test literals to objects: nil is None, []any a tuple, []Object a list.
func pyValue(v any) Object {
	switch x := v.(type) {
	case nil:
		return None
	case Object:
		return x
	case string:
		return NewStr(x)
	case int:
		return NewInt(int64(x))
	case []any:
		items := make([]Object, len(x))
		for i, it := range x {
			items[i] = pyValue(it)
		}
		return NewTuple(items)
	case []Object:
		return NewList(x)
	}
	panic("pyValue: unsupported value")
}

// callExc calls class t with positional arguments and keyword arguments given as
// alternating names and values.
func callExc(t *Type, pos []any, kw ...any) (*BaseException, error) {
	var args []Object
	for _, a := range pos {
		args = append(args, pyValue(a))
	}
	var names []Object
	for i := 0; i+1 < len(kw); i += 2 {
		names = append(names, NewStr(kw[i].(string)))
		args = append(args, pyValue(kw[i+1]))
	}
	var kwnames *Tuple
	if len(names) > 0 {
		kwnames = NewTuple(names)
	}
	return CallException(nil, t, args, kwnames)
}

// describe renders an exception as the reference script printed it:
// repr | str | args | class name, or ERR Class message.
func describe(t *testing.T, e *BaseException, err error) string {
	t.Helper()
	if err != nil {
		x := err.(*BaseException)
		s, _ := StrOf(nil, x)
		return "ERR " + x.Type().Name + " " + s.value
	}
	r, err := Repr(nil, e)
	if err != nil {
		t.Fatal(err)
	}
	s, err := StrOf(nil, e)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := Repr(nil, NewTuple(e.Args()))
	return r.value + " | " + s.value + " | " + a.value + " | " + e.Type().Name
}

// The expected texts were printed by CPython 3.13.
func TestExceptionConstruction(t *testing.T) {
	tests := []struct {
		t    *Type
		pos  []any
		kw   []any
		want string
	}{
		{ValueErrorType, nil, nil, "ValueError() |  | () | ValueError"},
		{ValueErrorType, []any{"x"}, nil, "ValueError('x') | x | ('x',) | ValueError"},
		{ValueErrorType, []any{"x", 1}, nil, "ValueError('x', 1) | ('x', 1) | ('x', 1) | ValueError"},
		{ValueErrorType, nil, []any{"x", 1}, "ERR TypeError ValueError() takes no keyword arguments"},
		{KeyErrorType, []any{"k"}, nil, "KeyError('k') | 'k' | ('k',) | KeyError"},
		{KeyErrorType, nil, nil, "KeyError() |  | () | KeyError"},
		{KeyErrorType, []any{"a", "b"}, nil, "KeyError('a', 'b') | ('a', 'b') | ('a', 'b') | KeyError"},
		{OSErrorType, []any{2, "No such file or directory", "x"}, nil, "FileNotFoundError(2, 'No such file or directory') | [Errno 2] No such file or directory: 'x' | (2, 'No such file or directory') | FileNotFoundError"},
		{OSErrorType, []any{2, "No such file or directory", "x", nil, "y"}, nil, "FileNotFoundError(2, 'No such file or directory') | [Errno 2] No such file or directory: 'x' -> 'y' | (2, 'No such file or directory') | FileNotFoundError"},
		{OSErrorType, []any{2, "No such file"}, nil, "FileNotFoundError(2, 'No such file') | [Errno 2] No such file | (2, 'No such file') | FileNotFoundError"},
		{OSErrorType, []any{2}, nil, "OSError(2) | 2 | (2,) | OSError"},
		{OSErrorType, []any{99, "zz"}, nil, "OSError(99, 'zz') | [Errno 99] zz | (99, 'zz') | OSError"},
		{OSErrorType, []any{11, "zz", 5}, nil, "BlockingIOError(11, 'zz', 5) | [Errno 11] zz | (11, 'zz', 5) | BlockingIOError"},
		{OSErrorType, nil, []any{"errno", 2}, "ERR TypeError OSError() takes no keyword arguments"},
		{FileNotFoundErrorType, []any{13, "x"}, nil, "FileNotFoundError(13, 'x') | [Errno 13] x | (13, 'x') | FileNotFoundError"},
		{TimeoutErrorType, []any{1, 2, 3, 4, 5, 6}, nil, "TimeoutError(1, 2, 3, 4, 5, 6) | (1, 2, 3, 4, 5, 6) | (1, 2, 3, 4, 5, 6) | TimeoutError"},
		{OSErrorType, []any{1, 2, 3, 4, 5}, nil, "PermissionError(1, 2) | [Errno 1] 2: 3 -> 5 | (1, 2) | PermissionError"},
		{IOErrorType, []any{17, "exists"}, nil, "FileExistsError(17, 'exists') | [Errno 17] exists | (17, 'exists') | FileExistsError"},
		{ImportErrorType, []any{"m"}, []any{"name", "n", "path", "p"}, "ImportError('m') | m | ('m',) | ImportError"},
		{ImportErrorType, []any{"m", "q"}, []any{"name", "n"}, "ImportError('m', 'q') | ('m', 'q') | ('m', 'q') | ImportError"},
		{ImportErrorType, nil, []any{"foo", 1}, "ERR TypeError ImportError() got an unexpected keyword argument 'foo'"},
		{NameErrorType, []any{"m"}, []any{"nam", "n"}, "ERR TypeError NameError() got an unexpected keyword argument 'nam'. Did you mean 'name'?"},
		{AttributeErrorType, nil, []any{"nme", 1}, "ERR TypeError AttributeError() got an unexpected keyword argument 'nme'. Did you mean 'name'?"},
		{SyntaxErrorType, []any{"msg", []any{"f/a.py", 3, 4, "text", 3, 6}}, nil, "SyntaxError('msg', ('f/a.py', 3, 4, 'text', 3, 6)) | msg (a.py, line 3) | ('msg', ('f/a.py', 3, 4, 'text', 3, 6)) | SyntaxError"},
		{SyntaxErrorType, []any{"msg", []any{nil, 3, 4, "text"}}, nil, "SyntaxError('msg', (None, 3, 4, 'text')) | msg (line 3) | ('msg', (None, 3, 4, 'text')) | SyntaxError"},
		{SyntaxErrorType, []any{"msg", []any{"a.py", nil, 4, "text"}}, nil, "SyntaxError('msg', ('a.py', None, 4, 'text')) | msg (a.py) | ('msg', ('a.py', None, 4, 'text')) | SyntaxError"},
		{SyntaxErrorType, []any{"msg", []any{1, 2}}, nil, "ERR TypeError function takes at least 4 arguments (2 given)"},
		{SyntaxErrorType, []any{"msg", 3}, nil, "ERR TypeError 'int' object is not iterable"},
		{SyntaxErrorType, []any{"m", []any{"f", 1, 2, "t", 3}}, nil, "ERR TypeError end_offset must be provided when end_lineno is provided"},
		{SyntaxErrorType, []any{"m", []any{"f", 1, 2, "t", 3, 4, 5, 6}}, nil, "ERR TypeError function takes at most 6 arguments (8 given)"},
		{SyntaxErrorType, nil, nil, "SyntaxError() | None | () | SyntaxError"},
		{SyntaxErrorType, []any{"a", []any{"f", 1, 2, "t"}, 3}, nil, "SyntaxError('a', ('f', 1, 2, 't'), 3) | a | ('a', ('f', 1, 2, 't'), 3) | SyntaxError"},
		{UnicodeEncodeErrorType, []any{"ascii", "h\u00e9llo", 1, 2, "ordinal not in range(128)"}, nil, "UnicodeEncodeError('ascii', 'h\u00e9llo', 1, 2, 'ordinal not in range(128)') | 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128) | ('ascii', 'h\u00e9llo', 1, 2, 'ordinal not in range(128)') | UnicodeEncodeError"},
		{UnicodeEncodeErrorType, []any{"ascii", "h\u1234llo", 1, 3, "ordinal not in range(128)"}, nil, "UnicodeEncodeError('ascii', 'h\u1234llo', 1, 3, 'ordinal not in range(128)') | 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128) | ('ascii', 'h\u1234llo', 1, 3, 'ordinal not in range(128)') | UnicodeEncodeError"},
		{UnicodeTranslateErrorType, []any{"h\U0001f600", 1, 2, "bad"}, nil, "UnicodeTranslateError('h\U0001f600', 1, 2, 'bad') | can't translate character '\\U0001f600' in position 1: bad | ('h\U0001f600', 1, 2, 'bad') | UnicodeTranslateError"},
		{UnicodeEncodeErrorType, []any{"a"}, nil, "ERR TypeError function takes exactly 5 arguments (1 given)"},
		{UnicodeEncodeErrorType, []any{1, "x", 1, 2, "r"}, nil, "ERR TypeError argument 1 must be str, not int"},
		{UnicodeEncodeErrorType, []any{"a", "x", "q", 2, "r"}, nil, "ERR TypeError 'str' object cannot be interpreted as an integer"},
		{UnicodeDecodeErrorType, []any{"a", "x", 1, 2, "r"}, nil, "ERR TypeError a bytes-like object is required, not 'str'"},
		{UnicodeErrorType, []any{"x"}, nil, "UnicodeError('x') | x | ('x',) | UnicodeError"},
		{StopIterationType, nil, nil, "StopIteration() |  | () | StopIteration"},
	}
	for _, tt := range tests {
		e, err := callExc(tt.t, tt.pos, tt.kw...)
		if got := describe(t, e, err); got != tt.want {
			t.Errorf("%s%v %v:\n got %s\nwant %s", tt.t.Name, tt.pos, tt.kw, got, tt.want)
		}
	}
}

func TestUnicodeEncodeErrorRangeBeyondObject(t *testing.T) {
	e, err := callExc(UnicodeEncodeErrorType, []any{"a", "x", 5, 6, "r"})
	if got := describe(t, e, err); !strings.Contains(got, "| 'a' codec can't encode characters in position 5-5: r |") {
		t.Errorf("got %s", got)
	}
}

func TestExceptionHierarchy(t *testing.T) {
	ReadyBuiltinTypes()
	for _, tt := range []struct {
		sub, sup *Type
		want     bool
	}{
		{ExceptionGroupType, ExceptionType, true},
		{ExceptionGroupType, BaseExceptionGroupType, true},
		{BaseExceptionGroupType, ExceptionType, false},
		{KeyboardInterruptType, ExceptionType, false},
		{TabErrorType, SyntaxErrorType, true},
		{BrokenPipeErrorType, ConnectionErrorType, true},
		{ModuleNotFoundErrorType, ImportErrorType, true},
		{PythonFinalizationErrorType, RuntimeErrorType, true},
		{UnicodeDecodeErrorType, ValueErrorType, true},
		{EncodingWarningType, WarningType, true},
		{WarningType, ExceptionType, true},
	} {
		if got := tt.sub.IsSubtype(tt.sup); got != tt.want {
			t.Errorf("issubclass(%s, %s) = %v", tt.sub.Name, tt.sup.Name, got)
		}
	}
	if got := len(BuiltinExceptionNames); got != 71 {
		t.Errorf("%d built-in exception names, want 71", got)
	}
	if BuiltinExceptions["EnvironmentError"] != OSErrorType || BuiltinExceptions["IOError"] != OSErrorType {
		t.Error("OSError aliases missing")
	}
}
