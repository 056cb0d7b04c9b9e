// Package functools is CPython's _functools module: reduce, partial, cmp_to_key and the LRU
// cache wrapper, which Lib/functools.py takes in place of its Python versions.
package functools

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _functools module.
var Module = vm.BuiltinModule{Name: "_functools", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	keyClass, err := newKeyWrapperClass(ts)
	if err != nil {
		return err
	}
	defs := []objects.MethodDef{
		{Name: "reduce", Flags: objects.MethFastcall, Func: reduce,
			Doc: "reduce(function, iterable[, initial], /) -> value\n\nApply a function of two arguments cumulatively to the items of an iterable, from left to right."},
		{Name: "cmp_to_key", Flags: objects.MethFastcall | objects.MethKeywords, Func: cmpToKey(keyClass),
			Doc: "Convert a cmp= function into a key= function."},
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	partial, err := newPartialClass(ts)
	if err != nil {
		return err
	}
	m.Dict.SetStr(objects.NewStr("partial"), partial)
	m.Dict.SetStr(objects.NewStr("_lru_cache_wrapper"), LRUCacheType)
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("Tools that operate on functions."))
	return nil
}

// reduce is reduce(function, iterable[, initial], /).
func reduce(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("reduce", len(args), 2, 3); err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, args[1])
	if err != nil {
		if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.TypeErrorType) {
			return nil, objects.Errorf(objects.TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	var acc objects.Object
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, err := objects.Next(ts, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		if acc, err = objects.Call(ts, args[0], []objects.Object{acc, v}, nil); err != nil {
			return nil, err
		}
	}
	if acc == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}
