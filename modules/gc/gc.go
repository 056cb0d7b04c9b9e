// Package gc is the gc module: the interface to the garbage collector. Memory belongs to Go's
// collector, so the module keeps CPython's API and its bookkeeping (thresholds, debug flags,
// callbacks, statistics) while collect() asks Go for a full collection.
package gc

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the gc module.
var Module = vm.BuiltinModule{Name: "gc", Init: initModule}

// The debug flags, with CPython's values.
const (
	debugStats         = 1
	debugCollectable   = 2
	debugUncollectable = 4
	debugSaveAll       = 32
	debugLeak          = debugCollectable | debugUncollectable | debugSaveAll
)

// state is one interpreter's collector settings.
type state struct {
	// enabled only records gc.enable/disable: Go's collector keeps running either way, as
	// CPython's reference counting does, since no program could free memory without it.
	enabled     bool
	threshold   [3]int64
	debug       int64
	collections [3]int64
	callbacks   *objects.List
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	s := &state{enabled: true, threshold: [3]int64{2000, 10, 10}, callbacks: objects.NewList(nil)}
	defs := []objects.MethodDef{
		noArgs("enable", func(ts *objects.Thread) (objects.Object, error) { s.enabled = true; return objects.None, nil }),
		noArgs("disable", func(ts *objects.Thread) (objects.Object, error) { s.enabled = false; return objects.None, nil }),
		noArgs("isenabled", func(ts *objects.Thread) (objects.Object, error) { return objects.NewBool(s.enabled), nil }),
		{Name: "collect", Flags: objects.MethFastcall | objects.MethKeywords, Func: s.collect},
		noArgs("get_count", func(ts *objects.Thread) (objects.Object, error) { return ints(0, 0, 0), nil }),
		noArgs("get_threshold", func(ts *objects.Thread) (objects.Object, error) { return ints(s.threshold[:]...), nil }),
		{Name: "set_threshold", Flags: objects.MethFastcall, Func: s.setThreshold},
		noArgs("get_debug", func(ts *objects.Thread) (objects.Object, error) { return objects.NewInt(s.debug), nil }),
		{Name: "set_debug", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			v, err := intArg(ts, args[0])
			if err != nil {
				return nil, err
			}
			s.debug = v
			return objects.None, nil
		}},
		noArgs("get_stats", s.stats),
		{Name: "is_tracked", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.NewBool(isTracked(args[0])), nil
		}},
		{Name: "is_finalized", Flags: objects.MethO, Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return objects.False, nil
		}},
		noArgs("freeze", func(ts *objects.Thread) (objects.Object, error) { return objects.None, nil }),
		noArgs("unfreeze", func(ts *objects.Thread) (objects.Object, error) { return objects.None, nil }),
		noArgs("get_freeze_count", func(ts *objects.Thread) (objects.Object, error) { return objects.NewInt(0), nil }),
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	for name, v := range map[string]int64{"DEBUG_STATS": debugStats, "DEBUG_COLLECTABLE": debugCollectable,
		"DEBUG_UNCOLLECTABLE": debugUncollectable, "DEBUG_SAVEALL": debugSaveAll, "DEBUG_LEAK": debugLeak} {
		m.Dict.SetStr(objects.NewStr(name), objects.NewInt(v))
	}
	m.Dict.SetStr(objects.NewStr("garbage"), objects.NewList(nil))
	m.Dict.SetStr(objects.NewStr("callbacks"), s.callbacks)
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("This module provides access to the garbage collector for reference cycles."))
	return nil
}

func noArgs(name string, f func(ts *objects.Thread) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethNoArgs,
		Func: func(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return f(ts)
		}}
}

var collectArgs = objects.ArgParser{FuncName: "collect", Params: []string{"generation"}, MaxPos: 1}

// collect runs a full Go collection, telling gc.callbacks before and after, and then the
// __del__ methods and weak reference callbacks of what it freed, so that they have run when
// collect returns. Go does not report what it freed, so the count of unreachable objects
// found is 0.
func (s *state) collect(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := collectArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	gen := int64(2)
	if a[0] != nil {
		v, err := intArg(ts, a[0])
		if err != nil {
			return nil, err
		}
		if v < 0 || v > 2 {
			return nil, objects.Errorf(objects.ValueErrorType, "invalid generation")
		}
		gen = v
	}
	if err := s.runCallbacks(ts, "start", gen); err != nil {
		return nil, err
	}
	objects.CollectGarbage(ts)
	s.collections[gen]++
	if err := s.runCallbacks(ts, "stop", gen); err != nil {
		return nil, err
	}
	return objects.NewInt(0), nil
}

func (s *state) runCallbacks(ts *objects.Thread, phase string, gen int64) error {
	cbs := append([]objects.Object(nil), s.callbacks.Items()...)
	if len(cbs) == 0 {
		return nil
	}
	info := objects.NewDict()
	info.SetStr(objects.NewStr("generation"), objects.NewInt(gen))
	info.SetStr(objects.NewStr("collected"), objects.NewInt(0))
	info.SetStr(objects.NewStr("uncollectable"), objects.NewInt(0))
	for _, cb := range cbs {
		if _, err := objects.Call(ts, cb, []objects.Object{objects.NewStr(phase), info}, nil); err != nil {
			return err
		}
	}
	return nil
}

func (s *state) setThreshold(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, objects.Errorf(objects.TypeErrorType, "gc.set_threshold requires 1 to 3 arguments")
	}
	for i, a := range args {
		v, err := intArg(ts, a)
		if err != nil {
			return nil, err
		}
		s.threshold[i] = v
	}
	return objects.None, nil
}

func (s *state) stats(ts *objects.Thread) (objects.Object, error) {
	out := make([]objects.Object, 3)
	for i := range out {
		d := objects.NewDict()
		d.SetStr(objects.NewStr("collections"), objects.NewInt(s.collections[i]))
		d.SetStr(objects.NewStr("collected"), objects.NewInt(0))
		d.SetStr(objects.NewStr("uncollectable"), objects.NewInt(0))
		out[i] = d
	}
	return objects.NewList(out), nil
}

// isTracked follows CPython's rules for which objects its cycle collector tracks: atomic
// values, bare object() instances and built-in types never, dicts only while they hold a
// non-atomic key or value, the empty tuple never.
func isTracked(o objects.Object) bool {
	switch v := o.(type) {
	case *objects.Int, *objects.Bool, *objects.Float, *objects.Complex, *objects.Str, *objects.Bytes:
		return false
	case *objects.Tuple:
		return v.Len() > 0
	case *objects.Type:
		// Only classes made at run time are tracked; the built-in types are static.
		return v.Flags&objects.TypeHeap != 0
	case *objects.Dict:
		tracked := false
		v.Items(func(k, val objects.Object) bool {
			tracked = isTracked(k) || isTracked(val)
			return !tracked
		})
		return tracked
	}
	return o != objects.None && o.Type() != objects.ObjectType
}

func intArg(ts *objects.Thread, o objects.Object) (int64, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C long")
	}
	return v, nil
}

func ints(vs ...int64) *objects.Tuple {
	out := make([]objects.Object, len(vs))
	for i, v := range vs {
		out[i] = objects.NewInt(v)
	}
	return objects.NewTuple(out)
}
