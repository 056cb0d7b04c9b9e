package sys

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// sys's functions.

func addFunctions(interp *vm.Interpreter, m *objects.Module) error {
	defs := []objects.MethodDef{
		{Name: "exit", Func: sysExit, Flags: objects.MethFastcall,
			Doc: "Exit the interpreter by raising SystemExit(status).\n\nIf the status is omitted or None, it defaults to zero (i.e., success).\nIf the status is an integer, it will be used as the system exit status.\nIf it is another kind of object, it will be printed and the system\nexit status will be one (i.e., failure)."},
		{Name: "getrecursionlimit", Func: getRecursionLimit, Flags: objects.MethNoArgs,
			Doc: "Return the current value of the recursion limit."},
		{Name: "setrecursionlimit", Func: setRecursionLimit, Flags: objects.MethO,
			Doc: "Set the maximum depth of the Python interpreter stack to n."},
		{Name: "getswitchinterval", Func: getSwitchInterval, Flags: objects.MethNoArgs,
			Doc: "Return the current thread switch interval; see sys.setswitchinterval()."},
		{Name: "setswitchinterval", Func: setSwitchInterval, Flags: objects.MethO,
			Doc: "Set the ideal thread switching delay inside the Python interpreter.\n\nThe actual frequency of switching threads can be lower if the\ninterpreter executes long sequences of uninterruptible code\n(this is implementation-specific and workload-dependent).\n\nThe parameter must represent the desired switching delay in seconds\nA typical value is 0.005 (5 milliseconds)."},
		{Name: "_is_gil_enabled", Flags: objects.MethNoArgs,
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.True, nil
			}, Doc: "Return True if the GIL is currently enabled and False otherwise."},
		{Name: "getsizeof", Func: getSizeOf, Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
		{Name: "intern", Func: intern, Flags: objects.MethO,
			Doc: "``Intern'' the given string."},
		{Name: "exc_info", Func: excInfo, Flags: objects.MethNoArgs,
			Doc: "Return current exception information: (type, value, traceback)."},
		{Name: "exception", Func: exception, Flags: objects.MethNoArgs,
			Doc: "Return the current exception."},
		{Name: "getdefaultencoding", Func: utf8Name, Flags: objects.MethNoArgs,
			Doc: "Return the current default encoding used by the Unicode implementation."},
		{Name: "getfilesystemencoding", Func: utf8Name, Flags: objects.MethNoArgs,
			Doc: "Return the encoding used to convert Unicode filenames to OS filenames."},
		{Name: "getfilesystemencodeerrors", Flags: objects.MethNoArgs,
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.NewStr("surrogateescape"), nil
			}, Doc: "Return the error mode used Unicode to OS filename conversion."},
		{Name: "get_int_max_str_digits", Flags: objects.MethNoArgs,
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.NewInt(int64(objects.IntMaxStrDigits())), nil
			}, Doc: "Return the maximum string digits limit for non-binary int<->str conversions."},
		{Name: "set_int_max_str_digits", Func: setIntMaxStrDigits, Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Set the maximum string digits limit for non-binary int<->str conversions."},
	}
	defs = append(defs, frameFunctions()...)
	defs = append(defs, internalsDefs()...)
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	hook := objects.NewBuiltinFunction(&excepthookDef, m)
	m.Dict.SetStr(objects.NewStr("excepthook"), hook)
	m.Dict.SetStr(objects.NewStr("__excepthook__"), hook)
	return nil
}

var excepthookDef = objects.MethodDef{Name: "excepthook", Func: excepthook, Flags: objects.MethFastcall,
	Doc: "Handle an exception by displaying it with a traceback on sys.stderr."}

func sysExit(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("exit", len(args), 0, 1); err != nil {
		return nil, err
	}
	exc, err := objects.CallException(ts, objects.SystemExitType, args, nil)
	if err != nil {
		return nil, err
	}
	return nil, exc
}

func getRecursionLimit(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	return objects.NewInt(int64(vm.ThreadOf(ts).RecursionLimit)), nil
}

func setRecursionLimit(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if _, isFloat := args[0].(*objects.Float); isFloat {
		return nil, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := objects.Index(ts, args[0])
	if err != nil {
		return nil, err
	}
	v, small := n.Int64()
	if !small || v > 1<<31-1 {
		return nil, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	if v < 1 {
		return nil, objects.Errorf(objects.ValueErrorType, "recursion limit must be greater or equal than 1")
	}
	t := vm.ThreadOf(ts)
	if depth := t.Depth(); int(v) <= depth {
		return nil, objects.Errorf(objects.RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", v, depth)
	}
	t.Interp.SetRecursionLimit(int(v))
	return objects.None, nil
}

var getSizeOfArgs = objects.ArgParser{FuncName: "getsizeof", Params: []string{"object", "default"}, MinPos: 1, MaxPos: 2}

func getSizeOf(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [2]objects.Object
	if err := getSizeOfArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	return objects.NewInt(sizeOf(ts, a[0])), nil
}

func intern(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	s, ok := args[0].(*objects.Str)
	if !ok || s.Type() != objects.StrType {
		return nil, objects.Errorf(objects.TypeErrorType, "intern() argument must be str, not %s", args[0].Type().Name)
	}
	return objects.InternStr(s), nil
}

func excInfo(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	exc := ts.HandledException()
	if exc == nil {
		return objects.NewTuple([]objects.Object{objects.None, objects.None, objects.None}), nil
	}
	tb, err := objects.GetAttr(ts, exc, objects.NewStr("__traceback__"))
	if err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{exc.Type(), exc, tb}), nil
}

func exception(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if exc := ts.HandledException(); exc != nil {
		return exc, nil
	}
	return objects.None, nil
}

func utf8Name(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
	return objects.NewStr("utf-8"), nil
}

var setIntMaxStrDigitsArgs = objects.ArgParser{FuncName: "set_int_max_str_digits", Params: []string{"maxdigits"}, MinPos: 1, MaxPos: 1}

func setIntMaxStrDigits(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := setIntMaxStrDigitsArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	if _, isFloat := a[0].(*objects.Float); isFloat {
		return nil, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := objects.Index(ts, a[0])
	if err != nil {
		return nil, err
	}
	v, small := n.Int64()
	if !small || v > 1<<62 {
		return nil, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	if v != 0 && v < intMaxStrDigitsThreshold {
		return nil, objects.Errorf(objects.ValueErrorType, "maxdigits must be 0 or larger than %d", intMaxStrDigitsThreshold)
	}
	objects.SetIntMaxStrDigits(int(v))
	return objects.None, nil
}
