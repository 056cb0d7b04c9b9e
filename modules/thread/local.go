package thread

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// localObject is a _thread._local: an object whose attributes are per thread. Each thread
// that uses it gets its own __dict__, made on its first use; for a subclass whose __init__
// is not object's, that first use calls __init__ with the arguments the object was made
// with, so that every thread sees an initialized object.
type localObject struct {
	cls     *objects.Type
	args    []objects.Object
	kwnames *objects.Tuple
	// dicts holds each thread's dict; the global interpreter lock guards it.
	dicts map[*vm.Thread]*objects.Dict
	// extra holds a subclass instance's __slots__ values, shared by all threads as
	// CPython's are.
	extra extra
}

// Type returns the object's class.
func (l *localObject) Type() *objects.Type { return l.cls }

var localType = objects.ReadyType(&objects.Type{
	Attrs: moduleAttr,
	Name:  "_thread._local",
	Doc:   "Thread-local data",
	Slots: objects.Slots{
		New:     localNew,
		GetAttr: localGetAttr,
		SetAttr: func(ts *objects.Thread, o objects.Object, name *objects.Str, v objects.Object) error {
			l, ok := o.(*localObject)
			if !ok {
				return objects.GenericSetAttr(ts, o, name, v)
			}
			d, err := l.dict(ts)
			if err != nil {
				return err
			}
			return setAttrWithDict(ts, o, name, v, d, &l.extra)
		},
	},
})

var initName = objects.NewStr("__init__")

// hasOwnInit reports whether cls's __init__ is not object's.
func hasOwnInit(ts *objects.Thread, cls *objects.Type) bool {
	return cls.Lookup(ts, initName) != objects.ObjectType.Lookup(ts, initName)
}

func localNew(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	if len(args) > 0 && !hasOwnInit(ts, cls) {
		return nil, objects.Errorf(objects.TypeErrorType, "Initialization arguments are not supported")
	}
	l := &localObject{cls: cls, args: append([]objects.Object(nil), args...), kwnames: kwnames,
		dicts: map[*vm.Thread]*objects.Dict{}}
	// The creating thread's dict is made now: the call that made the object runs __init__
	// on it.
	l.dicts[vm.ThreadOf(ts)] = objects.NewDict()
	return l, nil
}

// dict returns the running thread's dict, making it (and running __init__) on first use.
func (l *localObject) dict(ts *objects.Thread) (*objects.Dict, error) {
	t := vm.ThreadOf(ts)
	if d := l.dicts[t]; d != nil {
		return d, nil
	}
	// Forget the dicts of threads that have ended.
	for other := range l.dicts {
		if other.Done() {
			delete(l.dicts, other)
		}
	}
	d := objects.NewDict()
	l.dicts[t] = d
	if hasOwnInit(ts, l.cls) {
		init, err := objects.GetAttr(ts, l, initName)
		if err == nil {
			_, err = objects.Call(ts, init, l.args, l.kwnames)
		}
		if err != nil {
			delete(l.dicts, t)
			return nil, err
		}
	}
	return d, nil
}

func localGetAttr(ts *objects.Thread, o objects.Object, name *objects.Str) (objects.Object, error) {
	l, ok := o.(*localObject)
	if !ok {
		return objects.GenericGetAttr(ts, o, name)
	}
	d, err := l.dict(ts)
	if err != nil {
		return nil, err
	}
	return getAttrWithDict(ts, o, name, d, &l.extra)
}
