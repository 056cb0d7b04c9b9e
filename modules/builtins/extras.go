package builtins

import (
	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// __import__, aiter and anext, and exit and quit, which CPython's site module adds.

var importArgs = objects.ArgParser{FuncName: "__import__",
	Params: []string{"name", "globals", "locals", "fromlist", "level"}, MinPos: 1, MaxPos: 5}

func (b *module) importFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		{Name: "__import__", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Import a module.\n\nBecause this function is meant for use by the Python\ninterpreter and not for general use, it is better to use\nimportlib.import_module() to programmatically import a module.\n\nThe globals argument is only used to determine the context;\nthey are not modified.  The locals argument is unused.  The fromlist\nshould be a list of names to emulate ``from name import ...``, or an\nempty list to emulate ``import name``.\nWhen importing a module from a package, note that __import__('A.B', ...)\nreturns package A when fromlist is empty, but its submodule B when\nfromlist is not empty.  The level argument is used to determine whether to\nperform absolute or relative imports: 0 is absolute, while a positive number\nis the number of parent directories to search relative to the current module.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				var v [5]objects.Object
				if err := importArgs.Parse(args, kwnames, v[:]); err != nil {
					return nil, err
				}
				name, ok := v[0].(*objects.Str)
				if !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "module name must be a string")
				}
				level := 0
				if v[4] != nil {
					i, err := objects.Index(ts, v[4])
					if err != nil {
						return nil, err
					}
					l, _ := i.Int64()
					if l < 0 {
						return nil, objects.Errorf(objects.ValueErrorType, "level must be >= 0")
					}
					level = int(l)
				}
				if name.Value() == "" && level == 0 {
					return nil, objects.Errorf(objects.ValueErrorType, "Empty module name")
				}
				globals, _ := v[1].(*objects.Dict)
				if level > 0 && globals != nil && globals.GetStr(objects.NewStr("__package__")) == nil && globals.GetStr(objects.NewStr("__name__")) == nil {
					return nil, objects.NewException(objects.KeyErrorType, objects.NewStr("'__name__' not in globals"))
				}
				fromlist := v[3]
				if fromlist == nil {
					fromlist = objects.None
				}
				return vm.Import(ts, globals, name, fromlist, level)
			}},
		{Name: "breakpoint", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Call sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\nwhatever arguments are passed.\n\nBy default, this drops you into the pdb debugger.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				sys, ok := vm.ThreadOf(ts).Interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
				var hook objects.Object
				if ok {
					hook = sys.Dict.GetStr(objects.NewStr("breakpointhook"))
				}
				if hook == nil {
					return nil, objects.Errorf(objects.RuntimeErrorType, "lost sys.breakpointhook")
				}
				return objects.Call(ts, hook, args, kwnames)
			}},
		positional("aiter", 1, 1, "Return an AsyncIterator for an AsyncIterable object.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				return vm.AIter(ts, args[0])
			}),
		positional("anext", 1, 2, "Return the next item from the async iterator.\n\nIf default is given and the async iterator is exhausted,\nit is returned instead of raising StopAsyncIteration.",
			func(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
				var dflt objects.Object
				if len(args) == 2 {
					dflt = args[1]
				}
				return vm.ANext(ts, args[0], dflt)
			}),
	}
}

// installQuitters adds exit and quit, instances of _sitebuiltins.Quitter.
func installQuitters(ts *objects.Thread, d *objects.Dict) error {
	nameKey, eofKey := objects.NewStr("name"), objects.NewStr("eof")
	cls, err := goclass.New(ts, goclass.Spec{Module: "_sitebuiltins", Name: "Quitter",
		Methods: []objects.MethodDef{
			goclass.Method("__repr__", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				name, err := objects.GetAttr(ts, self, nameKey)
				if err != nil {
					return nil, err
				}
				eof, err := objects.GetAttr(ts, self, eofKey)
				if err != nil {
					return nil, err
				}
				n, e := objects.StrOf(ts, name)
				if e != nil {
					return nil, e
				}
				f, e := objects.StrOf(ts, eof)
				if e != nil {
					return nil, e
				}
				return objects.NewStr("Use " + n.Value() + "() or " + f.Value() + " to exit"), nil
			}),
			goclass.Method("__call__", objects.MethFastcall, func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if err := objects.CheckPositional("__call__", len(args), 0, 1); err != nil {
					return nil, err
				}
				code := objects.Object(objects.None)
				if len(args) == 1 {
					code = args[0]
				}
				return nil, objects.NewException(objects.SystemExitType, code)
			}),
		}})
	if err != nil {
		return err
	}
	for _, name := range []string{"exit", "quit"} {
		q, err := objects.Call(ts, cls, nil, nil)
		if err != nil {
			return err
		}
		if err := objects.SetAttr(ts, q, nameKey, objects.NewStr(name)); err != nil {
			return err
		}
		if err := objects.SetAttr(ts, q, eofKey, objects.NewStr("Ctrl-D (i.e. EOF)")); err != nil {
			return err
		}
		d.SetStr(objects.NewStr(name), q)
	}
	return nil
}
