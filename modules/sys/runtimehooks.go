package sys

import (
	"fmt"
	"os"
	"strings"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Hooks into the running interpreter that library code installs or asks about: audit hooks,
// the asyncgen hooks event loops install, coroutine origin tracking, finalization state and
// facts about the thread implementation.

// asyncgenHooksType is the type of sys.get_asyncgen_hooks()'s result.
var asyncgenHooksType = objects.NewStructSeqType(&objects.StructSeqDesc{
	Name: "asyncgen_hooks",
	Doc:  "A named tuple of the asynchronous generator hooks: firstiter and finalizer.",
	Fields: []objects.StructSeqField{
		{Name: "firstiter", Doc: "Hook to intercept first iteration"},
		{Name: "finalizer", Doc: "Hook to intercept finalization"},
	},
	NSequence: 2,
})

// threadInfoType is the type of sys.thread_info.
var threadInfoType = objects.NewStructSeqType(&objects.StructSeqDesc{
	Name: "sys.thread_info",
	Doc:  "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
	Fields: []objects.StructSeqField{
		{Name: "name", Doc: "name of the thread implementation"},
		{Name: "lock", Doc: "name of the lock implementation"},
		{Name: "version", Doc: "name and version of the thread library"},
	},
	NSequence: 3,
})

// rtldNow is the dlopen flag CPython's sys.getdlopenflags reports by default. Taipan loads
// no shared libraries, so the flags are only remembered.
const rtldNow = 2

// runtimeHooks is the state behind the functions: one per interpreter, as sys is.
type runtimeHooks struct {
	interp      *vm.Interpreter
	auditHooks  []objects.Object
	originDepth int64
	dlopenFlags int64
}

var setAsyncgenHooksArgs = objects.ArgParser{FuncName: "set_asyncgen_hooks", Params: []string{"firstiter", "finalizer"}, MaxPos: 2}

var addAuditHookArgs = objects.ArgParser{FuncName: "addaudithook", Params: []string{"hook"}, MinPos: 1, MaxPos: 1}

var setOriginDepthArgs = objects.ArgParser{FuncName: "set_coroutine_origin_tracking_depth", Params: []string{"depth"}, MinPos: 1, MaxPos: 1}

func addRuntimeHooks(interp *vm.Interpreter, m *objects.Module, ignoreEnv bool) {
	h := &runtimeHooks{interp: interp, dlopenFlags: rtldNow}
	bp := objects.NewBuiltinFunction(&objects.MethodDef{Name: "breakpointhook", Flags: objects.MethFastcall | objects.MethKeywords,
		Doc: "This hook function is called by built-in breakpoint().",
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			return breakpointHook(ts, args, kwnames, ignoreEnv)
		}}, m)
	m.Dict.SetStr(objects.NewStr("breakpointhook"), bp)
	m.Dict.SetStr(objects.NewStr("__breakpointhook__"), bp)
	defs := []objects.MethodDef{
		{Name: "audit", Func: h.audit, Flags: objects.MethFastcall,
			Doc: "audit($module, event, /, *args)\n--\n\nPasses the event to any audit hooks that are attached."},
		{Name: "addaudithook", Func: h.addAuditHook, Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Adds a new audit hook callback."},
		{Name: "get_asyncgen_hooks", Func: getAsyncgenHooks, Flags: objects.MethNoArgs,
			Doc: "Return the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form (firstiter, finalizer)."},
		{Name: "set_asyncgen_hooks", Func: setAsyncgenHooks, Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "set_asyncgen_hooks([firstiter] [, finalizer])\n\nSet a finalizer for async generators objects."},
		{Name: "call_tracing", Func: callTracing, Flags: objects.MethFastcall,
			Doc: "Call func(*args), while tracing is enabled.\n\nThe tracing state is saved, and restored afterwards.  This is intended\nto be called from a debugger from a checkpoint, to recursively debug\nsome other code."},
		{Name: "settrace", Flags: objects.MethO,
			Doc: "Set the global debug tracing function.\n\nIt will be called on each function call.  See the debugger chapter\nin the library manual.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				vm.SetTrace(ts, args[0])
				return objects.None, nil
			}},
		{Name: "gettrace", Flags: objects.MethNoArgs,
			Doc: "Return the global debug tracing function set with sys.settrace.\n\nSee the debugger chapter in the library manual.",
			Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return vm.TraceFunc(ts), nil
			}},
		{Name: "setprofile", Flags: objects.MethO,
			Doc: "Set the profiling function.\n\nIt will be called on each function call and return.  See the profiler\nchapter in the library manual.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				vm.SetProfile(ts, args[0])
				return objects.None, nil
			}},
		{Name: "getprofile", Flags: objects.MethNoArgs,
			Doc: "Return the profiling function set with sys.setprofile.\n\nSee the profiler chapter in the library manual.",
			Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return vm.ProfileFunc(ts), nil
			}},
		{Name: "is_finalizing", Flags: objects.MethNoArgs, Doc: "Return True if Python is exiting.",
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.NewBool(interp.IsFinalizing()), nil
			}},
		{Name: "get_coroutine_origin_tracking_depth", Flags: objects.MethNoArgs,
			Doc: "Check status of origin tracking for coroutine objects in this thread.",
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.NewInt(h.originDepth), nil
			}},
		{Name: "set_coroutine_origin_tracking_depth", Func: h.setOriginDepth, Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Enable or disable origin tracking for coroutine objects in this thread.\n\nCoroutine objects will track 'depth' frames of traceback information\nabout where they came from, available in their cr_origin attribute.\n\nSet a depth of 0 to disable."},
		{Name: "getdlopenflags", Flags: objects.MethNoArgs,
			Doc: "Return the current value of the flags that are used for dlopen calls.\n\nThe flag constants are defined in the os module.",
			Func: func(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
				return objects.NewInt(h.dlopenFlags), nil
			}},
		{Name: "setdlopenflags", Flags: objects.MethO,
			Doc: "Set the flags used by the interpreter for dlopen calls.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				v, err := cInt(ts, args[0])
				if err != nil {
					return nil, err
				}
				h.dlopenFlags = v
				return objects.None, nil
			}},
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	m.Dict.SetStr(objects.NewStr("thread_info"), objects.NewStructSeq(threadInfoType,
		[]objects.Object{objects.NewStr("pthread"), objects.NewStr("mutex+cond"), objects.None}))
}

