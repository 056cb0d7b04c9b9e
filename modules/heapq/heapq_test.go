package heapq

import (
	"fmt"
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// The expected lists are CPython 3.13's (_heapq on the same inputs).

func ints(vs ...int64) *objects.List {
	items := make([]objects.Object, len(vs))
	for i, v := range vs {
		items[i] = objects.NewInt(v)
	}
	return objects.NewList(items)
}

func str(o objects.Object) string {
	switch v := o.(type) {
	case *objects.List:
		s := "["
		for i, e := range v.Items() {
			if i > 0 {
				s += ", "
			}
			s += str(e)
		}
		return s + "]"
	case *objects.Int:
		return v.String()
	}
	return fmt.Sprintf("%T", o)
}

func TestHeapq(t *testing.T) {
	objects.ReadyBuiltinTypes()
	m := objects.NewModule("_heapq")
	if err := initModule(nil, m); err != nil {
		t.Fatal(err)
	}
	call := func(name string, args ...objects.Object) (objects.Object, error) {
		return objects.Call(nil, m.Dict.GetStr(objects.NewStr(name)), args, nil)
	}
	must := func(name string, args ...objects.Object) objects.Object {
		r, err := call(name, args...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return r
	}
	check := func(what, got, want string) {
		if got != want {
			t.Errorf("%s = %s, want %s", what, got, want)
		}
	}
	h := ints(5, 3, 8, 1, 9, 2, 7, 3, 0, 6)
	must("heapify", h)
	check("heapify", str(h), "[0, 1, 2, 3, 6, 8, 7, 3, 5, 9]")
	must("heappush", h, objects.NewInt(4))
	check("heappush", str(h), "[0, 1, 2, 3, 4, 8, 7, 3, 5, 9, 6]")
	check("heappushpop", str(must("heappushpop", h, objects.NewInt(10))), "0")
	check("after heappushpop", str(h), "[1, 3, 2, 3, 4, 8, 7, 10, 5, 9, 6]")
	check("heapreplace", str(must("heapreplace", h, objects.NewInt(-1))), "1")
	check("after heapreplace", str(h), "[-1, 3, 2, 3, 4, 8, 7, 10, 5, 9, 6]")
	var popped []objects.Object
	for h.Len() > 0 {
		popped = append(popped, must("heappop", h))
	}
	check("pops", str(objects.NewList(popped)), "[-1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10]")
	mx := ints(5, 3, 8, 1, 9, 2, 7)
	must("_heapify_max", mx)
	check("_heappop_max", str(must("_heappop_max", mx)), "9")
	check("_heapreplace_max", str(must("_heapreplace_max", mx, objects.NewInt(4))), "8")
	check("max heap", str(mx), "[7, 5, 4, 1, 3, 2]")

	for _, c := range []struct {
		name string
		args []objects.Object
		want string
	}{
		{"heappush", []objects.Object{objects.NewInt(1), objects.NewInt(2)}, "heappush() argument 1 must be list, not int"},
		{"heappop", []objects.Object{ints()}, "index out of range"},
		{"heapify", []objects.Object{objects.NewTuple(nil)}, "heapify() argument must be list, not tuple"},
		{"heappush", []objects.Object{ints()}, "heappush expected 2 arguments, got 1"},
		{"heappush", []objects.Object{objects.NewList([]objects.Object{objects.NewStr("a")}), objects.NewInt(1)}, "'<' not supported between instances of 'int' and 'str'"},
	} {
		_, err := call(c.name, c.args...)
		e, ok := err.(*objects.BaseException)
		if !ok || e.Args()[0].(*objects.Str).Value() != c.want {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}
