package functools

import (
	"strings"

	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
)

// partial's instances keep func, args and keywords in slots, and have a __dict__ as
// CPython's do.
var (
	funcName     = objects.NewStr("func")
	argsName     = objects.NewStr("args")
	keywordsName = objects.NewStr("keywords")
)

func newPartialClass(ts *objects.Thread) (*objects.Type, error) {
	var cls *objects.Type
	cls, err := goclass.New(ts, goclass.Spec{Module: "functools", Name: "partial",
		Slots:       []string{"func", "args", "keywords", "__dict__"},
		Weakrefable: true,
		Doc:         "Create a new function with partial application of the given arguments\nand keywords.",
		New: func(ts *objects.Thread, sub *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			return newPartial(ts, cls, sub, args, kwnames)
		},
		Methods: []objects.MethodDef{
			{Name: "__call__", Flags: objects.MethFastcall | objects.MethKeywords, Func: callPartial},
			{Name: "__repr__", Flags: objects.MethNoArgs, Func: func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return reprPartial(ts, self)
			}},
			{Name: "__reduce__", Flags: objects.MethNoArgs, Func: reducePartial},
			{Name: "__setstate__", Flags: objects.MethO, Func: setstatePartial},
			objects.ClassGetItem,
		}})
	if err != nil {
		return nil, err
	}
	return cls, nil
}

// parts returns the func, args and keywords of p.
func parts(ts *objects.Thread, p objects.Object) (fn objects.Object, args *objects.Tuple, kw *objects.Dict, err error) {
	if fn, err = objects.GetAttr(ts, p, funcName); err != nil {
		return
	}
	a, err := objects.GetAttr(ts, p, argsName)
	if err != nil {
		return
	}
	k, err := objects.GetAttr(ts, p, keywordsName)
	if err != nil {
		return
	}
	args, ok1 := a.(*objects.Tuple)
	kw, ok2 := k.(*objects.Dict)
	if !ok1 || !ok2 {
		err = objects.Errorf(objects.TypeErrorType, "invalid partial state")
	}
	return
}

func newPartial(ts *objects.Thread, base, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	npos := len(args) - kwnames.Len()
	if npos < 1 {
		return nil, objects.Errorf(objects.TypeErrorType, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	pargs := append([]objects.Object(nil), args[1:npos]...)
	kw := objects.NewDict()
	// A partial of a plain partial is flattened into one.
	if fn.Type() == base && objects.InstanceDict(fn) == nil || fn.Type() == base && objects.InstanceDict(fn).Len() == 0 {
		f, a, k, err := parts(ts, fn)
		if err != nil {
			return nil, err
		}
		fn = f
		pargs = append(append([]objects.Object(nil), a.Items()...), pargs...)
		kw = k.Copy()
	} else if fn.Type().Slots.Call == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "the first argument must be callable")
	}
	for i := 0; i < kwnames.Len(); i++ {
		if err := kw.SetItem(ts, kwnames.Items()[i], args[npos+i]); err != nil {
			return nil, err
		}
	}
	p := objects.NewInstance(cls)
	for _, kv := range []struct {
		k *objects.Str
		v objects.Object
	}{{funcName, fn}, {argsName, objects.NewTuple(pargs)}, {keywordsName, kw}} {
		if err := objects.SetAttr(ts, p, kv.k, kv.v); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func callPartial(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	fn, pargs, kw, err := parts(ts, self)
	if err != nil {
		return nil, err
	}
	npos := len(args) - kwnames.Len()
	all := append(append([]objects.Object(nil), pargs.Items()...), args[:npos]...)
	if kw.Len() == 0 {
		return objects.Call(ts, fn, append(all, args[npos:]...), kwnames)
	}
	merged := kw.Copy()
	for i := 0; i < kwnames.Len(); i++ {
		if err := merged.SetItem(ts, kwnames.Items()[i], args[npos+i]); err != nil {
			return nil, err
		}
	}
	var names []objects.Object
	merged.Items(func(k, v objects.Object) bool {
		names = append(names, k)
		all = append(all, v)
		return true
	})
	return objects.Call(ts, fn, all, objects.NewTuple(names))
}

func reprPartial(ts *objects.Thread, self objects.Object) (objects.Object, error) {
	fn, pargs, kw, err := parts(ts, self)
	if err != nil {
		return nil, err
	}
	cls := self.Type()
	module := "functools"
	if m, ok := cls.Dict.GetStr(objects.NewStr("__module__")).(*objects.Str); ok {
		module = m.Value()
	}
	var out []string
	add := func(prefix string, o objects.Object) error {
		s, err := objects.Repr(ts, o)
		if err != nil {
			return err
		}
		out = append(out, prefix+s.Value())
		return nil
	}
	if err := add("", fn); err != nil {
		return nil, err
	}
	for _, a := range pargs.Items() {
		if err := add("", a); err != nil {
			return nil, err
		}
	}
	kw.Items(func(k, v objects.Object) bool {
		ks, _ := objects.StrOf(ts, k)
		if err = add(ks.Value()+"=", v); err != nil {
			return false
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	return objects.NewStr(module + "." + cls.QualName() + "(" + strings.Join(out, ", ") + ")"), nil
}

var dictName = objects.NewStr("__dict__")

// reducePartial is __reduce__: the class, (func,), and the state __setstate__ restores.
func reducePartial(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	fn, args, kw, err := parts(ts, self)
	if err != nil {
		return nil, err
	}
	var dict objects.Object = objects.None
	if d := objects.InstanceDict(self); d != nil && d.Len() > 0 {
		dict = d
	}
	return objects.NewTuple([]objects.Object{self.Type(), objects.NewTuple([]objects.Object{fn}),
		objects.NewTuple([]objects.Object{fn, args, kw, dict})}), nil
}

// setstatePartial is __setstate__((func, args, keywords, dict)).
func setstatePartial(ts *objects.Thread, self objects.Object, a []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	invalid := objects.Errorf(objects.TypeErrorType, "invalid partial state")
	state, ok := a[0].(*objects.Tuple)
	if !ok || state.Len() != 4 {
		return nil, invalid
	}
	it := state.Items()
	fn, args, kw, dict := it[0], it[1], it[2], it[3]
	argsTuple, isTuple := args.(*objects.Tuple)
	kwDict, isDict := kw.(*objects.Dict)
	if fn.Type().Slots.Call == nil || !isTuple || kw != objects.None && !isDict {
		return nil, invalid
	}
	if argsTuple.Type() != objects.TupleType {
		argsTuple = objects.NewTuple(argsTuple.Items())
	}
	if kw == objects.None {
		kwDict = objects.NewDict()
	} else if kwDict.Type() != objects.DictType {
		kwDict = kwDict.Copy()
	}
	for _, kv := range []struct {
		k *objects.Str
		v objects.Object
	}{{funcName, fn}, {argsName, argsTuple}, {keywordsName, kwDict}} {
		if err := objects.SetAttr(ts, self, kv.k, kv.v); err != nil {
			return nil, err
		}
	}
	if dict == objects.None {
		dict = objects.NewDict()
	}
	if err := objects.SetAttr(ts, self, dictName, dict); err != nil {
		return nil, err
	}
	return objects.None, nil
}
