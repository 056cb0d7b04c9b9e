package objects

// function(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None): the
// constructor behind types.FunctionType, which makes a function from a code object.

var functionNewArgs = ArgParser{FuncName: "function",
	Params: []string{"code", "globals", "name", "argdefs", "closure", "kwdefaults"}, MinPos: 2, MaxPos: 6}

func functionNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	var v [6]Object
	if err := functionNewArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	code, ok := v[0].(*Code)
	if !ok {
		return nil, Errorf(TypeErrorType, "function() argument 'code' must be code, not %s", v[0].Type().Name)
	}
	globals, ok := v[1].(*Dict)
	if !ok {
		return nil, Errorf(TypeErrorType, "function() argument 'globals' must be dict, not %s", v[1].Type().Name)
	}
	name, defaults, closure, kwdefaults := v[2], v[3], v[4], v[5]
	if name != nil && name != None {
		if _, ok := name.(*Str); !ok {
			return nil, Errorf(TypeErrorType, "arg 3 (name) must be None or string")
		}
	}
	if defaults != nil && defaults != None {
		if _, ok := defaults.(*Tuple); !ok {
			return nil, Errorf(TypeErrorType, "arg 4 (defaults) must be None or tuple")
		}
	}
	cells, isTuple := closure.(*Tuple)
	if !isTuple {
		if code.NFreeVars > 0 && (closure == nil || closure == None) {
			return nil, Errorf(TypeErrorType, "arg 5 (closure) must be tuple")
		} else if closure != nil && closure != None {
			return nil, Errorf(TypeErrorType, "arg 5 (closure) must be None or tuple")
		}
	}
	if kwdefaults != nil && kwdefaults != None {
		if _, ok := kwdefaults.(*Dict); !ok {
			return nil, Errorf(TypeErrorType, "arg 6 (kwdefaults) must be None or dict")
		}
	}
	if n := cells.Len(); n != code.NFreeVars {
		return nil, Errorf(ValueErrorType, "%s requires closure of length %d, not %d", code.Name, code.NFreeVars, n)
	}
	if cells != nil {
		for _, c := range cells.items {
			if _, ok := c.(*Cell); !ok {
				return nil, Errorf(TypeErrorType, "arg 5 (closure) expected cell, found %s", c.Type().Name)
			}
		}
	}
	builtins := functionBuiltins(ts, globals)
	f := NewFunction(code, globals, builtins)
	if s, ok := name.(*Str); ok {
		f.Name = s
	}
	if t, ok := defaults.(*Tuple); ok {
		f.Defaults = t
	}
	if cells != nil && cells.Len() > 0 {
		f.Closure = cells
	}
	if d, ok := kwdefaults.(*Dict); ok {
		f.KwDefaults = d
	}
	return f, nil
}

// functionBuiltins finds the builtins of a function made from globals: those globals name in
// __builtins__, else the running code's.
func functionBuiltins(ts *Thread, globals *Dict) *Dict {
	switch b := globals.GetStr(NewStr("__builtins__")).(type) {
	case *Module:
		return b.Dict
	case *Dict:
		return b
	}
	if ts != nil && ts.builtins != nil {
		return ts.builtins(ts)
	}
	return nil
}

func init() { FunctionType.Slots.New = functionNew }
