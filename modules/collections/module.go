// Package collections is CPython's _collections module: deque, defaultdict and the helpers
// that Lib/collections/__init__.py takes in place of its Python versions.
package collections

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _collections module.
var Module = vm.BuiltinModule{Name: "_collections", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	set := func(name string, v objects.Object) { m.Dict.SetStr(objects.NewStr(name), v) }
	set("__doc__", objects.NewStr("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"))
	set("deque", DequeType)
	set("_deque_iterator", DequeIterType)
	set("_deque_reverse_iterator", DequeReverseIterType)
	set("defaultdict", DefaultDictType)
	set("_tuplegetter", TupleGetterType)
	set("OrderedDict", OrderedDictType)
	def := &objects.MethodDef{Name: "_count_elements", Flags: objects.MethFastcall, Func: countElements,
		Doc: "Count elements in the iterable, updating the mapping"}
	set(def.Name, objects.NewBuiltinFunction(def, m))
	return nil
}

var (
	getName = objects.NewStr("get")
	one     = objects.NewInt(1)
)

// countElements is _count_elements(mapping, iterable, /): mapping[x] = mapping.get(x, 0) + 1
// for each item x.
func countElements(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("_count_elements", len(args), 2, 2); err != nil {
		return nil, err
	}
	mapping := args[0]
	it, err := objects.GetIter(ts, args[1])
	if err != nil {
		return nil, err
	}
	zero := objects.NewInt(0)
	for {
		v, err := objects.Next(ts, it)
		if v == nil || err != nil {
			return objects.None, err
		}
		get, err := objects.GetAttr(ts, mapping, getName)
		if err != nil {
			return nil, err
		}
		old, err := objects.Call(ts, get, []objects.Object{v, zero}, nil)
		if err != nil {
			return nil, err
		}
		n, err := objects.Binary(ts, old, one, objects.OpAdd)
		if err != nil {
			return nil, err
		}
		if err := objects.SetItem(ts, mapping, v, n); err != nil {
			return nil, err
		}
	}
}
