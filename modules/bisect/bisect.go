// Package bisect is CPython's _bisect module: binary search and insertion in sorted
// sequences, as Lib/bisect.py imports them.
package bisect

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _bisect module.
var Module = vm.BuiltinModule{Name: "_bisect", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := []objects.MethodDef{
		def("bisect_right", true, false),
		def("bisect_left", false, false),
		def("insort_right", true, true),
		def("insort_left", false, true),
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach."))
	return nil
}

// def makes one of the functions: (a, x, lo=0, hi=None, *, key=None).
func def(name string, right, insort bool) objects.MethodDef {
	parser := &objects.ArgParser{FuncName: name, Params: []string{"a", "x", "lo", "hi", "key"}, MinPos: 2, MaxPos: 4}
	return objects.MethodDef{Name: name, Flags: objects.MethFastcall | objects.MethKeywords,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			var a [5]objects.Object
			if err := parser.Parse(args, kwnames, a[:]); err != nil {
				return nil, err
			}
			seq, x, key := a[0], a[1], a[4]
			if key == objects.None {
				key = nil
			}
			lo, hi := 0, -1
			if a[2] != nil {
				v, err := ssize(ts, a[2])
				if err != nil {
					return nil, err
				}
				lo = v
			}
			if a[3] != nil && a[3] != objects.None {
				if a[3].Type().Slots.Index == nil {
					return nil, objects.Errorf(objects.TypeErrorType, "argument should be integer or None, not '%s'", a[3].Type().Name)
				}
				v, err := ssize(ts, a[3])
				if err != nil {
					return nil, err
				}
				hi = v
			}
			target := x
			if insort && key != nil {
				var err error
				if target, err = objects.Call(ts, key, []objects.Object{x}, nil); err != nil {
					return nil, err
				}
			}
			i, err := search(ts, seq, target, lo, hi, key, right)
			if err != nil {
				return nil, err
			}
			if !insort {
				return objects.NewInt(int64(i)), nil
			}
			if l, ok := seq.(*objects.List); ok && l.Type() == objects.ListType {
				l.Insert(i, x)
				return objects.None, nil
			}
			if _, err := objects.CallMethod(ts, seq, "insert", objects.NewInt(int64(i)), x); err != nil {
				return nil, err
			}
			return objects.None, nil
		}}
}

// search returns where x goes in seq[lo:hi]: after its equals when right is set, before
// them otherwise.
func search(ts *objects.Thread, seq, x objects.Object, lo, hi int, key objects.Object, right bool) (int, error) {
	if lo < 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "lo must be non-negative")
	}
	if hi == -1 {
		n, err := objects.Len(ts, seq)
		if err != nil {
			return 0, err
		}
		hi = n
	}
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		item, err := objects.GetItem(ts, seq, objects.NewInt(int64(mid)))
		if err != nil {
			return 0, err
		}
		if key != nil {
			if item, err = objects.Call(ts, key, []objects.Object{item}, nil); err != nil {
				return 0, err
			}
		}
		var lt objects.Object
		if right {
			lt, err = objects.Compare(ts, x, item, objects.CmpLT)
		} else {
			lt, err = objects.Compare(ts, item, x, objects.CmpLT)
		}
		if err != nil {
			return 0, err
		}
		less, err := objects.IsTrue(ts, lt)
		if err != nil {
			return 0, err
		}
		if less == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// ssize converts o to a Py_ssize_t as Argument Clinic does.
func ssize(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(v), nil
}
