// Package atexit is CPython's atexit module: functions registered to run when the
// interpreter exits, last registered first.
package atexit

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the atexit module.
var Module = vm.BuiltinModule{Name: "atexit", Init: initModule}

// callback is one registered call.
type callback struct {
	fn     objects.Object
	args   []objects.Object
	kwargs *objects.Tuple
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	// callbacks keeps unregistered entries as nil functions, which _ncallbacks still counts, as
	// CPython's does.
	var callbacks []callback
	run := func(ts *objects.Thread) {
		for len(callbacks) > 0 {
			c := callbacks[len(callbacks)-1]
			callbacks = callbacks[:len(callbacks)-1]
			if c.fn == nil {
				continue
			}
			if _, err := objects.Call(ts, c.fn, c.args, c.kwargs); err != nil {
				msg := "Exception ignored in atexit callback <object repr() failed>"
				if r, rerr := objects.Repr(ts, c.fn); rerr == nil {
					msg = "Exception ignored in atexit callback " + r.Value()
				}
				objects.WriteUnraisableMessage(ts, err, msg)
			}
		}
	}
	defs := []objects.MethodDef{
		{Name: "register", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Register a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				if len(args)-kwnames.Len() < 1 {
					return nil, objects.Errorf(objects.TypeErrorType, "register() takes at least 1 argument (0 given)")
				}
				fn := args[0]
				if fn.Type().Slots.Call == nil {
					return nil, objects.Errorf(objects.TypeErrorType, "the first argument must be callable")
				}
				callbacks = append(callbacks, callback{fn: fn, args: append([]objects.Object(nil), args[1:]...), kwargs: kwnames})
				return fn, nil
			}},
		{Name: "unregister", Flags: objects.MethO,
			Doc: "Unregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				for i, c := range callbacks {
					if c.fn == nil {
						continue
					}
					eq, err := objects.Equal(ts, c.fn, args[0])
					if err != nil {
						return nil, err
					}
					if eq {
						callbacks[i] = callback{}
					}
				}
				return objects.None, nil
			}},
		{Name: "_run_exitfuncs", Flags: objects.MethNoArgs,
			Doc: "Run all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.",
			Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				run(ts)
				return objects.None, nil
			}},
		{Name: "_clear", Flags: objects.MethNoArgs, Doc: "Clear the list of previously registered exit functions.",
			Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				callbacks = nil
				return objects.None, nil
			}},
		{Name: "_ncallbacks", Flags: objects.MethNoArgs, Doc: "Return the number of registered exit functions.",
			Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return objects.NewInt(int64(len(callbacks))), nil
			}},
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"))
	return nil
}
