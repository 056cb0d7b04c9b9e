package array

import (
	"math"

	"github.com/taipanpy/taipan/objects"
)

// ssize converts an index to a machine int. A value out of range raises overflow: an
// IndexError as subscripts raise it, an OverflowError as arguments raise it; or, when overflow
// is nil, is clamped as slice bounds are.
func ssize(ts *objects.Thread, o objects.Object, overflow *objects.Type) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok || v > math.MaxInt || v < math.MinInt {
		if overflow == nil {
			// Clamped, as slice indices are.
			if i.Sign() < 0 {
				return math.MinInt, nil
			}
			return math.MaxInt, nil
		}
		if overflow == objects.OverflowErrorType {
			// An argument converted by Argument Clinic's Py_ssize_t converter.
			return 0, objects.Errorf(overflow, "Python int too large to convert to C ssize_t")
		}
		return 0, objects.Errorf(overflow, "cannot fit '%s' into an index-sized integer", o.Type().Name)
	}
	return int(v), nil
}

// isIndex reports whether o can be an integer index.
func isIndex(o objects.Object) bool {
	_, ok := o.(*objects.Int)
	return ok || o.Type().Slots.Index != nil
}

// itemIndex converts the subscript key of an array of n items to a position.
func itemIndex(ts *objects.Thread, key objects.Object, n int, what string) (int, error) {
	i, err := ssize(ts, key, objects.IndexErrorType)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, objects.Errorf(objects.IndexErrorType, "%s", what)
	}
	return i, nil
}

// sliceBound is a start or stop argument of index(): clamped, counted from the end when
// negative.
func sliceBound(ts *objects.Thread, o objects.Object, n, dflt int) (int, error) {
	if o == nil {
		return dflt, nil
	}
	if !isIndex(o) {
		return 0, objects.Errorf(objects.TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	i, err := ssize(ts, o, nil)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	return i, nil
}
