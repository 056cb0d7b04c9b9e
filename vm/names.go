package vm

import "github.com/taipanpy/taipan/objects"

// nameError is CPython's NameError for an undefined name.
func nameError(name *objects.Str) error {
	return objects.NewNameError(objects.NameErrorType, name.Value(), "name '"+name.Value()+"' is not defined")
}

// mappingGet looks name up in a namespace mapping: a dict directly, any other mapping through
// its __getitem__, where a KeyError means absent.
func mappingGet(ts *objects.Thread, m objects.Object, name *objects.Str) (objects.Object, error) {
	if d, ok := m.(*objects.Dict); ok && d.Type() == objects.DictType {
		return d.GetItem(ts, name) // a subclass's own __getitem__ counts, as in CPython
	}
	v, err := objects.GetItem(ts, m, name)
	if exc, ok := err.(*objects.BaseException); ok && exc.Type().IsSubtype(objects.KeyErrorType) {
		return nil, nil
	}
	return v, err
}

// loadGlobalOrBuiltin looks name up in the frame's globals, then its builtins.
func loadGlobalOrBuiltin(ts *objects.Thread, frame *Frame, name *objects.Str) (objects.Object, error) {
	if v, err := frame.Globals.GetItem(ts, name); v != nil || err != nil {
		return v, err
	}
	if v, err := frame.Builtins.GetItem(ts, name); v != nil || err != nil {
		return v, err
	}
	return nil, nameError(name)
}

// LoadName resolves a name in a module or class body: locals, globals, then builtins.
func LoadName(ts *objects.Thread, frame *Frame, name *objects.Str) (objects.Object, error) {
	if frame.Locals == nil {
		return nil, objects.Errorf(objects.SystemErrorType, "no locals when loading '%s'", name.Value())
	}
	if v, err := mappingGet(ts, frame.Locals, name); v != nil || err != nil {
		return v, err
	}
	return loadGlobalOrBuiltin(ts, frame, name)
}

// StoreName binds a name in a module or class body's locals.
func StoreName(ts *objects.Thread, frame *Frame, name *objects.Str, v objects.Object) error {
	if frame.Locals == nil {
		return objects.Errorf(objects.SystemErrorType, "no locals found when storing '%s'", name.Value())
	}
	return objects.SetItem(ts, frame.Locals, name, v)
}

// DeleteName unbinds a name in a module or class body's locals.
func DeleteName(ts *objects.Thread, frame *Frame, name *objects.Str) error {
	if frame.Locals == nil {
		return objects.Errorf(objects.SystemErrorType, "no locals when deleting '%s'", name.Value())
	}
	if d, ok := frame.Locals.(*objects.Dict); ok {
		found, err := d.DelItem(ts, name)
		if !found && err == nil {
			return nameError(name)
		}
		return err
	}
	if err := objects.DelItem(ts, frame.Locals, name); err != nil {
		if exc, ok := err.(*objects.BaseException); ok && exc.Type().IsSubtype(objects.KeyErrorType) {
			return nameError(name)
		}
		return err
	}
	return nil
}

// LoadGlobal resolves a global name: globals, then builtins.
func LoadGlobal(ts *objects.Thread, frame *Frame, name *objects.Str) (objects.Object, error) {
	if frame.Globals.Type() != objects.DictType || frame.Builtins.Type() != objects.DictType {
		// Namespaces of dict subclasses answer through __getitem__ (and __missing__), as
		// LOAD_GLOBAL's slow path does.
		if v, err := mappingGet(ts, frame.Globals, name); v != nil || err != nil {
			return v, err
		}
		if v, err := mappingGet(ts, frame.Builtins, name); v != nil || err != nil {
			return v, err
		}
		return nil, nameError(name)
	}
	return loadGlobalOrBuiltin(ts, frame, name)
}

// DeleteGlobal unbinds a global name.
func DeleteGlobal(ts *objects.Thread, frame *Frame, name *objects.Str) error {
	found, err := frame.Globals.DelItem(ts, name)
	if !found && err == nil {
		return nameError(name)
	}
	return err
}

// LoadFromDictOrGlobals resolves name in a class body's namespace mapping (or an annotation
// scope's), then globals and builtins.
func LoadFromDictOrGlobals(ts *objects.Thread, frame *Frame, mapping objects.Object, name *objects.Str) (objects.Object, error) {
	if v, err := mappingGet(ts, mapping, name); v != nil || err != nil {
		return v, err
	}
	return loadGlobalOrBuiltin(ts, frame, name)
}

// LoadFromDictOrDeref resolves a free variable of a class body: the class namespace first,
// then the cell.
func LoadFromDictOrDeref(ts *objects.Thread, frame *Frame, mapping objects.Object, cell *objects.Cell, index int) (objects.Object, error) {
	name := objects.NewStr(localName(frame.Code, index))
	if v, err := mappingGet(ts, mapping, name); v != nil || err != nil {
		return v, err
	}
	if v := cell.Get(); v != nil {
		return v, nil
	}
	return nil, UnboundDeref(frame, index)
}

// UnboundDeref is the error for reading a cell or free variable that has no value.
func UnboundDeref(frame *Frame, index int) error {
	name := localName(frame.Code, index)
	if frame.Code.IsFreeVar(index) {
		return objects.Errorf(objects.NameErrorType,
			"cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
	}
	return objects.Errorf(objects.UnboundLocalType,
		"cannot access local variable '%s' where it is not associated with a value", name)
}

// CopyFreeVars copies the running function's closure cells into the frame's last n locals.
func CopyFreeVars(frame *Frame, n int) {
	closure := frame.Closure
	offset := frame.Code.NLocalsplus - n
	for i := 0; i < n && i < len(closure); i++ {
		frame.Localsplus[offset+i] = closure[i]
	}
}

// LoadLocals pushes the locals mapping of a class body.
func LoadLocals(frame *Frame) (objects.Object, error) {
	if frame.Locals == nil {
		return nil, objects.Errorf(objects.SystemErrorType, "no locals found")
	}
	return frame.Locals, nil
}

// SetupAnnotations creates __annotations__ in a module or class body that has annotations.
func SetupAnnotations(ts *objects.Thread, frame *Frame) error {
	if frame.Locals == nil {
		return objects.Errorf(objects.SystemErrorType, "no locals found when setting up annotations")
	}
	key := objects.NewStr("__annotations__")
	v, err := mappingGet(ts, frame.Locals, key)
	if v != nil || err != nil {
		return err
	}
	return objects.SetItem(ts, frame.Locals, key, objects.NewDict())
}
