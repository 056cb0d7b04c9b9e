package time

import (
	"math"

	"github.com/taipanpy/taipan/objects"
)

// Conversions of arguments as CPython's pytime.c and Argument Clinic do them.

// cInt converts o to a C int as the "i" format does, with its overflow messages.
func cInt(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := i.Int64()
	if !small || v > math.MaxInt32 {
		if small || i.Big().Sign() > 0 {
			return 0, objects.Errorf(objects.OverflowErrorType, "signed integer is greater than maximum")
		}
		return 0, objects.Errorf(objects.OverflowErrorType, "signed integer is less than minimum")
	}
	if v < math.MinInt32 {
		return 0, objects.Errorf(objects.OverflowErrorType, "signed integer is less than minimum")
	}
	return int(v), nil
}

// cLong converts o to a C long, raising OverflowError with msg when it does not fit.
func cLong(ts *objects.Thread, o objects.Object, msg string) (int64, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := i.Int64()
	if !small {
		return 0, objects.Errorf(objects.OverflowErrorType, "%s", msg)
	}
	return v, nil
}

const timestampRange = "timestamp out of range for platform time_t"

// timestamp converts a number of seconds to a time_t, rounding floats toward negative
// infinity, as _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR.
func timestamp(ts *objects.Thread, o objects.Object) (int64, error) {
	if f, ok := o.(*objects.Float); ok {
		v := f.Value()
		if math.IsNaN(v) {
			return 0, objects.Errorf(objects.ValueErrorType, "Invalid value NaN (not a number)")
		}
		v = math.Floor(v)
		if v < -9.223372036854775808e18 || v >= 9.223372036854775808e18 {
			return 0, objects.Errorf(objects.OverflowErrorType, timestampRange)
		}
		return int64(v), nil
	}
	return cLong(ts, o, timestampRange)
}

// duration converts seconds (an int or a float) to nanoseconds, as _PyTime_FromSecondsObject
// rounding with _PyTime_ROUND_TIMEOUT (away from zero).
func duration(ts *objects.Thread, o objects.Object) (int64, error) {
	const tooLarge = "timestamp too large to convert to C PyTime_t"
	if f, ok := o.(*objects.Float); ok {
		v := f.Value()
		if math.IsNaN(v) {
			return 0, objects.Errorf(objects.ValueErrorType, "Invalid value NaN (not a number)")
		}
		v *= 1e9
		if v >= 0 {
			v = math.Ceil(v)
		} else {
			v = math.Floor(v)
		}
		if v < -9.223372036854775808e18 || v >= 9.223372036854775808e18 {
			return 0, objects.Errorf(objects.OverflowErrorType, timestampRange)
		}
		return int64(v), nil
	}
	s, err := cLong(ts, o, tooLarge)
	if err != nil {
		return 0, err
	}
	if s > math.MaxInt64/1_000_000_000 || s < math.MinInt64/1_000_000_000 {
		return 0, objects.Errorf(objects.OverflowErrorType, tooLarge)
	}
	return s * 1_000_000_000, nil
}

// seconds returns ns nanoseconds as a float number of seconds.
func seconds(ns int64) objects.Object {
	// As _PyTime_AsSecondsDouble: whole seconds convert exactly.
	if ns%1_000_000_000 == 0 {
		return objects.NewFloat(float64(ns / 1_000_000_000))
	}
	return objects.NewFloat(float64(ns) / 1e9)
}

// checkCount checks the number of arguments as PyArg_ParseTuple does, with its messages:
// "gmtime() takes at most 1 argument (2 given)".
func checkCount(name string, n, min, max int) error {
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	switch {
	case n >= min && n <= max:
		return nil
	case min == max:
		return objects.Errorf(objects.TypeErrorType, "%s() takes exactly %d argument%s (%d given)", name, min, plural(min), n)
	case n < min:
		return objects.Errorf(objects.TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	}
	return objects.Errorf(objects.TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
}
