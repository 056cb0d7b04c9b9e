package objects

import (
	"errors"
	"testing"
)

// Helpers for the container tests: values built from Go, and outcomes printed as CPython's
// test scripts print them (the repr of the result, or "TypeName: message").

// ints returns Python ints.
func ints(vs ...int) []Object {
	out := make([]Object, len(vs))
	for i, v := range vs {
		out[i] = NewInt(int64(v))
	}
	return out
}

// objs converts Go values (int, string, nil for None, Objects) to Python objects.
func objs(vs ...any) []Object {
	out := make([]Object, len(vs))
	for i, v := range vs {
		switch x := v.(type) {
		case int:
			out[i] = NewInt(int64(x))
		case string:
			out[i] = NewStr(x)
		case nil:
			out[i] = None
		case Object:
			out[i] = x
		}
	}
	return out
}

func listOf(vs ...any) *List   { return newListOwning(objs(vs...)) }
func tupleOf(vs ...any) *Tuple { return newTupleOwning(objs(vs...)) }

// outcome prints a result as the reference scripts do.
func outcome(t *testing.T, o Object, err error) string {
	t.Helper()
	if err != nil {
		var e *BaseException
		if !errors.As(err, &e) {
			t.Fatalf("non-Python error %v", err)
		}
		str, serr := StrOf(nil, e)
		if serr != nil {
			t.Fatalf("str of exception: %v", serr)
		}
		msg := str.value
		return e.Type().Name + ": " + msg
	}
	if o == nil {
		return "<nil>"
	}
	r, err := Repr(nil, o)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return r.value
}

func expect(t *testing.T, name string, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s:\n got %s\nwant %s", name, got, want)
	}
}

// kw builds the argument list and kwnames of a call with keyword arguments.
func kwArgs(pos []Object, pairs ...any) ([]Object, *Tuple) {
	args := append([]Object(nil), pos...)
	var names []Object
	for i := 0; i < len(pairs); i += 2 {
		names = append(names, NewStr(pairs[i].(string)))
		args = append(args, objs(pairs[i+1])[0])
	}
	if names == nil {
		return args, nil
	}
	return args, newTupleOwning(names)
}

// call calls a container method's Go function.
func call(fn func(*Thread, Object, []Object, *Tuple) (Object, error), self Object, args ...any) (Object, error) {
	return fn(nil, self, objs(args...), nil)
}

// sl builds a slice from Go values, nil meaning None.
func sl(start, stop, step any) *Slice {
	o := objs(start, stop, step)
	return NewSlice(o[0], o[1], o[2])
}
