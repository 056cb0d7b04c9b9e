package io

import (
	"github.com/taipanpy/taipan/objects"
)

// object is an instance of one of the module's classes, or of a Python subclass of one: its
// class, its __dict__ (every _io object has one, as CPython's do) and the Go state of the
// concrete class that made it (nil for the abstract bases).
type object struct {
	cls  *objects.Type
	dict *objects.Dict
	// closed is _IOBase's own flag, which close() sets on objects without a state of their
	// own (CPython keeps it as __IOBase_closed).
	closed bool
	impl   any
}

// Type returns the object's class.
func (o *object) Type() *objects.Type { return o.cls }

// InstanceDictPtr gives the object model the place of the object's __dict__.
func (o *object) InstanceDictPtr() **objects.Dict { return &o.dict }

// setAttr stores an instance attribute in the object's __dict__, as CPython's C code does
// for FileIO.name and TextIOWrapper.mode.
func (o *object) setAttr(name string, v objects.Object) {
	if o.dict == nil {
		o.dict = objects.NewDict()
	}
	o.dict.SetStr(objects.NewStr(name), v)
}

// attr returns an instance attribute from the object's __dict__, or nil.
func (o *object) attr(name string) objects.Object {
	if o.dict == nil {
		return nil
	}
	return o.dict.GetStr(objects.NewStr(name))
}

// maxAlloc bounds the buffers the module allocates for a size the program gives; larger
// requests raise MemoryError, as CPython's failing allocation does.
const maxAlloc = 1 << 32

func errNoMemory() error { return objects.NewException(objects.MemoryErrorType) }

// noPickle makes __reduce__ and __reduce_ex__ for the classes whose instances cannot be
// pickled (open files).
func noPickle() []objects.MethodDef {
	f := func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		return nil, objects.Errorf(objects.TypeErrorType, "cannot pickle '%s' instances", self.Type().QualName())
	}
	return []objects.MethodDef{
		{Name: "__reduce__", Flags: objects.MethNoArgs, Func: f},
		{Name: "__reduce_ex__", Flags: objects.MethO, Func: f},
	}
}

// errClosed is the ValueError of an operation on a closed file.
func errClosed() error {
	return objects.Errorf(objects.ValueErrorType, "I/O operation on closed file.")
}

// errUninitialized is the ValueError of an operation on an object whose __init__ did not
// run.
func errUninitialized() error {
	return objects.Errorf(objects.ValueErrorType, "I/O operation on uninitialized object")
}

// method makes a method definition whose function receives self as an *object.
func method(name string, flags objects.MethodFlags, f func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error)) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: flags, Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		o, ok := self.(*object)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "descriptor '%s' requires an _io object, not '%s'", name, self.Type().Name)
		}
		return f(ts, o, args, kwnames)
	}}
}

// getter makes a read-only attribute computed from an *object.
func getter(name string, f func(ts *objects.Thread, o *object) (objects.Object, error)) objects.GetSetDef {
	return objects.GetSetDef{Name: name, Get: func(ts *objects.Thread, self objects.Object) (objects.Object, error) {
		o, ok := self.(*object)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "descriptor '%s' requires an _io object, not '%s'", name, self.Type().Name)
		}
		return f(ts, o)
	}}
}

// sizeArg reads an optional size argument: None or missing is -1.
func sizeArg(ts *objects.Thread, v objects.Object) (int, error) {
	if v == nil || v == objects.None {
		return -1, nil
	}
	if _, ok := v.(*objects.Int); !ok {
		if v.Type().Slots.Index == nil {
			return 0, objects.Errorf(objects.TypeErrorType, "argument should be integer or None, not '%s'", v.Type().Name)
		}
	}
	return intArg(ts, v)
}

// intArg converts an integer argument (anything with __index__) to an int.
func intArg(ts *objects.Thread, v objects.Object) (int, error) {
	i, err := objects.Index(ts, v)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// bytesLike returns the contents of a bytes-like argument.
func bytesLike(v objects.Object) (string, error) {
	switch b := v.(type) {
	case *objects.Bytes:
		return b.Value(), nil
	case *objects.ByteArray:
		return string(b.Value()), nil
	}
	// memoryviews and the other exporters of a buffer (array.array).
	b, err := objects.BytesLike(v)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// writeInto copies data into a writable buffer argument (a bytearray) and returns how many
// bytes fit.
func writeInto(ts *objects.Thread, buf objects.Object, data []byte) (int, error) {
	ba, ok := buf.(*objects.ByteArray)
	if !ok {
		if _, isBytes := buf.(*objects.Bytes); isBytes {
			return 0, objects.Errorf(objects.TypeErrorType, "readinto() argument must be read-write bytes-like object, not bytes")
		}
		return 0, objects.Errorf(objects.TypeErrorType, "readinto() argument must be read-write bytes-like object, not %s", buf.Type().Name)
	}
	return copy(ba.Value(), data), nil
}

// bufferLen returns the length of a writable buffer argument.
func bufferLen(ts *objects.Thread, buf objects.Object) (int, error) {
	ba, ok := buf.(*objects.ByteArray)
	if !ok {
		if _, isBytes := buf.(*objects.Bytes); isBytes {
			return 0, objects.Errorf(objects.TypeErrorType, "readinto() argument must be read-write bytes-like object, not bytes")
		}
		return 0, objects.Errorf(objects.TypeErrorType, "readinto() argument must be read-write bytes-like object, not %s", buf.Type().Name)
	}
	return len(ba.Value()), nil
}

// call calls o.name(*args), finding the method as attribute access does (an instance
// attribute included), as CPython's PyObject_CallMethod.
func call(ts *objects.Thread, o objects.Object, name string, args ...objects.Object) (objects.Object, error) {
	m, err := objects.GetAttr(ts, o, objects.NewStr(name))
	if err != nil {
		return nil, err
	}
	return objects.Call(ts, m, args, nil)
}

// callBool calls o.name() and returns the truth of its result.
func callBool(ts *objects.Thread, o objects.Object, name string) (bool, error) {
	r, err := call(ts, o, name)
	if err != nil {
		return false, err
	}
	return objects.IsTrue(ts, r)
}

// attrBool returns the truth of o's attribute name.
func attrBool(ts *objects.Thread, o objects.Object, name string) (bool, error) {
	r, err := objects.GetAttr(ts, o, objects.NewStr(name))
	if err != nil {
		return false, err
	}
	return objects.IsTrue(ts, r)
}

// checkArgCount checks the positional arguments of a function that takes no keywords, with
// the messages of CPython's _PyArg_CheckPositional.
func checkArgCount(name string, args []objects.Object, kwnames *objects.Tuple, min, max int) error {
	if kwnames.Len() > 0 {
		return objects.Errorf(objects.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	if len(args) < min {
		return objects.Errorf(objects.TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
	}
	if len(args) > max {
		return objects.Errorf(objects.TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
	}
	return nil
}

// parse parses a call's arguments against the parameters of p.
func parse(p *objects.ArgParser, args []objects.Object, kwnames *objects.Tuple) ([]objects.Object, error) {
	out := make([]objects.Object, len(p.Params))
	if err := p.Parse(args, kwnames, out); err != nil {
		return nil, err
	}
	return out, nil
}

// none is a method result of None with no error.
func none() (objects.Object, error) { return objects.None, nil }
