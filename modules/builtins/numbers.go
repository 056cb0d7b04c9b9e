package builtins

import "github.com/taipanpy/taipan/objects"

// abs, divmod, pow and round.

var (
	powArgs   = objects.ArgParser{FuncName: "pow", Params: []string{"base", "exp", "mod"}, MinPos: 2, MaxPos: 3}
	roundArgs = objects.ArgParser{FuncName: "round", Params: []string{"number", "ndigits"}, MinPos: 1, MaxPos: 2}
)

func numberFunctions() []objects.MethodDef {
	return []objects.MethodDef{
		one("abs", "Return the absolute value of the argument.", objects.Absolute),
		{Name: "divmod", Flags: objects.MethFastcall, Doc: "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				if err := objects.CheckPositional("divmod", len(args), 2, 2); err != nil {
					return nil, err
				}
				return objects.DivMod(ts, args[0], args[1])
			}},
		{Name: "pow", Flags: objects.MethFastcall | objects.MethKeywords,
			Doc: "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more efficient algorithm when\ninvoked using the three argument form.",
			Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				var a [3]objects.Object
				if err := powArgs.Parse(args, kwnames, a[:]); err != nil {
					return nil, err
				}
				return objects.Power(ts, a[0], a[1], a[2])
			}},
		{Name: "round", Flags: objects.MethFastcall | objects.MethKeywords, Func: round,
			Doc: "Round a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative."},
	}
}

// round calls the number's __round__, as builtin_round_impl does.
func round(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [2]objects.Object
	if err := roundArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	m, err := lookupSpecial(ts, a[0], "__round__")
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "type %s doesn't define __round__ method", a[0].Type().Name)
	}
	if a[1] == nil || a[1] == objects.None {
		return objects.Call(ts, m, nil, nil)
	}
	return objects.Call(ts, m, []objects.Object{a[1]}, nil)
}

// lookupSpecial finds name on o's type (not the instance) and binds it to o, as
// _PyObject_LookupSpecial; nil when the type has no such attribute.
func lookupSpecial(ts *objects.Thread, o objects.Object, name string) (objects.Object, error) {
	m := o.Type().Lookup(ts, objects.NewStr(name))
	if m == nil {
		return nil, nil
	}
	if get := m.Type().Slots.DescrGet; get != nil {
		return get(ts, m, o, o.Type())
	}
	return m, nil
}