// breakpointHook is sys.breakpointhook: it calls the function PYTHONBREAKPOINT names
// ("module.function", pdb.set_trace when unset or empty), or nothing when it is "0".
func breakpointHook(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple, ignoreEnv bool) (objects.Object, error) {
	target := ""
	if !ignoreEnv {
		target = os.Getenv("PYTHONBREAKPOINT")
	}
	switch target {
	case "0":
		return objects.None, nil
	case "":
		target = "pdb.set_trace"
	}
	fn, err := importAttr(ts, target)
	if err != nil {
		if e, ok := err.(*objects.BaseException); ok && (e.Type().IsSubtype(objects.ImportErrorType) || e.Type().IsSubtype(objects.AttributeErrorType)) {
			msg := fmt.Sprintf("Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"", target)
			return objects.None, objects.Warn(ts, objects.RuntimeWarningType, msg, 1)
		}
		return nil, err
	}
	return objects.Call(ts, fn, args, kwnames)
}

// importAttr imports "module.attr" (a dotted module path, then the attribute) and returns
// the attribute; a name without a dot is a built-in's.
func importAttr(ts *objects.Thread, dotted string) (objects.Object, error) {
	modName, attr := "builtins", dotted
	if i := strings.LastIndexByte(dotted, '.'); i >= 0 {
		modName, attr = dotted[:i], dotted[i+1:]
	}
	if modName == "" || attr == "" {
		return nil, objects.NewImportError(objects.ModuleNotFoundErrorType, "No module named ''", "", "")
	}
	m, err := vm.Import(ts, objects.NewDict(), objects.NewStr(modName), objects.NewTuple([]objects.Object{objects.NewStr(attr)}), 0)
	if err != nil {
		return nil, err
	}
	return objects.GetAttr(ts, m, objects.NewStr(attr))
}

// audit passes an event to the audit hooks; with none installed it does nothing, not even
// check the event's type, as CPython's does.
func (h *runtimeHooks) audit(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if len(args) == 0 {
		return nil, objects.Errorf(objects.TypeErrorType, "audit() missing 1 required positional argument: 'event'")
	}
	if len(h.auditHooks) == 0 {
		return objects.None, nil
	}
	if _, ok := args[0].(*objects.Str); !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "expected str for argument 'event', not %s", args[0].Type().Name)
	}
	return objects.None, h.callAuditHooks(ts, args[0], objects.NewTuple(append([]objects.Object(nil), args[1:]...)))
}

