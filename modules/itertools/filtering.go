package itertools

import "github.com/taipanpy/taipan/objects"

// compress(data, selectors)
var compressArgs = objects.ArgParser{FuncName: "compress", Params: []string{"data", "selectors"}, MinPos: 2, MaxPos: 2}

type compress struct{ data, selectors objects.Object }

func newCompress(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	var a [2]objects.Object
	if err := compressArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	data, err := objects.GetIter(ts, a[0])
	if err != nil {
		return nil, err
	}
	sel, err := objects.GetIter(ts, a[1])
	if err != nil {
		return nil, err
	}
	return &compress{data: data, selectors: sel}, nil
}

func (c *compress) next(ts *objects.Thread) (objects.Object, error) {
	for {
		d, err := objects.Next(ts, c.data)
		if d == nil || err != nil {
			return nil, err
		}
		s, err := objects.Next(ts, c.selectors)
		if s == nil || err != nil {
			return nil, err
		}
		ok, err := objects.IsTrue(ts, s)
		if err != nil {
			return nil, err
		}
		if ok {
			return d, nil
		}
	}
}

// predicated is the state of dropwhile, takewhile and filterfalse.
type predicated struct {
	pred, it objects.Object
	// done: dropwhile has stopped dropping, takewhile has stopped taking.
	done bool
}

func newPredicated(name string) ctor {
	return func(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
		if err := positional(name, args, kwnames, 2, 2); err != nil {
			return nil, err
		}
		it, err := objects.GetIter(ts, args[1])
		if err != nil {
			return nil, err
		}
		p := &predicated{pred: args[0], it: it}
		switch name {
		case "dropwhile":
			return (*dropwhile)(p), nil
		case "takewhile":
			return (*takewhile)(p), nil
		}
		return (*filterfalse)(p), nil
	}
}

type dropwhile predicated

func (d *dropwhile) next(ts *objects.Thread) (objects.Object, error) {
	for {
		v, err := objects.Next(ts, d.it)
		if v == nil || err != nil {
			return nil, err
		}
		if d.done {
			return v, nil
		}
		ok, err := callTrue(ts, d.pred, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			d.done = true
			return v, nil
		}
	}
}

type takewhile predicated

func (t *takewhile) next(ts *objects.Thread) (objects.Object, error) {
	if t.done {
		return nil, nil
	}
	v, err := objects.Next(ts, t.it)
	if v == nil || err != nil {
		return nil, err
	}
	ok, err := callTrue(ts, t.pred, v)
	if err != nil {
		return nil, err
	}
	if !ok {
		t.done = true
		return nil, nil
	}
	return v, nil
}

type filterfalse predicated

func (f *filterfalse) next(ts *objects.Thread) (objects.Object, error) {
	for {
		v, err := objects.Next(ts, f.it)
		if v == nil || err != nil {
			return nil, err
		}
		ok, err := isTrue(ts, f.pred, v)
		if err != nil {
			return nil, err
		}
		if !ok {
			return v, nil
		}
	}
}

// starmap(function, iterable, /)
type starmap struct{ fn, it objects.Object }

func newStarmap(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	if err := positional("starmap", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, args[1])
	if err != nil {
		return nil, err
	}
	return &starmap{fn: args[0], it: it}, nil
}

func (s *starmap) next(ts *objects.Thread) (objects.Object, error) {
	v, err := objects.Next(ts, s.it)
	if v == nil || err != nil {
		return nil, err
	}
	var items []objects.Object
	if t, ok := v.(*objects.Tuple); ok {
		items = t.Items()
	} else if items, err = objects.IterableItems(ts, v); err != nil {
		return nil, err
	}
	return objects.Call(ts, s.fn, items, nil)
}

// islice(iterable, stop) or islice(iterable, start, stop[, step])
type islice struct {
	it objects.Object
	// next is the index of the next item to return, stop the index to stop at (-1: none),
	// cnt the index of the next item it yields.
	next_, stop, step, cnt int
}

const (
	isliceStopMsg    = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	isliceIndicesMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
)

// isliceIndex converts an islice argument; None gives dflt, anything unusable the
// ValueError msg.
func isliceIndex(ts *objects.Thread, o objects.Object, dflt int, msg string) (int, error) {
	if o == objects.None {
		return dflt, nil
	}
	v, err := ssize(ts, o)
	if err != nil || v < 0 {
		return 0, objects.Errorf(objects.ValueErrorType, "%s", msg)
	}
	return v, nil
}

func newIslice(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	if err := positional("islice", args, kwnames, 2, 4); err != nil {
		return nil, err
	}
	s := &islice{stop: -1, step: 1}
	var err error
	if len(args) == 2 {
		if s.stop, err = isliceIndex(ts, args[1], -1, isliceStopMsg); err != nil {
			return nil, err
		}
	} else {
		if s.next_, err = isliceIndex(ts, args[1], 0, isliceIndicesMsg); err != nil {
			return nil, err
		}
		if s.stop, err = isliceIndex(ts, args[2], -1, isliceStopMsg); err != nil {
			return nil, err
		}
		if len(args) == 4 && args[3] != objects.None {
			step, err := ssize(ts, args[3])
			if err != nil || step < 1 {
				return nil, objects.Errorf(objects.ValueErrorType, "Step for islice() must be a positive integer or None.")
			}
			s.step = step
		}
	}
	if s.it, err = objects.GetIter(ts, args[0]); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *islice) next(ts *objects.Thread) (objects.Object, error) {
	if s.it == nil {
		return nil, nil
	}
	stop := s.stop
	for s.cnt < s.next_ {
		v, err := objects.Next(ts, s.it)
		if v == nil || err != nil {
			s.it = nil
			return nil, err
		}
		s.cnt++
	}
	if stop != -1 && s.cnt >= stop {
		s.it = nil
		return nil, nil
	}
	v, err := objects.Next(ts, s.it)
	if v == nil || err != nil {
		s.it = nil
		return nil, err
	}
	s.cnt++
	oldnext := s.next_
	s.next_ += s.step
	if s.next_ < oldnext || (stop != -1 && s.next_ > stop) {
		s.next_ = stop
	}
	return v, nil
}
