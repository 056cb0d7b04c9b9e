package itertools

import (
	"github.com/taipanpy/taipan/objects"
)

// count(start=0, step=1)
var countArgs = objects.ArgParser{FuncName: "count", Params: []string{"start", "step"}, MaxPos: 2}

type count struct {
	cnt, step objects.Object
}

func newCount(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	var a [2]objects.Object
	if err := countArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	c := &count{cnt: a[0], step: a[1]}
	if c.cnt == nil {
		c.cnt = objects.NewInt(0)
	}
	if c.step == nil {
		c.step = objects.NewInt(1)
	}
	if !isNumber(c.cnt) || !isNumber(c.step) {
		return nil, objects.Errorf(objects.TypeErrorType, "a number is required")
	}
	return c, nil
}

func (c *count) next(ts *objects.Thread) (objects.Object, error) {
	v := c.cnt
	n, err := objects.Binary(ts, c.cnt, c.step, objects.OpAdd)
	if err != nil {
		return nil, err
	}
	c.cnt = n
	return v, nil
}

func (c *count) repr(ts *objects.Thread, name string) (string, error) {
	start, err := reprOf(ts, c.cnt)
	if err != nil {
		return "", err
	}
	// A step of exactly the int 1 is left out.
	if i, ok := c.step.(*objects.Int); ok && c.step.Type() == objects.IntType {
		if v, small := i.Int64(); small && v == 1 {
			return name + "(" + start + ")", nil
		}
	}
	step, err := reprOf(ts, c.step)
	if err != nil {
		return "", err
	}
	return name + "(" + start + ", " + step + ")", nil
}

// cycle(iterable, /)
type cycle struct {
	it     objects.Object
	saved  []objects.Object
	index  int
	replay bool
}

func newCycle(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	if err := positional("cycle", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, args[0])
	if err != nil {
		return nil, err
	}
	return &cycle{it: it}, nil
}

func (c *cycle) next(ts *objects.Thread) (objects.Object, error) {
	if !c.replay {
		v, err := objects.Next(ts, c.it)
		if err != nil {
			return nil, err
		}
		if v != nil {
			c.saved = append(c.saved, v)
			return v, nil
		}
		c.replay = true
	}
	if len(c.saved) == 0 {
		return nil, nil
	}
	v := c.saved[c.index]
	c.index = (c.index + 1) % len(c.saved)
	return v, nil
}

// repeat(object [,times])
var repeatArgs = objects.ArgParser{FuncName: "repeat", Params: []string{"object", "times"}, MinPos: 1, MaxPos: 2}

type repeat struct {
	obj objects.Object
	// cnt is the number of repetitions left, -1 for ever.
	cnt int
}

func newRepeat(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	var a [2]objects.Object
	if err := repeatArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	r := &repeat{obj: a[0], cnt: -1}
	if a[1] != nil {
		n, err := ssize(ts, a[1])
		if err != nil {
			return nil, err
		}
		r.cnt = max(n, 0)
	}
	return r, nil
}

func (r *repeat) next(*objects.Thread) (objects.Object, error) {
	if r.cnt == 0 {
		return nil, nil
	}
	if r.cnt > 0 {
		r.cnt--
	}
	return r.obj, nil
}

func (r *repeat) repr(ts *objects.Thread, name string) (string, error) {
	obj, err := reprOf(ts, r.obj)
	if err != nil {
		return "", err
	}
	if r.cnt == -1 {
		return name + "(" + obj + ")", nil
	}
	return name + "(" + obj + ", " + itoa(r.cnt) + ")", nil
}

func repeatLengthHint(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	r, err := state[*repeat](self)
	if err != nil {
		return nil, err
	}
	if r.cnt == -1 {
		return nil, objects.Errorf(objects.TypeErrorType, "len() of unsized object")
	}
	return objects.NewInt(int64(r.cnt)), nil
}

func itoa(n int) string { return objects.NewInt(int64(n)).String() }
