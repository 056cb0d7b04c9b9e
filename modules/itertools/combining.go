package itertools

import "github.com/taipanpy/taipan/objects"

// accumulate(iterable, func=None, *, initial=None)
var accumulateArgs = objects.ArgParser{FuncName: "accumulate", Params: []string{"iterable", "func", "initial"}, MinPos: 1, MaxPos: 2}

type accumulate struct {
	it, fn, total, initial objects.Object
}

func newAccumulate(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	var a [3]objects.Object
	if err := accumulateArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, a[0])
	if err != nil {
		return nil, err
	}
	acc := &accumulate{it: it, fn: a[1], initial: a[2]}
	if acc.fn == objects.None {
		acc.fn = nil
	}
	if acc.initial == objects.None {
		acc.initial = nil
	}
	return acc, nil
}

func (a *accumulate) next(ts *objects.Thread) (objects.Object, error) {
	if a.initial != nil {
		a.total, a.initial = a.initial, nil
		return a.total, nil
	}
	v, err := objects.Next(ts, a.it)
	if v == nil || err != nil {
		return nil, err
	}
	switch {
	case a.total == nil:
		a.total = v
	case a.fn == nil:
		if a.total, err = objects.Binary(ts, a.total, v, objects.OpAdd); err != nil {
			return nil, err
		}
	default:
		if a.total, err = objects.Call(ts, a.fn, []objects.Object{a.total, v}, nil); err != nil {
			return nil, err
		}
	}
	return a.total, nil
}

// batched(iterable, n, *, strict=False)
var batchedArgs = objects.ArgParser{FuncName: "batched", Params: []string{"iterable", "n", "strict"}, MinPos: 2, MaxPos: 2}

type batched struct {
	it     objects.Object
	n      int
	strict bool
}

func newBatched(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	var a [3]objects.Object
	if err := batchedArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	n, err := ssize(ts, a[1])
	if err != nil {
		return nil, err
	}
	strict := false
	if a[2] != nil {
		if strict, err = objects.IsTrue(ts, a[2]); err != nil {
			return nil, err
		}
	}
	if n < 1 {
		return nil, objects.Errorf(objects.ValueErrorType, "n must be at least one")
	}
	it, err := objects.GetIter(ts, a[0])
	if err != nil {
		return nil, err
	}
	return &batched{it: it, n: n, strict: strict}, nil
}

func (b *batched) next(ts *objects.Thread) (objects.Object, error) {
	if b.it == nil {
		return nil, nil
	}
	var items []objects.Object
	for len(items) < b.n {
		v, err := objects.Next(ts, b.it)
		if err != nil {
			b.it = nil
			return nil, err
		}
		if v == nil {
			b.it = nil
			break
		}
		items = append(items, v)
	}
	if len(items) == 0 {
		return nil, nil
	}
	if b.strict && len(items) < b.n {
		return nil, objects.Errorf(objects.ValueErrorType, "batched(): incomplete batch")
	}
	return objects.NewTuple(items), nil
}

// chain(*iterables)
type chain struct {
	source, active objects.Object
}

func newChain(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	if err := objects.NoKeywords("chain", kwnames); err != nil {
		return nil, err
	}
	return &chain{source: objects.NewTuple(append([]objects.Object(nil), args...))}, nil
}

func (c *chain) next(ts *objects.Thread) (objects.Object, error) {
	if t, ok := c.source.(*objects.Tuple); ok {
		// The source is iterated only once something is asked for, as CPython does.
		it, err := objects.GetIter(ts, t)
		if err != nil {
			return nil, err
		}
		c.source = it
	}
	for c.source != nil {
		if c.active == nil {
			iterable, err := objects.Next(ts, c.source)
			if iterable == nil || err != nil {
				c.source = nil
				return nil, err
			}
			if c.active, err = objects.GetIter(ts, iterable); err != nil {
				c.source = nil
				return nil, err
			}
		}
		v, err := objects.Next(ts, c.active)
		if v != nil || err != nil {
			return v, err
		}
		c.active = nil
	}
	return nil, nil
}

// chainClass returns the module's chain class from cls, chain or a subclass of it: the class
// just before object in its MRO.
func chainClass(cls *objects.Type) *objects.Type {
	if n := len(cls.MRO); n >= 2 {
		return cls.MRO[n-2]
	}
	return cls
}

// chainFromIterable is chain.from_iterable(iterable), a class method.
func chainFromIterable(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	cls, ok := self.(*objects.Type)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "from_iterable() needs a class")
	}
	it, err := objects.GetIter(ts, args[0])
	if err != nil {
		return nil, err
	}
	return newIterator(cls, chainClass(cls), &chain{source: it}), nil
}

// pairwise(iterable, /)
type pairwise struct{ it, old objects.Object }

func newPairwise(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	if err := positional("pairwise", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, args[0])
	if err != nil {
		return nil, err
	}
	return &pairwise{it: it}, nil
}

func (p *pairwise) next(ts *objects.Thread) (objects.Object, error) {
	// The iterator's code may call this pairwise again: work on local copies, as
	// CPython's pairwise_next does.
	it, old := p.it, p.old
	if it == nil {
		return nil, nil
	}
	if old == nil {
		v, err := objects.Next(ts, it)
		p.old = v
		if v == nil || err != nil {
			p.it = nil
			return nil, err
		}
		old = v
		if it = p.it; it == nil {
			p.old = nil
			return nil, nil
		}
	}
	v, err := objects.Next(ts, it)
	if v == nil || err != nil {
		p.it, p.old = nil, nil
		return nil, err
	}
	p.old = v
	return objects.NewTuple([]objects.Object{old, v}), nil
}

// zip_longest(*iterables, fillvalue=None)
type zipLongest struct {
	its       []objects.Object
	active    int
	fillvalue objects.Object
}

func newZipLongest(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	nkw := kwnames.Len()
	fill := objects.Object(objects.None)
	if nkw > 0 {
		name, ok := kwnames.Items()[0].(*objects.Str)
		if nkw > 1 || !ok || name.Value() != "fillvalue" {
			return nil, objects.Errorf(objects.TypeErrorType, "zip_longest() got an unexpected keyword argument")
		}
		fill = args[len(args)-1]
	}
	pos := args[:len(args)-nkw]
	z := &zipLongest{its: make([]objects.Object, len(pos)), active: len(pos), fillvalue: fill}
	for i, o := range pos {
		it, err := objects.GetIter(ts, o)
		if err != nil {
			return nil, err
		}
		z.its[i] = it
	}
	return z, nil
}

func (z *zipLongest) next(ts *objects.Thread) (objects.Object, error) {
	if len(z.its) == 0 || z.active == 0 {
		return nil, nil
	}
	items := make([]objects.Object, len(z.its))
	for i, it := range z.its {
		if it == nil {
			items[i] = z.fillvalue
			continue
		}
		v, err := objects.Next(ts, it)
		if err != nil {
			z.active = 0
			return nil, err
		}
		if v == nil {
			z.active--
			if z.active == 0 {
				return nil, nil
			}
			v = z.fillvalue
			z.its[i] = nil
		}
		items[i] = v
	}
	return objects.NewTuple(items), nil
}
