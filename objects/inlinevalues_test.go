package objects

import (
	"fmt"
	"testing"
)

func TestInlineValues(t *testing.T) {
	ts := testThread(nil)
	C := class(t, ts, "C", nil)
	set := func(o Object, name string, v int64) {
		if err := SetAttr(ts, o, str(name), NewInt(v)); err != nil {
			t.Fatal(err)
		}
	}
	a, _ := Call(ts, C, nil, nil)
	b, _ := Call(ts, C, nil, nil)
	set(a, "x", 1)
	set(a, "y", 2)
	set(b, "x", 3)
	set(b, "y", 4)
	ia, ib := a.(*Instance), b.(*Instance)
	if ia.dict != nil || ib.dict != nil {
		t.Fatal("instances setting attributes in the same order made dicts")
	}
	ix, iy := C.InlineAttrIndex(str("x")), C.InlineAttrIndex(str("y"))
	if ix != 0 || iy != 1 || C.InlineAttrIndex(str("z")) != -1 {
		t.Errorf("layout indexes x=%d y=%d", ix, iy)
	}
	if ib.InlineValue(iy).(*Int).String() != "4" {
		t.Errorf("InlineValue(y) = %v", ib.InlineValue(iy))
	}
	// An instance setting attributes in another order keeps a dict in its own order.
	c, _ := Call(ts, C, nil, nil)
	set(c, "y", 5)
	set(c, "x", 6)
	check(t, ts, []caseResult{
		{"a.x", func() (Object, error) { return getattr(ts, a, "x") }, "1"},
		{"b.y", func() (Object, error) { return getattr(ts, b, "y") }, "4"},
		{"a.z", func() (Object, error) { return getattr(ts, a, "z") }, "AttributeError: 'C' object has no attribute 'z'"},
		{"c.__dict__", func() (Object, error) { return getattr(ts, c, "__dict__") }, "{'y': 5, 'x': 6}"},
		{"a.__dict__", func() (Object, error) { return getattr(ts, a, "__dict__") }, "{'x': 1, 'y': 2}"},
		{"a.__dict__ then a.z = 7", func() (Object, error) {
			set(a, "z", 7)
			return getattr(ts, a, "__dict__")
		}, "{'x': 1, 'y': 2, 'z': 7}"},
		{"del b.x; b.__dict__", func() (Object, error) {
			if err := SetAttr(ts, b, str("x"), nil); err != nil {
				return nil, err
			}
			return getattr(ts, b, "__dict__")
		}, "{'y': 4}"},
		{"del b.x again", func() (Object, error) { return None, SetAttr(ts, b, str("x"), nil) }, "AttributeError: 'C' object has no attribute 'x'"},
	})
	if ia.InlineValue(ix) != nil {
		t.Error("InlineValue after the dict was made")
	}
	// A class attribute shadowed by an instance attribute, and __class__ assignment.
	D := class(t, ts, "D", nil, "k", NewInt(0))
	d, _ := Call(ts, D, nil, nil)
	set(d, "k", 9)
	E := class(t, ts, "E", nil)
	check(t, ts, []caseResult{
		{"d.k", func() (Object, error) { return getattr(ts, d, "k") }, "9"},
		{"d.__class__ = E; d.k", func() (Object, error) {
			if err := SetAttr(ts, d, str("__class__"), E); err != nil {
				return nil, err
			}
			return getattr(ts, d, "k")
		}, "9"},
	})
	// Layouts stop growing at maxInlineAttrs; later attributes go to a dict.
	F := class(t, ts, "F", nil)
	f, _ := Call(ts, F, nil, nil)
	for i := 0; i < maxInlineAttrs+5; i++ {
		set(f, fmt.Sprintf("a%d", i), int64(i))
	}
	if v, _ := getattr(ts, f, "a33"); v.(*Int).String() != "33" {
		t.Errorf("f.a33 = %v", v)
	}
	if len(F.inline.names) != maxInlineAttrs {
		t.Errorf("layout of %d names", len(F.inline.names))
	}
}

func TestInlineValuesDoNotAllocate(t *testing.T) {
	ts := testThread(nil)
	C := class(t, ts, "C", nil)
	o, _ := Call(ts, C, nil, nil)
	x := str("x")
	SetAttr(ts, o, x, NewInt(1))
	v := NewInt(2)
	if n := testing.AllocsPerRun(100, func() { GetAttr(ts, o, x) }); n != 0 {
		t.Errorf("reading an inline attribute allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { SetAttr(ts, o, x, v) }); n != 0 {
		t.Errorf("setting an inline attribute allocates %v times", n)
	}
}
