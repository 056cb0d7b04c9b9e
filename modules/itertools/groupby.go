package itertools

import "github.com/taipanpy/taipan/objects"

// groupby(iterable, key=None)
var groupbyArgs = objects.ArgParser{FuncName: "groupby", Params: []string{"iterable", "key"}, MinPos: 1, MaxPos: 2}

// groupby is CPython's groupbyobject: currkey and currvalue are the item read last (currvalue
// nil once a group has handed it out), tgtkey the key of the current group, and current the
// group iterator still allowed to advance.
type groupby struct {
	it, keyfunc                objects.Object
	tgtkey, currkey, currvalue objects.Object
	current                    *grouper
	grouperClass               *objects.Type
}

type grouper struct {
	parent *groupby
	tgtkey objects.Object
}

func groupbyCtor(grouperClass *objects.Type) ctor {
	return func(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
		var a [2]objects.Object
		if err := groupbyArgs.Parse(args, kwnames, a[:]); err != nil {
			return nil, err
		}
		it, err := objects.GetIter(ts, a[0])
		if err != nil {
			return nil, err
		}
		g := &groupby{it: it, keyfunc: a[1], grouperClass: grouperClass}
		if g.keyfunc == objects.None {
			g.keyfunc = nil
		}
		return g, nil
	}
}

// step reads the next item and its key; it reports false when the iterable is exhausted.
func (g *groupby) step(ts *objects.Thread) (bool, error) {
	v, err := objects.Next(ts, g.it)
	if v == nil || err != nil {
		return false, err
	}
	key := v
	if g.keyfunc != nil {
		if key, err = objects.Call(ts, g.keyfunc, []objects.Object{v}, nil); err != nil {
			return false, err
		}
	}
	g.currvalue, g.currkey = v, key
	return true, nil
}

func (g *groupby) next(ts *objects.Thread) (objects.Object, error) {
	g.current = nil
	// Skip to the next group.
	for {
		if g.currkey != nil {
			if g.tgtkey == nil {
				break
			}
			same, err := objects.Equal(ts, g.tgtkey, g.currkey)
			if err != nil {
				return nil, err
			}
			if !same {
				break
			}
		}
		ok, err := g.step(ts)
		if !ok || err != nil {
			return nil, err
		}
	}
	g.tgtkey = g.currkey
	gr := &grouper{parent: g, tgtkey: g.tgtkey}
	g.current = gr
	return objects.NewTuple([]objects.Object{g.currkey, &iterator{cls: g.grouperClass, impl: gr}}), nil
}

func (gr *grouper) next(ts *objects.Thread) (objects.Object, error) {
	g := gr.parent
	if g.current != gr {
		return nil, nil
	}
	if g.currvalue == nil {
		ok, err := g.step(ts)
		if !ok || err != nil {
			return nil, err
		}
	}
	same, err := objects.Equal(ts, gr.tgtkey, g.currkey)
	if !same || err != nil {
		return nil, err
	}
	v := g.currvalue
	g.currvalue = nil
	return v, nil
}
