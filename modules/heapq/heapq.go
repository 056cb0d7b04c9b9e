// Package heapq is CPython's _heapq module: the heap operations on lists that Lib/heapq.py
// imports.
package heapq

import (
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _heapq module.
var Module = vm.BuiltinModule{Name: "_heapq", Init: initModule}

func initModule(ts *objects.Thread, m *objects.Module) error {
	defs := []objects.MethodDef{
		fn("heappush", 2, func(ts *objects.Thread, l *objects.List, a []objects.Object) (objects.Object, error) {
			l.Append(a[1])
			return objects.None, siftDown(ts, l, 0, l.Len()-1, less)
		}),
		fn("heappop", 1, func(ts *objects.Thread, l *objects.List, _ []objects.Object) (objects.Object, error) {
			return pop(ts, l, less)
		}),
		fn("heapreplace", 2, func(ts *objects.Thread, l *objects.List, a []objects.Object) (objects.Object, error) {
			return replace(ts, l, a[1], less)
		}),
		fn("heappushpop", 2, func(ts *objects.Thread, l *objects.List, a []objects.Object) (objects.Object, error) {
			items := l.Items()
			if len(items) == 0 {
				return a[1], nil
			}
			lt, err := less(ts, items[0], a[1])
			if err != nil || !lt {
				return a[1], err
			}
			if l.Len() == 0 {
				return nil, objects.Errorf(objects.IndexErrorType, "index out of range")
			}
			items = l.Items()
			top := items[0]
			items[0] = a[1]
			return top, siftUp(ts, l, 0, less)
		}),
		fn("heapify", 1, func(ts *objects.Thread, l *objects.List, _ []objects.Object) (objects.Object, error) {
			return objects.None, heapify(ts, l, less)
		}),
		fn("_heappop_max", 1, func(ts *objects.Thread, l *objects.List, _ []objects.Object) (objects.Object, error) {
			return pop(ts, l, greater)
		}),
		fn("_heapreplace_max", 2, func(ts *objects.Thread, l *objects.List, a []objects.Object) (objects.Object, error) {
			return replace(ts, l, a[1], greater)
		}),
		fn("_heapify_max", 1, func(ts *objects.Thread, l *objects.List, _ []objects.Object) (objects.Object, error) {
			return objects.None, heapify(ts, l, greater)
		}),
	}
	for i := range defs {
		m.Dict.SetStr(objects.NewStr(defs[i].Name), objects.NewBuiltinFunction(&defs[i], m))
	}
	return nil
}

// fn makes a function of n positional arguments whose first is the heap, a list.
func fn(name string, n int, f func(*objects.Thread, *objects.List, []objects.Object) (objects.Object, error)) objects.MethodDef {
	flags := objects.MethFastcall
	if n == 1 {
		flags = objects.MethO
	}
	return objects.MethodDef{Name: name, Flags: flags,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			if n > 1 {
				if err := objects.CheckPositional(name, len(args), n, n); err != nil {
					return nil, err
				}
			}
			l, ok := args[0].(*objects.List)
			if !ok {
				which := "argument 1"
				if n == 1 {
					which = "argument"
				}
				return nil, objects.Errorf(objects.TypeErrorType, "%s() %s must be list, not %s", name, which, args[0].Type().Name)
			}
			return f(ts, l, args)
		}}
}

type order func(ts *objects.Thread, a, b objects.Object) (bool, error)

func less(ts *objects.Thread, a, b objects.Object) (bool, error) {
	r, err := objects.Compare(ts, a, b, objects.CmpLT)
	if err != nil {
		return false, err
	}
	return objects.IsTrue(ts, r)
}

func greater(ts *objects.Thread, a, b objects.Object) (bool, error) { return less(ts, b, a) }

func changed() error {
	return objects.Errorf(objects.RuntimeErrorType, "list changed size during iteration")
}

// siftDown moves the item at pos towards the root (start) while it orders before its
// parent (CPython's _siftdown).
func siftDown(ts *objects.Thread, l *objects.List, start, pos int, lt order) error {
	size := l.Len()
	items := l.Items()
	if pos >= size {
		return objects.Errorf(objects.IndexErrorType, "index out of range")
	}
	for pos > start {
		parent := (pos - 1) >> 1
		b, err := lt(ts, items[pos], items[parent])
		if err != nil {
			return err
		}
		if l.Len() != size {
			return changed()
		}
		items = l.Items()
		if !b {
			break
		}
		items[pos], items[parent] = items[parent], items[pos]
		pos = parent
	}
	return nil
}

// siftUp moves the smaller child up until a leaf is reached, then sifts the item at pos
// down into place (CPython's _siftup).
func siftUp(ts *objects.Thread, l *objects.List, pos int, lt order) error {
	end := l.Len()
	start := pos
	limit := end >> 1
	for pos < limit {
		child := 2*pos + 1
		if child+1 < end {
			items := l.Items()
			b, err := lt(ts, items[child], items[child+1])
			if err != nil {
				return err
			}
			if l.Len() != end {
				return changed()
			}
			if !b {
				child++
			}
		}
		items := l.Items()
		items[pos], items[child] = items[child], items[pos]
		pos = child
	}
	return siftDown(ts, l, start, pos, lt)
}

func pop(ts *objects.Thread, l *objects.List, lt order) (objects.Object, error) {
	if l.Len() == 0 {
		return nil, objects.Errorf(objects.IndexErrorType, "index out of range")
	}
	last, err := l.Pop(l.Len() - 1)
	if err != nil {
		return nil, err
	}
	if l.Len() == 0 {
		return last, nil
	}
	items := l.Items()
	top := items[0]
	items[0] = last
	return top, siftUp(ts, l, 0, lt)
}

func replace(ts *objects.Thread, l *objects.List, item objects.Object, lt order) (objects.Object, error) {
	if l.Len() == 0 {
		return nil, objects.Errorf(objects.IndexErrorType, "index out of range")
	}
	items := l.Items()
	top := items[0]
	items[0] = item
	return top, siftUp(ts, l, 0, lt)
}

func heapify(ts *objects.Thread, l *objects.List, lt order) error {
	for i := l.Len()/2 - 1; i >= 0; i-- {
		if err := siftUp(ts, l, i, lt); err != nil {
			return err
		}
	}
	return nil
}
