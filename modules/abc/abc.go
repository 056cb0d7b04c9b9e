// Package abc is CPython's _abc module: the machinery of abc.ABCMeta (abstract methods,
// virtual subclasses registered with register(), and the caches of isinstance and issubclass
// answers), which Lib/abc.py uses when it can import it instead of the slower _py_abc.
package abc

import (
	"sync/atomic"
	"weak"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _abc module.
var Module = vm.BuiltinModule{Name: "_abc", Init: initModule}

// invalidationCounter is abc's cache token: it changes whenever a class is registered, which
// makes every ABC's negative cache stale.
var invalidationCounter atomic.Int64

// dataType is _abc._abc_data, the per-class state stored as cls._abc_impl.
var dataType = objects.ReadyType(&objects.Type{Name: "_abc._abc_data", Flags: objects.TypeFinal,
	Doc: "Internal state held by ABC machinery."})

// typeSet is a set of classes held weakly, as CPython's sets of weak references.
type typeSet map[weak.Pointer[objects.Type]]struct{}

func (s typeSet) add(t *objects.Type) { s[weak.Make(t)] = struct{}{} }

func (s typeSet) has(t *objects.Type) bool {
	_, ok := s[weak.Make(t)]
	return ok
}

// live returns the classes still alive, dropping the others.
func (s typeSet) live() []*objects.Type {
	var out []*objects.Type
	for w := range s {
		if t := w.Value(); t != nil {
			out = append(out, t)
		} else {
			delete(s, w)
		}
	}
	return out
}

// abcData is an ABC's registry of virtual subclasses and its caches.
type abcData struct {
	registry, cache, negativeCache typeSet
	negativeCacheVersion           int64
}

// Type returns _abc._abc_data.
func (*abcData) Type() *objects.Type { return dataType }

func newData() *abcData {
	return &abcData{registry: typeSet{}, cache: typeSet{}, negativeCache: typeSet{},
		negativeCacheVersion: invalidationCounter.Load()}
}

var dunderAbcImpl = objects.NewStr("_abc_impl")

// dataOf returns cls._abc_impl.
func dataOf(ts *objects.Thread, cls objects.Object) (*abcData, error) {
	v, err := objects.GetAttr(ts, cls, dunderAbcImpl)
	if err != nil {
		return nil, err
	}
	d, ok := v.(*abcData)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "_abc_impl is set to a wrong type")
	}
	return d, nil
}

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := []objects.MethodDef{
		{Name: "get_cache_token", Flags: objects.MethNoArgs, Func: getCacheToken,
			Doc: "Returns the current ABC cache token.\n\nThe token is an opaque object (supporting equality testing) identifying the\ncurrent version of the ABC cache for virtual subclasses. The token changes\nwith every call to register() on any ABC."},
		{Name: "_abc_init", Flags: objects.MethO, Func: abcInit, Doc: "Internal ABC helper for class set-up. Should be never used outside abc module."},
		{Name: "_abc_register", Flags: objects.MethFastcall, Func: abcRegister, Doc: "Internal ABC helper for subclasss registration. Should be never used outside abc module."},
		{Name: "_abc_instancecheck", Flags: objects.MethFastcall, Func: abcInstancecheck, Doc: "Internal ABC helper for instance checks. Should be never used outside abc module."},
		{Name: "_abc_subclasscheck", Flags: objects.MethFastcall, Func: abcSubclasscheck, Doc: "Internal ABC helper for subclasss checks. Should be never used outside abc module."},
		{Name: "_get_dump", Flags: objects.MethO, Func: getDump, Doc: "Internal ABC helper for cache and registry debugging.\n\nReturn shallow copies of registry, of both caches, and\nnegative cache version. Don't call this function directly,\ninstead use ABC._dump_registry() for a nice repr."},
		{Name: "_reset_registry", Flags: objects.MethO, Func: resetRegistry, Doc: "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"},
		{Name: "_reset_caches", Flags: objects.MethO, Func: resetCaches, Doc: "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"},
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	m.Dict.SetStr(objects.NewStr("__doc__"), objects.NewStr("Module contains faster C implementation of abc.ABCMeta"))
	return nil
}

// callAttr calls cls.name(args...), the attribute as getattr finds it (a classmethod bound
// to cls, a method of the metaclass), as PyObject_CallMethod does.
func callAttr(ts *objects.Thread, o objects.Object, name string, args ...objects.Object) (objects.Object, error) {
	f, err := objects.GetAttr(ts, o, objects.NewStr(name))
	if err != nil {
		return nil, err
	}
	return objects.Call(ts, f, args, nil)
}

