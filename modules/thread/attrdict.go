package thread

import "github.com/taipanpy/taipan/objects"

// Attribute access through a dict the object does not carry itself, as CPython's
// _PyObject_GenericGetAttrWithDict and _PyObject_GenericSetAttrWithDict: _local's attributes
// live in a dict per thread, and those of an RLock subclass's instance in a dict kept beside
// the Go lock. The name "__dict__" means that dict, whatever the class defines.

// getAttrWithDict returns o.name looked up as object.__getattribute__ does, with d as o's
// __dict__: data descriptors of the class first, then d, then other class attributes.
func getAttrWithDict(ts *objects.Thread, o objects.Object, name *objects.Str, d *objects.Dict) (objects.Object, error) {
	if name.Value() == "__dict__" {
		return d, nil
	}
	t := o.Type()
	descr := t.Lookup(ts, name)
	var get func(*objects.Thread, objects.Object, objects.Object, objects.Object) (objects.Object, error)
	if descr != nil {
		ds := &descr.Type().Slots
		get = ds.DescrGet
		if get != nil && ds.DescrSet != nil {
			return get(ts, descr, o, t)
		}
	}
	if v, err := d.GetItem(ts, name); v != nil || err != nil {
		return v, err
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
// with d as o's __dict__, which cannot be replaced.
func setAttrWithDict(ts *objects.Thread, o objects.Object, name *objects.Str, v objects.Object, d *objects.Dict) error {
	t := o.Type()
	if name.Value() == "__dict__" {
		// CPython's message here carries no name, so no "Did you mean" is added.
		return objects.Errorf(objects.AttributeErrorType, "'%s' object attribute '__dict__' is read-only", t.Name)
	}
	if descr := t.Lookup(ts, name); descr != nil {
		if set := descr.Type().Slots.DescrSet; set != nil {
			return set(ts, descr, o, v)
		}
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
