package collections

import (
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// typeName is _PyType_Name: a type's name without its module.
func typeName(t *objects.Type) string {
	if i := strings.LastIndexByte(t.Name, '.'); i >= 0 {
		return t.Name[i+1:]
	}
	return t.Name
}

func itoa(n int) string { return strconv.Itoa(n) }

// ssize converts o to a Py_ssize_t as PyNumber_AsSsize_t(o, OverflowError) does.
func ssize(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok || int64(int(v)) != v {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(v), nil
}

// sliceIndex converts a start or stop argument as _PyEval_SliceIndexNotNone does, clamping
// values beyond the machine word.
func sliceIndex(ts *objects.Thread, o objects.Object) (int, error) {
	if !isIndex(o) {
		return 0, objects.Errorf(objects.TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	if v, ok := i.Int64(); ok && int64(int(v)) == v {
		return int(v), nil
	}
	if i.Sign() < 0 {
		return -int(^uint(0) >> 1), nil
	}
	return int(^uint(0) >> 1), nil
}
