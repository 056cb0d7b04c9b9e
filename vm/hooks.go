package vm

import "github.com/taipanpy/taipan/objects"

// installThreadHooks gives the object protocols what only the interpreter knows: the running
// frame's globals, the class and first argument of a zero-argument super(), and imports.
func installThreadHooks(t *Thread) {
	t.SetFunctionCaller(callFunction)
	t.SetEvalBreakerHandler(handleEvalBreaker)
	t.SetFrameHooks(frameGlobals, frameBuiltins, superArgs)
	t.SetCodecRegistry(t.Interp.Codecs)
	t.SetImporter(func(ts *objects.Thread, name string) (objects.Object, error) {
		return ThreadOf(ts).Interp.importModule(ts, name)
	})
}

// frameGlobals returns the globals of the running Python frame, nil outside one.
func frameGlobals(ts *objects.Thread) *objects.Dict {
	if f := ThreadOf(ts).Frame; f != nil {
		return f.Globals
	}
	return nil
}

// frameBuiltins returns the builtins of the running Python frame, or the interpreter's
// outside one.
func frameBuiltins(ts *objects.Thread) *objects.Dict {
	t := ThreadOf(ts)
	if f := t.Frame; f != nil {
		return f.Builtins
	}
	return t.Interp.Builtins
}

// superArgs finds what super() without arguments means in the running frame, as CPython's
// super_init_without_args does: the class in the function's __class__ cell and the function's
// first argument (read through its cell when it is one).
func superArgs(ts *objects.Thread) (*objects.Type, objects.Object, error) {
	f := ThreadOf(ts).Frame
	if f == nil {
		return nil, nil, objects.Errorf(objects.RuntimeErrorType, "super(): no current frame")
	}
	code := f.Code
	if code.ArgCount == 0 {
		return nil, nil, objects.Errorf(objects.RuntimeErrorType, "super(): no arguments")
	}
	first := f.Localsplus[0]
	if c, ok := first.(*objects.Cell); ok && code.LocalsplusKinds != nil && code.LocalsplusKinds[0]&objects.LocalCell != 0 {
		first = c.Get()
	}
	if first == nil {
		return nil, nil, objects.Errorf(objects.RuntimeErrorType, "super(): arg[0] deleted")
	}
	for i := code.NLocalsplus - code.NFreeVars; i < code.NLocalsplus; i++ {
		if code.LocalsplusNames[i] != "__class__" {
			continue
		}
		cell, ok := f.Localsplus[i].(*objects.Cell)
		if !ok {
			return nil, nil, objects.Errorf(objects.RuntimeErrorType, "super(): bad __class__ cell")
		}
		switch cls := cell.Get().(type) {
		case nil:
			return nil, nil, objects.Errorf(objects.RuntimeErrorType, "super(): empty __class__ cell")
		case *objects.Type:
			return cls, first, nil
		default:
			return nil, nil, objects.Errorf(objects.RuntimeErrorType, "super(): __class__ is not a type (%s)", cls.Type().Name)
		}
	}
	return nil, nil, objects.Errorf(objects.RuntimeErrorType, "super(): __class__ cell not found")
}
