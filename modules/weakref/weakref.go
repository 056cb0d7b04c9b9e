// Package weakref is CPython's _weakref module: weak references and proxies, whose types
// live in objects (they are part of every object's __weakref__), and the functions that
// Lib/weakref.py and Lib/_weakrefset.py build on.
package weakref

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _weakref module.
var Module = vm.BuiltinModule{Name: "_weakref", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := []objects.MethodDef{
		{Name: "getweakrefcount", Flags: objects.MethO, Func: getweakrefcount,
			Doc: "Return the number of weak references to 'object'."},
		{Name: "_remove_dead_weakref", Flags: objects.MethFastcall, Func: removeDeadWeakref,
			Doc: "Atomically remove key from dict if it points to a dead weakref."},
		{Name: "getweakrefs", Flags: objects.MethO, Func: getweakrefs,
			Doc: "Return a list of all weak reference objects pointing to 'object'."},
		{Name: "proxy", Flags: objects.MethFastcall | objects.MethKeywords, Func: proxy,
			Doc: "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized."},
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	for name, t := range map[string]*objects.Type{"ref": objects.RefType, "ReferenceType": objects.RefType,
		"ProxyType": objects.ProxyType, "CallableProxyType": objects.CallableProxyType} {
		m.Dict.SetStr(objects.NewStr(name), t)
	}
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("Weak-reference support module."))
	return nil
}

func getweakrefcount(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	return objects.NewInt(int64(len(objects.WeakRefs(args[0])))), nil
}

func getweakrefs(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	refs := objects.WeakRefs(args[0])
	items := make([]objects.Object, len(refs))
	for i, r := range refs {
		items[i] = r
	}
	return objects.NewList(items), nil
}

func proxy(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if kwnames.Len() > 0 {
		return nil, objects.Errorf(objects.TypeErrorType, "_weakref.proxy() takes no keyword arguments")
	}
	switch {
	case len(args) < 1:
		return nil, objects.Errorf(objects.TypeErrorType, "proxy expected at least 1 argument, got %d", len(args))
	case len(args) > 2:
		return nil, objects.Errorf(objects.TypeErrorType, "proxy expected at most 2 arguments, got %d", len(args))
	}
	var callback objects.Object
	if len(args) == 2 {
		callback = args[1]
	}
	return objects.NewWeakProxy(ts, args[0], callback)
}

// removeDeadWeakref deletes dct[key] when it is a dead weak reference: WeakValueDictionary's
// callbacks use it so that a key given a new value since is left alone.
func removeDeadWeakref(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if len(args) != 2 {
		return nil, objects.Errorf(objects.TypeErrorType, "_remove_dead_weakref expected 2 arguments, got %d", len(args))
	}
	d, ok := args[0].(*objects.Dict)
	if !ok {
		name := args[0].Type().Name
		if args[0] == objects.None {
			name = "None"
		}
		return nil, objects.Errorf(objects.TypeErrorType, "_remove_dead_weakref() argument 1 must be dict, not %s", name)
	}
	v, err := d.GetItem(ts, args[1])
	if err != nil || v == nil {
		return objects.None, err
	}
	w, ok := v.(*objects.WeakRef)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "not a weakref")
	}
	if w.Get() == nil {
		if _, err := d.DelItem(ts, args[1]); err != nil {
			return nil, err
		}
	}
	return objects.None, nil
}
