package posix

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// path is a path argument as CPython's path_t holds it: a file name (str, bytes or an
// os.PathLike), an open file descriptor where the function accepts one, or None.
type path struct {
	// obj is the str or bytes given (after __fspath__), or the int for a descriptor: the
	// filename of the OSError a failure raises.
	obj objects.Object
	// name is the file name as the system sees it (str encoded with surrogateescape).
	name string
	// bytes: the name was given as bytes, so names returned are bytes too.
	bytes bool
	// fd is the descriptor when isFd.
	fd   int
	isFd bool
	// none: None was given (for functions taking path=None).
	none bool
}

// pathOpts say what a path parameter accepts.
type pathOpts struct {
	fn, arg  string // the function and parameter names, for messages
	allowFd  bool
	nullable bool
}

// fsEncode returns the bytes the system sees for a str file name.
func fsEncode(ts *objects.Thread, s *objects.Str) (string, error) {
	b, err := s.Encode(ts, "utf-8", "surrogateescape")
	if err != nil {
		return "", err
	}
	return b.Value(), nil
}

// fsDecode returns the str of a file name the system gave.
func fsDecode(ts *objects.Thread, name string) (objects.Object, error) {
	return objects.DecodeBytes(ts, name, "utf-8", "surrogateescape")
}

// nameObject returns a file name from the system as str, or as bytes when p was given as
// bytes.
func nameObject(ts *objects.Thread, name string, asBytes bool) (objects.Object, error) {
	if asBytes {
		return objects.NewBytesString(name), nil
	}
	return fsDecode(ts, name)
}

// fspathOf is os.fspath: o itself for a str or bytes, else the result of its __fspath__.
// ok is false when o has no __fspath__.
func fspathOf(ts *objects.Thread, o objects.Object) (objects.Object, bool, error) {
	return objects.FSPath(ts, o)
}

// toPath converts a path argument as CPython's path_converter.
func toPath(ts *objects.Thread, o objects.Object, opts pathOpts) (path, error) {
	if o == nil || o == objects.None {
		if opts.nullable {
			return path{obj: objects.None, name: ".", none: true}, nil
		}
		if o == nil {
			o = objects.None
		}
	}
	_, isStr := o.(*objects.Str)
	_, isBytes := o.(*objects.Bytes)
	if opts.allowFd && !isStr && !isBytes && o != objects.None && o.Type().Slots.Index != nil {
		fd, err := toFd(ts, o)
		if err != nil {
			return path{}, err
		}
		return path{obj: o, fd: fd, isFd: true}, nil
	}
	v, ok, err := fspathOf(ts, o)
	if err != nil {
		return path{}, err
	}
	if !ok {
		what := "string, bytes or os.PathLike"
		switch {
		case opts.allowFd && opts.nullable:
			what = "string, bytes, os.PathLike, integer or None"
		case opts.allowFd:
			what = "string, bytes, os.PathLike or integer"
		case opts.nullable:
			what = "string, bytes, os.PathLike or None"
		}
		return path{}, objects.Errorf(objects.TypeErrorType, "%s%s should be %s, not %s", prefix(opts.fn), opts.arg, what, o.Type().Name)
	}
	p := path{obj: v}
	if s, ok := v.(*objects.Str); ok {
		if p.name, err = fsEncode(ts, s); err != nil {
			return path{}, err
		}
	} else {
		p.name, p.bytes = v.(*objects.Bytes).Value(), true
	}
	if strings.IndexByte(p.name, 0) >= 0 {
		return path{}, objects.Errorf(objects.ValueErrorType, "%sembedded null character in %s", prefix(opts.fn), opts.arg)
	}
	return p, nil
}

func prefix(fn string) string {
	if fn == "" {
		return ""
	}
	return fn + ": "
}

// toFd converts a file descriptor argument (an int) as _PyLong_FileDescriptor_Converter.
func toFd(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, small := i.Int64()
	if !small || v > 1<<31-1 {
		if small || i.Big().Sign() > 0 {
			return 0, objects.Errorf(objects.OverflowErrorType, "fd is greater than maximum")
		}
		return 0, objects.Errorf(objects.OverflowErrorType, "fd is less than minimum")
	}
	if v < -1<<31 {
		return 0, objects.Errorf(objects.OverflowErrorType, "fd is less than minimum")
	}
	return int(v), nil
}

// atFdcwd is AT_FDCWD: relative names resolve from the working directory.
const atFdcwd = -100

// dirFd converts a dir_fd argument: None (or absent) is AT_FDCWD.
func dirFd(ts *objects.Thread, o objects.Object) (int, error) {
	if o == nil || o == objects.None {
		return atFdcwd, nil
	}
	if o.Type().Slots.Index == nil {
		return 0, objects.Errorf(objects.TypeErrorType, "argument should be integer or None, not %s", o.Type().Name)
	}
	return toFd(ts, o)
}

// truth is an optional bool argument (follow_symlinks=True ...).
func truth(ts *objects.Thread, o objects.Object, dflt bool) (bool, error) {
	if o == nil {
		return dflt, nil
	}
	return objects.IsTrue(ts, o)
}
