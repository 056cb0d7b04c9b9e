// Package cconv converts the arguments of the POSIX modules to C values the way CPython's
// argument parsers do, with their messages: Argument Clinic's int converter, the "i" and
// "I" formats of PyArg_Parse, C long, file descriptors and user and group ids.
package cconv

import (
	"math"
	"math/big"

	"github.com/taipanpy/taipan/objects"
)

// Int converts o to a C int as Argument Clinic's int converter (PyLong_AsInt after
// __index__) does.
func Int(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := i.Int64()
	if !small || v > math.MaxInt32 || v < math.MinInt32 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(v), nil
}

// IntFormat converts o to a C int as PyArg_Parse's "i" format, whose range errors say
// which end was passed.
func IntFormat(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := i.Int64()
	if !small {
		if i.Sign() > 0 {
			return 0, objects.Errorf(objects.OverflowErrorType, "signed integer is greater than maximum")
		}
		return 0, objects.Errorf(objects.OverflowErrorType, "signed integer is less than minimum")
	}
	if v > math.MaxInt32 {
		return 0, objects.Errorf(objects.OverflowErrorType, "signed integer is greater than maximum")
	}
	if v < math.MinInt32 {
		return 0, objects.Errorf(objects.OverflowErrorType, "signed integer is less than minimum")
	}
	return int(v), nil
}

// Long converts o to a C long (64 bits on the platforms served) after __index__.
func Long(ts *objects.Thread, o objects.Object) (int64, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := i.Int64()
	if !small {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C long")
	}
	return v, nil
}

// Bits returns the low n bits of o after __index__, without a range check, as the "I" and
// "k" formats and the bitwise unsigned long converter read an int: -1 is all ones.
func Bits(ts *objects.Thread, o objects.Object, n uint) (uint64, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	var v uint64
	if s, small := i.Int64(); small {
		v = uint64(s)
	} else {
		// big.Int's And works on the two's complement of a negative number.
		v = new(big.Int).And(i.Big(), new(big.Int).SetUint64(math.MaxUint64)).Uint64()
	}
	if n < 64 {
		v &= 1<<n - 1
	}
	return v, nil
}

// Fildes returns the file descriptor o stands for: an int, or what its fileno() method
// returns, as PyObject_AsFileDescriptor (Argument Clinic's fildes converter).
func Fildes(ts *objects.Thread, o objects.Object) (int, error) {
	v := o
	if _, ok := o.(*objects.Int); !ok {
		if _, isBool := o.(*objects.Bool); isBool {
			v = boolInt(o)
		} else {
			meth, err := objects.GetAttr(ts, o, objects.NewStr("fileno"))
			if err != nil {
				if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.AttributeErrorType) {
					return 0, objects.Errorf(objects.TypeErrorType, "argument must be an int, or have a fileno() method.")
				}
				return 0, err
			}
			if v, err = objects.Call(ts, meth, nil, nil); err != nil {
				return 0, err
			}
			if _, ok := v.(*objects.Int); !ok {
				if _, isBool := v.(*objects.Bool); !isBool {
					return 0, objects.Errorf(objects.TypeErrorType, "fileno() returned a non-integer")
				}
				v = boolInt(v)
			}
		}
	}
	n, ok := v.(*objects.Int).Int64()
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C int")
	}
	if n < 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "file descriptor cannot be a negative integer (%d)", n)
	}
	return int(n), nil
}

func boolInt(o objects.Object) *objects.Int {
	if o == objects.True {
		return objects.NewInt(1)
	}
	return objects.NewInt(0)
}
