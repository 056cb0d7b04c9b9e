package thread

import "github.com/taipanpy/taipan/objects"

// Attribute access through a dict the object does not carry itself, as CPython's
// _PyObject_GenericGetAttrWithDict and _PyObject_GenericSetAttrWithDict: _local's attributes
// live in a dict per thread, and those of an RLock subclass's instance in a dict kept beside
// the Go lock. The name "__dict__" means that dict, whatever the class defines. The
// __slots__ of such subclasses are kept beside it too (extra).

// extra holds what instances of Python subclasses of the module's types carry: the values
// of their classes' __slots__.
type extra struct {
	slots map[*objects.MemberDescriptor]objects.Object
}

// slotGet returns the value of slot d, or an AttributeError when it is unset.
func (x *extra) slotGet(o objects.Object, d *objects.MemberDescriptor) (objects.Object, error) {
	if v := x.slots[d]; v != nil {
		return v, nil
	}
	return nil, objects.NewAttributeError(o, d.Name, "'"+o.Type().Name+"' object has no attribute '"+d.Name+"'")
}

// slotSet sets slot d to v, or unsets it when v is nil.
func (x *extra) slotSet(o objects.Object, d *objects.MemberDescriptor, v objects.Object) error {
	if v == nil {
		if x.slots[d] == nil {
			return objects.Errorf(objects.AttributeErrorType, "%s", d.Name)
		}
		delete(x.slots, d)
		return nil
	}
	if x.slots == nil {
		x.slots = map[*objects.MemberDescriptor]objects.Object{}
	}
	x.slots[d] = v
	return nil
}

// ownSlot returns descr as a __slots__ member of o's class, nil when it is not one.
func ownSlot(o objects.Object, descr objects.Object) *objects.MemberDescriptor {
	d, ok := descr.(*objects.MemberDescriptor)
	if !ok || !o.Type().IsSubtype(d.Owner) {
		return nil
	}
	return d
}

var (
	getattributeName = objects.NewStr("__getattribute__")
	getattrName      = objects.NewStr("__getattr__")
	setattrName      = objects.NewStr("__setattr__")
	delattrName      = objects.NewStr("__delattr__")
)

// subclassAttrSlots gives cls, a Python subclass of one of the module's types, the attribute
// slots get and set that reach the attributes its instances keep beside their Go state,
// unless the class defines its own attribute methods. CPython's subclasses get this from the
// instance layout (tp_dictoffset); here the slots are set when an instance is first made, so
// that the module's types themselves show no __getattribute__ or __setattr__ of their own,
// as CPython's do not.
func subclassAttrSlots(ts *objects.Thread, cls *objects.Type, get func(*objects.Thread, objects.Object, *objects.Str) (objects.Object, error), set func(*objects.Thread, objects.Object, *objects.Str, objects.Object) error) {
	obj := objects.ObjectType
	if cls.Lookup(ts, getattributeName) == obj.Lookup(ts, getattributeName) {
		if cls.Lookup(ts, getattrName) == nil {
			cls.Slots.GetAttr = get
		} else {
			cls.Slots.GetAttr = func(ts *objects.Thread, o objects.Object, name *objects.Str) (objects.Object, error) {
				v, err := get(ts, o, name)
				if e, ok := err.(*objects.BaseException); !ok || !e.Type().IsSubtype(objects.AttributeErrorType) {
					return v, err
				}
				return callGetattr(ts, o, name)
			}
		}
	}
	if cls.Lookup(ts, setattrName) == obj.Lookup(ts, setattrName) && cls.Lookup(ts, delattrName) == obj.Lookup(ts, delattrName) {
		cls.Slots.SetAttr = set
	}
}

// callGetattr calls the __getattr__ of o's class for name, when __getattribute__ did not
// find it.
func callGetattr(ts *objects.Thread, o objects.Object, name *objects.Str) (objects.Object, error) {
	fn := o.Type().Lookup(ts, getattrName)
	if fn == nil {
		return nil, objects.NewAttributeError(o, name.Value(), "'"+o.Type().Name+"' object has no attribute '"+name.Value()+"'")
	}
	if get := fn.Type().Slots.DescrGet; get != nil {
		bound, err := get(ts, fn, o, o.Type())
		if err != nil {
			return nil, err
		}
		return objects.Call(ts, bound, []objects.Object{name}, nil)
	}
	return objects.Call(ts, fn, []objects.Object{name}, nil)
}

// getAttrWithDict returns o.name looked up as object.__getattribute__ does, with d as o's
// __dict__ (nil when it has none): data descriptors of the class first, then d, then other
// class attributes.
func getAttrWithDict(ts *objects.Thread, o objects.Object, name *objects.Str, d *objects.Dict, x *extra) (objects.Object, error) {
	if name.Value() == "__dict__" && d != nil {
		return d, nil
	}
	t := o.Type()
	descr := t.Lookup(ts, name)
	if m := ownSlot(o, descr); m != nil {
		return x.slotGet(o, m)
	}
	var get func(*objects.Thread, objects.Object, objects.Object, objects.Object) (objects.Object, error)
	if descr != nil {
		ds := &descr.Type().Slots
		get = ds.DescrGet
		if get != nil && ds.DescrSet != nil {
			return get(ts, descr, o, t)
		}
	}
	if d != nil {
		if v, err := d.GetItem(ts, name); v != nil || err != nil {
			return v, err
		}
	}
	if get != nil {
		return get(ts, descr, o, t)
	}
	if descr != nil {
		return descr, nil
	}
	return nil, objects.NewAttributeError(o, name.Value(), "'"+t.Name+"' object has no attribute '"+name.Value()+"'")
}

// setAttrWithDict sets o.name = v (deletes it when v is nil) as object.__setattr__ does,
// with d as o's __dict__ (nil when it has none), which cannot be replaced.
func setAttrWithDict(ts *objects.Thread, o objects.Object, name *objects.Str, v objects.Object, d *objects.Dict, x *extra) error {
	t := o.Type()
	if name.Value() == "__dict__" && d != nil {
		// CPython's message here carries no name, so no "Did you mean" is added.
		return objects.Errorf(objects.AttributeErrorType, "'%s' object attribute '__dict__' is read-only", t.Name)
	}
	descr := t.Lookup(ts, name)
	if m := ownSlot(o, descr); m != nil {
		return x.slotSet(o, m, v)
	}
	if descr != nil {
		if set := descr.Type().Slots.DescrSet; set != nil {
			return set(ts, descr, o, v)
		}
	}
	if d == nil {
		if descr != nil {
			return objects.NewAttributeError(o, name.Value(), "'"+t.Name+"' object attribute '"+name.Value()+"' is read-only")
		}
		return objects.NewAttributeError(o, name.Value(), "'"+t.Name+"' object has no attribute '"+name.Value()+"' and no __dict__ for setting new attributes")
	}
	if v != nil {
		return d.SetItem(ts, name, v)
	}
	found, err := d.DelItem(ts, name)
	if err != nil || found {
		return err
	}
	return objects.NewAttributeError(o, name.Value(), "'"+t.Name+"' object has no attribute '"+name.Value()+"'")
}