func twoArgs(name string, args []objects.Object) error {
	if len(args) != 2 {
		return objects.Errorf(objects.TypeErrorType, "%s expected 2 arguments, got %d", name, len(args))
	}
	return nil
}

func getCacheToken(*objects.Thread, objects.Object, []objects.Object, *objects.Tuple) (objects.Object, error) {
	return objects.NewInt(invalidationCounter.Load()), nil
}

// abcInit computes cls.__abstractmethods__ and gives the class its state.
func abcInit(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	cls := args[0]
	abstracts := objects.NewSet()
	isAbstract := func(v objects.Object) (bool, error) {
		a, err := objects.GetAttr(ts, v, objects.NewStr("__isabstractmethod__"))
		if err != nil {
			if objects.IsAttributeError(err) {
				return false, nil
			}
			return false, err
		}
		return objects.IsTrue(ts, a)
	}
	// The class's own abstract methods...
	ns, err := objects.GetAttr(ts, cls, objects.NewStr("__dict__"))
	if err != nil {
		return nil, err
	}
	items, err := objects.CallMethod(ts, ns, "items")
	if err != nil {
		return nil, err
	}
	pairs, err := objects.IterableItems(ts, items)
	if err != nil {
		return nil, err
	}
	for _, p := range pairs {
		kv, ok := p.(*objects.Tuple)
		if !ok || kv.Len() != 2 {
			return nil, objects.Errorf(objects.TypeErrorType, "items() returned item which is not a 2-tuple")
		}
		ab, err := isAbstract(kv.Items()[1])
		if err != nil {
			return nil, err
		}
		if ab {
			if err := abstracts.Add(ts, kv.Items()[0]); err != nil {
				return nil, err
			}
		}
	}
	// ...and those inherited that it did not implement.
	bases, err := objects.GetAttr(ts, cls, objects.NewStr("__bases__"))
	if err != nil {
		return nil, err
	}
	bt, ok := bases.(*objects.Tuple)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "__bases__ is not tuple")
	}
	for _, b := range bt.Items() {
		base, err := objects.GetAttr(ts, b, objects.NewStr("__abstractmethods__"))
		if err != nil {
			if objects.IsAttributeError(err) {
				continue
			}
			return nil, err
		}
		names, err := objects.IterableItems(ts, base)
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			n, ok := name.(*objects.Str)
			if !ok {
				continue
			}
			v, err := objects.GetAttr(ts, cls, n)
			if err != nil {
				if objects.IsAttributeError(err) {
					continue
				}
				return nil, err
			}
			ab, err := isAbstract(v)
			if err != nil {
				return nil, err
			}
			if ab {
				if err := abstracts.Add(ts, n); err != nil {
					return nil, err
				}
			}
		}
	}
	frozen, err := objects.Call(ts, objects.FrozenSetType, []objects.Object{abstracts}, nil)
	if err != nil {
		return nil, err
	}
	if err := objects.SetAttr(ts, cls, objects.NewStr("__abstractmethods__"), frozen); err != nil {
		return nil, err
	}
	if err := objects.SetAttr(ts, cls, dunderAbcImpl, newData()); err != nil {
		return nil, err
	}
	return objects.None, nil
}

// abcRegister makes subclass a virtual subclass of cls.
func abcRegister(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := twoArgs("_abc_register", args); err != nil {
		return nil, err
	}
	cls, subclass := args[0], args[1]
	sub, ok := subclass.(*objects.Type)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "Can only register classes")
	}
	already, err := objects.IsSubclass(ts, sub, cls)
	if err != nil {
		return nil, err
	}
	if already {
		return subclass, nil // already a subclass
	}
	cycle, err := objects.IsSubclass(ts, cls, sub)
	if err != nil {
		return nil, err
	}
	if cycle {
		return nil, objects.Errorf(objects.RuntimeErrorType, "Refusing to create an inheritance cycle")
	}
	d, err := dataOf(ts, cls)
	if err != nil {
		return nil, err
	}
	d.registry.add(sub)
	invalidationCounter.Add(1)
	// A virtual subclass of Sequence or Mapping matches their patterns.
	if c, ok := cls.(*objects.Type); ok {
		if f := c.Flags & objects.TypeCollectionFlags; f != 0 {
			setCollectionFlagRecursive(sub, f)
		}
	}
	return subclass, nil
}

// setCollectionFlagRecursive gives t and its subclasses the flag, unless they are built-in
// types or have a collection flag already.
func setCollectionFlagRecursive(t *objects.Type, flag objects.TypeFlags) {
	if !t.IsHeapType() || t.Flags&objects.TypeCollectionFlags != 0 {
		return
	}
	t.Flags |= flag
	for _, s := range t.Subclasses() {
		setCollectionFlagRecursive(s, flag)
	}
}

