package cconv

import (
	"github.com/taipanpy/taipan/objects"
)

// ID converts a user or group id as CPython's _Py_Uid_Converter and _Py_Gid_Converter:
// what is "uid" or "gid" for the messages. -1 and 2**32-1 both give the all-ones id. Like
// CPython, a C long that does not fit in 32 bits counts as too small.
func ID(ts *objects.Thread, o objects.Object, what string) (uint32, error) {
	if o.Type().Slots.Index == nil {
		if _, ok := o.(*objects.Int); !ok {
			return 0, objects.Errorf(objects.TypeErrorType, "%s should be integer, not %s", what, o.Type().Name)
		}
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := i.Int64()
	switch {
	case small && v >= -1 && v <= 1<<32-1:
		return uint32(v), nil
	case small, i.Sign() < 0:
		return 0, objects.Errorf(objects.OverflowErrorType, "%s is less than minimum", what)
	}
	return 0, objects.Errorf(objects.OverflowErrorType, "%s is greater than maximum", what)
}

// IDObject returns the int for an id as _PyLong_FromUid shows it: the all-ones id is -1.
func IDObject(id uint32) objects.Object {
	if id == 1<<32-1 {
		return objects.NewInt(-1)
	}
	return objects.NewInt(int64(id))
}
