package sys

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// sys._getframe and _getframemodulename: the running frames, for code that looks at its caller
// (namedtuple and enum find the module they are called from this way).

func frameFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "_getframe", Flags: objects.MethFastcall, Func: getFrame,
			Doc: "Return a frame object from the call stack."},
		{Name: "_getframemodulename", Flags: objects.MethFastcall | objects.MethKeywords, Func: getFrameModuleName,
			Doc: "Return the name of the module for a calling frame."},
	}
}

func depthArg(ts *objects.Thread, name string, args []objects.Object) (int, error) {
	if err := objects.CheckPositional(name, len(args), 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 {
		return 0, nil
	}
	i, err := objects.Index(ts, args[0])
	if err != nil {
		return 0, err
	}
	d, _ := i.Int64()
	return int(d), nil
}

func getFrame(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	depth, err := depthArg(ts, "_getframe", args)
	if err != nil {
		return nil, err
	}
	return vm.Caller(ts, depth)
}

var frameModuleNameArgs = objects.ArgParser{FuncName: "_getframemodulename", Params: []string{"depth"}, MaxPos: 1}

func getFrameModuleName(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [1]objects.Object
	if err := frameModuleNameArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	depth := 0
	if v[0] != nil {
		i, err := objects.Index(ts, v[0])
		if err != nil {
			return nil, err
		}
		d, _ := i.Int64()
		depth = int(d)
	}
	f, err := vm.Caller(ts, depth)
	if err != nil {
		return objects.None, nil
	}
	if name := f.Globals.GetStr(objects.NewStr("__name__")); name != nil {
		return name, nil
	}
	return objects.None, nil
}
