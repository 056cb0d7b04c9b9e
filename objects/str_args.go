package objects

import (
	"strconv"
	"strings"
)

// Argument checking for the methods of str, bytes and bytearray, with the messages CPython's
// argument parsers give for each kind of method. args holds the positional arguments followed
// by the values of the keywords named by kwnames (the vectorcall convention).

// methodFunc is the Go form of a built-in method: self, then the call's arguments.
type methodFunc func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error)

// nKw counts the keyword arguments.
func nKw(kwnames *Tuple) int {
	if kwnames == nil {
		return 0
	}
	return len(kwnames.items)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// checkNoArgs is METH_NOARGS's check; qual is "str.upper".
func checkNoArgs(qual string, args []Object, kwnames *Tuple) error {
	if nKw(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	if len(args) > 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args))
	}
	return nil
}

// checkOneArg is METH_O's check.
func checkOneArg(qual string, args []Object, kwnames *Tuple) error {
	if nKw(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", qual, len(args))
	}
	return nil
}

// checkPositional is Argument Clinic's check for positional-only parameters: between min and
// max arguments, no keywords. qual is the qualified name ("str.find"); the count messages
// use the bare name.
func checkPositional(qual string, args []Object, kwnames *Tuple, min, max int) error {
	if nKw(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	name := qual[strings.LastIndexByte(qual, '.')+1:]
	n := len(args)
	switch {
	case n < min && min == max:
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	case n > max && min == max:
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, max, plural(max), n)
	case n > max:
		return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

// parseKwArgs is Argument Clinic's parser for parameters that may be passed by keyword: names
// lists every parameter, the first posOnly of them positional-only, the first required of
// them required. It returns the values in parameter order, nil where not given.
func parseKwArgs(name string, args []Object, kwnames *Tuple, names []string, posOnly, required int) ([]Object, error) {
	nk := nKw(kwnames)
	npos := len(args) - nk
	out := make([]Object, len(names))
	if npos > len(names) {
		if required == len(names) {
			return nil, Errorf(TypeErrorType, "%s() takes exactly %d positional argument%s (%d given)", name, len(names), plural(len(names)), npos)
		}
		return nil, Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, len(names), plural(len(names)), len(args))
	}
	copy(out, args[:npos])
	for k := 0; k < nk; k++ {
		kw := kwnames.items[k].(*Str).value
		idx := -1
		for i, n := range names {
			if n == kw && i >= posOnly {
				idx = i
			}
		}
		if idx < 0 {
			return nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, kw)
		}
		if out[idx] != nil {
			return nil, Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", name, kw, idx+1)
		}
		out[idx] = args[npos+k]
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			if i < posOnly {
				return nil, Errorf(TypeErrorType, "%s() takes at least %d positional argument%s (%d given)", name, posOnly, plural(posOnly), npos)
			}
			return nil, Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", name, names[i], i+1)
		}
	}
	return out, nil
}

// argStr requires a str argument: "count() argument 1 must be str, not int".
func argStr(fname string, pos int, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok {
		return s, nil
	}
	return nil, Errorf(TypeErrorType, "%s() argument %d must be str, not %s", fname, pos, o.Type().Name)
}

// indexValue converts an argument to a Go int through __index__, raising OverflowError
// beyond the machine word as CPython's Py_ssize_t conversions do.
func indexValue(ts *Thread, o Object) (int, error) {
	i, err := Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(v), nil
}

// sliceBound converts an optional start or end argument of the search methods: None means
// absent; anything else must have __index__; out-of-range values clamp.
func sliceBound(ts *Thread, o Object, def int) (int, error) {
	if o == nil || o == None {
		return def, nil
	}
	if _, ok := asInt(o); !ok && o.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	i, err := Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok {
		if i.Sign() < 0 {
			return minSsize, nil
		}
		return maxSsize, nil
	}
	return int(v), nil
}

const (
	maxSsize = int(^uint(0) >> 1)
	minSsize = -maxSsize - 1
)

// adjustRange applies Python's slice rules to start and end of a sequence of length n, as
// ADJUST_INDICES does for the search methods.
func adjustRange(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// itoa formats an int for messages.
func itoa(i int) string { return strconv.Itoa(i) }
