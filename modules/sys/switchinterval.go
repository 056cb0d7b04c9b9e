package sys

import (
	"math"

	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// The thread switch interval, kept by the interpreter in microseconds as CPython keeps it, so
// that getswitchinterval() returns what CPython's does (0.012345 after setting 0.0123456789).

func getSwitchInterval(ts *objects.Thread, _ objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	return objects.NewFloat(1e-6 * float64(vm.ThreadOf(ts).Interp.SwitchInterval())), nil
}

func setSwitchInterval(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	d, err := realArg(ts, args[0])
	if err != nil {
		return nil, err
	}
	if !(d > 0) && !math.IsNaN(d) {
		return nil, objects.Errorf(objects.ValueErrorType, "switch interval must be strictly positive")
	}
	us := 1e6 * d
	var v uint64
	switch {
	case math.IsNaN(us):
		v = 1 << 63 // what CPython's conversion to unsigned long gives
	case us >= 1<<64:
		v = 0
	default:
		v = uint64(us)
	}
	vm.ThreadOf(ts).Interp.SetSwitchInterval(v)
	return objects.None, nil
}

// realArg converts an argument of Argument Clinic's "d" format: a float, or anything with
// __float__ or __index__.
func realArg(ts *objects.Thread, o objects.Object) (float64, error) {
	if f, ok := o.(*objects.Float); ok {
		return f.Value(), nil
	}
	if s := &o.Type().Slots; s.Float == nil && s.Index == nil {
		return 0, objects.Errorf(objects.TypeErrorType, "must be real number, not %s", o.Type().Name)
	}
	r, err := objects.ToFloat(ts, o)
	if err != nil {
		return 0, err
	}
	f, ok := r.(*objects.Float)
	if !ok {
		return 0, objects.Errorf(objects.TypeErrorType, "%s.__float__ returned non-float (type %s)", o.Type().Name, r.Type().Name)
	}
	return f.Value(), nil
}