// abcInstancecheck is ABCMeta.__instancecheck__.
func abcInstancecheck(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := twoArgs("_abc_instancecheck", args); err != nil {
		return nil, err
	}
	cls, instance := args[0], args[1]
	d, err := dataOf(ts, cls)
	if err != nil {
		return nil, err
	}
	subclass, err := objects.GetAttr(ts, instance, objects.NewStr("__class__"))
	if err != nil {
		return nil, err
	}
	if st, ok := subclass.(*objects.Type); ok && d.cache.has(st) {
		return objects.True, nil
	}
	subtype := instance.Type()
	if subclass == subtype {
		if d.negativeCacheVersion == invalidationCounter.Load() && d.negativeCache.has(subtype) {
			return objects.False, nil
		}
		return callAttr(ts, cls, "__subclasscheck__", subclass)
	}
	for _, c := range []objects.Object{subclass, subtype} {
		r, err := callAttr(ts, cls, "__subclasscheck__", c)
		if err != nil {
			return nil, err
		}
		ok, err := objects.IsTrue(ts, r)
		if err != nil || ok {
			return r, err
		}
	}
	return objects.False, nil
}

// abcSubclasscheck is ABCMeta.__subclasscheck__.
func abcSubclasscheck(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := twoArgs("_abc_subclasscheck", args); err != nil {
		return nil, err
	}
	cls, subclass := args[0], args[1]
	sub, ok := subclass.(*objects.Type)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "issubclass() arg 1 must be a class")
	}
	d, err := dataOf(ts, cls)
	if err != nil {
		return nil, err
	}
	if d.cache.has(sub) {
		return objects.True, nil
	}
	if v := invalidationCounter.Load(); d.negativeCacheVersion < v {
		d.negativeCache = typeSet{}
		d.negativeCacheVersion = v
	} else if d.negativeCache.has(sub) {
		return objects.False, nil
	}
	ok2, err := callAttr(ts, cls, "__subclasshook__", subclass)
	if err != nil {
		return nil, err
	}
	switch ok2 {
	case objects.True:
		d.cache.add(sub)
		return objects.True, nil
	case objects.False:
		d.negativeCache.add(sub)
		return objects.False, nil
	case objects.NotImplemented:
	default:
		return nil, objects.Errorf(objects.AssertionErrorType, "__subclasshook__ must return either False, True, or NotImplemented")
	}
	// A real subclass.
	for _, c := range sub.MRO {
		if objects.Object(c) == cls {
			d.cache.add(sub)
			return objects.True, nil
		}
	}
	// A subclass of a registered class.
	for _, r := range d.registry.live() {
		yes, err := objects.IsSubclass(ts, sub, r)
		if err != nil {
			return nil, err
		}
		if yes {
			d.cache.add(sub)
			return objects.True, nil
		}
	}
	// A subclass of a subclass.
	subs, err := callAttr(ts, cls, "__subclasses__")
	if err != nil {
		return nil, err
	}
	scls, err := objects.IterableItems(ts, subs)
	if err != nil {
		return nil, err
	}
	for _, s := range scls {
		yes, err := objects.IsSubclass(ts, sub, s)
		if err != nil {
			return nil, err
		}
		if yes {
			d.cache.add(sub)
			return objects.True, nil
		}
	}
	d.negativeCache.add(sub)
	return objects.False, nil
}

// setOf builds a set of weak references to the classes of s, as CPython keeps them.
func setOf(ts *objects.Thread, s typeSet) (objects.Object, error) {
	out := objects.NewSet()
	for _, t := range s.live() {
		ref, err := objects.NewWeakRef(ts, objects.RefType, t, nil)
		if err != nil {
			return nil, err
		}
		if err := out.Add(ts, ref); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func getDump(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	d, err := dataOf(ts, args[0])
	if err != nil {
		return nil, err
	}
	items := make([]objects.Object, 0, 4)
	for _, s := range []typeSet{d.registry, d.cache, d.negativeCache} {
		o, err := setOf(ts, s)
		if err != nil {
			return nil, err
		}
		items = append(items, o)
	}
	return objects.NewTuple(append(items, objects.NewInt(d.negativeCacheVersion))), nil
}

func resetRegistry(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	d, err := dataOf(ts, args[0])
	if err != nil {
		return nil, err
	}
	d.registry = typeSet{}
	return objects.None, nil
}

func resetCaches(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	d, err := dataOf(ts, args[0])
	if err != nil {
		return nil, err
	}
	d.cache, d.negativeCache = typeSet{}, typeSet{}
	return objects.None, nil
}