func (h *runtimeHooks) callAuditHooks(ts *objects.Thread, event objects.Object, args *objects.Tuple) error {
	for _, hook := range h.auditHooks {
		if _, err := objects.Call(ts, hook, []objects.Object{event, args}, nil); err != nil {
			return err
		}
	}
	return nil
}

// addAuditHook adds a hook after telling the hooks already there, any of which can refuse
// by raising: an Exception makes the call quietly add nothing, other exceptions propagate.
func (h *runtimeHooks) addAuditHook(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := addAuditHookArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	if err := h.callAuditHooks(ts, objects.NewStr("sys.addaudithook"), objects.NewTuple(nil)); err != nil {
		if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.ExceptionType) {
			return objects.None, nil
		}
		return nil, err
	}
	h.auditHooks = append(h.auditHooks, a[0])
	return objects.None, nil
}

func (h *runtimeHooks) setOriginDepth(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := setOriginDepthArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	v, err := cInt(ts, a[0])
	if err != nil {
		return nil, err
	}
	if v < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "depth must be >= 0")
	}
	h.originDepth = v
	return objects.None, nil
}

func getAsyncgenHooks(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	t := vm.ThreadOf(ts)
	orNone := func(o objects.Object) objects.Object {
		if o == nil {
			return objects.None
		}
		return o
	}
	return objects.NewStructSeq(asyncgenHooksType, []objects.Object{orNone(t.AsyncGenFirstIter), orNone(t.AsyncGenFinalizer)}), nil
}

// setAsyncgenHooks sets the hooks given, leaving an omitted one as it is; both are checked
// before either is set, the finalizer first, as CPython does.
func setAsyncgenHooks(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [2]objects.Object
	if err := setAsyncgenHooksArgs.Parse(args, kwnames, a[:]); err != nil {
		// CPython's message for this function does not name it.
		if k := unexpectedKeyword(kwnames, setAsyncgenHooksArgs.Params); k != "" {
			return nil, objects.Errorf(objects.TypeErrorType, "this function got an unexpected keyword argument '%s'", k)
		}
		return nil, err
	}
	for _, i := range []int{1, 0} {
		if a[i] != nil && a[i] != objects.None && a[i].Type().Slots.Call == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "callable %s expected, got %s", setAsyncgenHooksArgs.Params[i], a[i].Type().Name)
		}
	}
	t := vm.ThreadOf(ts)
	for i, hook := range []*objects.Object{&t.AsyncGenFirstIter, &t.AsyncGenFinalizer} {
		switch a[i] {
		case nil:
		case objects.None:
			*hook = nil
		default:
			*hook = a[i]
		}
	}
	return objects.None, nil
}

// unexpectedKeyword returns the first keyword in kwnames that is not one of params.
func unexpectedKeyword(kwnames *objects.Tuple, params []string) string {
	if kwnames == nil {
		return ""
	}
	for _, k := range kwnames.Items() {
		s, _ := k.(*objects.Str)
		if s == nil {
			continue
		}
		name := s.Value()
		known := false
		for _, p := range params {
			known = known || p == name
		}
		if !known {
			return name
		}
	}
	return ""
}

// callTracing is call_tracing(func, args): func(*args). Tracing is not switched off while
// func runs, so there is nothing to save and restore around the call.
func callTracing(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if len(args) != 2 {
		return nil, objects.Errorf(objects.TypeErrorType, "call_tracing expected 2 arguments, got %d", len(args))
	}
	t, ok := args[1].(*objects.Tuple)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "call_tracing() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	return vm.CallTracing(ts, args[0], t.Items())
}

// cInt converts an argument CPython takes as a C int.
func cInt(ts *objects.Thread, o objects.Object) (int64, error) {
	if _, isFloat := o.(*objects.Float); isFloat {
		return 0, objects.Errorf(objects.TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	n, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := n.Int64()
	if !small || v != int64(int32(v)) {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	return v, nil
}
