package objects

import (
	"math/rand"
	"testing"
)

// TestRandomClassHierarchies builds random hierarchies, assigns and deletes special methods
// and bases, and reassigns instances' classes, checking that nothing panics, that every MRO
// starts with its class and holds each class once, and that operations on instances either
// work or raise Python exceptions. (Membership tests are left out: a __getitem__ that never
// raises IndexError makes "in" loop for ever, in CPython too.)
func TestRandomClassHierarchies(t *testing.T) {
	ts := testThread(map[string]goBody{
		"ret": func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return NewInt(int64(len(args))), nil },
		"ni":  returns(NotImplemented),
		"err": func(ts *Thread, args []Object, _ *Tuple) (Object, error) { return nil, Errorf(ValueErrorType, "boom") },
	})
	dunders := []string{"__add__", "__radd__", "__eq__", "__hash__", "__len__", "__getitem__", "__iter__",
		"__bool__", "__repr__", "__call__", "__getattr__", "__index__", "__lt__", "__contains__", "__init__", "__new__"}
	bodies := []Object{pyFunc("ret", ""), pyFunc("ni", ""), pyFunc("err", ""), None, NewInt(3)}
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 30; round++ {
		classes := []*Type{ObjectType}
		var instances []Object
		for i := 0; i < 12; i++ {
			var bases []Object
			for n := rng.Intn(3); n >= 0; n-- {
				bases = append(bases, classes[rng.Intn(len(classes))])
			}
			var attrs []any
			if rng.Intn(4) == 0 {
				attrs = append(attrs, "__slots__", NewTuple([]Object{str("s")}))
			}
			c, err := makeClass(ts, TypeType, "K", bases, attrs...)
			if err != nil {
				continue // duplicate bases, MRO conflicts, layout conflicts: Python errors
			}
			classes = append(classes, c)
		}
		if len(classes) == 1 {
			continue
		}
		for step := 0; step < 200; step++ {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("round %d step %d panicked: %v", round, step, r)
					}
				}()
				c := classes[1+rng.Intn(len(classes)-1)]
				switch rng.Intn(6) {
				case 0:
					SetAttr(ts, c, str(dunders[rng.Intn(len(dunders))]), bodies[rng.Intn(len(bodies))])
				case 1:
					SetAttr(ts, c, str(dunders[rng.Intn(len(dunders))]), nil)
				case 2:
					var bases []Object
					for n := rng.Intn(2); n >= 0; n-- {
						bases = append(bases, classes[rng.Intn(len(classes))])
					}
					SetAttr(ts, c, str("__bases__"), NewTuple(bases))
				case 3:
					if o, err := Call(ts, c, nil, nil); err == nil {
						instances = append(instances, o)
					}
				case 4:
					if len(instances) > 0 {
						SetAttr(ts, instances[rng.Intn(len(instances))], str("__class__"), c)
					}
				case 5:
					if len(instances) > 0 {
						o := instances[rng.Intn(len(instances))]
						other := instances[rng.Intn(len(instances))]
						Binary(ts, o, other, OpAdd)
						Compare(ts, o, other, CmpLT)
						Hash(ts, o)
						Len(ts, o)
						IsTrue(ts, o)
						Repr(ts, o)
						Call(ts, o, nil, nil)
						GetAttr(ts, o, str("missing"))
						Index(ts, o)
						SetAttr(ts, o, str("x"), NewInt(1))
						GetItem(ts, o, NewInt(0))
					}
				}
			}()
		}
		for _, c := range classes[1:] {
			if c.MRO[0] != c {
				t.Fatalf("%s's MRO does not start with it", c.Name)
			}
			seen := map[*Type]bool{}
			for _, m := range c.MRO {
				if seen[m] {
					t.Fatalf("%s appears twice in an MRO", m.Name)
				}
				seen[m] = true
			}
			for _, b := range c.Bases {
				if !c.IsSubtype(b) {
					t.Fatalf("a class is not a subtype of its base %s", b.Name)
				}
			}
		}
	}
}
