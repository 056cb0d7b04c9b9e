package vm

import "github.com/taipanpy/taipan/objects"

// LocalsMapping is what locals() gives for the frame: the namespace of a module or class
// body, or a snapshot of a function's fast locals, cells and free variables that are bound.
func (f *Frame) LocalsMapping(ts *objects.Thread) (objects.Object, error) {
	if f.Locals != nil {
		return f.Locals, nil
	}
	d := objects.NewDict()
	code := f.Code
	for i, name := range code.LocalsplusNames {
		if i >= len(f.Localsplus) {
			break
		}
		v := f.Localsplus[i]
		var kind byte
		if i < len(code.LocalsplusKinds) {
			kind = code.LocalsplusKinds[i]
		}
		if kind&objects.LocalHidden != 0 {
			continue
		}
		if c, ok := v.(*objects.Cell); ok && kind&(objects.LocalCell|objects.LocalFree) != 0 {
			v = c.Get()
		}
		if v == nil {
			continue
		}
		if err := d.SetItem(ts, objects.NewStr(name), v); err != nil {
			return nil, err
		}
	}
	return d, nil
}
