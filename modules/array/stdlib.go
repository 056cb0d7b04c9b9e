package array

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// importStdlib imports a module of the standard library, or returns nil when there is none,
// as in an interpreter without Lib.
func importStdlib(ts *objects.Thread, name string, fromlist objects.Object) (objects.Object, error) {
	m, err := vm.Import(ts, nil, objects.NewStr(name), fromlist, 0)
	if err != nil {
		if e, ok := err.(*objects.BaseException); ok && objects.IsException(e, objects.ModuleNotFoundErrorType) {
			return nil, nil
		}
		return nil, err
	}
	return m, nil
}

// registerMutableSequence makes arrays instances of collections.abc.MutableSequence, as the
// C module does when it is imported.
func registerMutableSequence(ts *objects.Thread) error {
	abc, err := importStdlib(ts, "collections.abc", objects.NewTuple([]objects.Object{objects.NewStr("MutableSequence")}))
	if abc == nil || err != nil {
		return err
	}
	ms, err := objects.GetAttr(ts, abc, objects.NewStr("MutableSequence"))
	if err != nil {
		return err
	}
	_, err = objects.CallMethod(ts, ms, "register", ArrayType)
	return err
}
