package itertools

import "github.com/taipanpy/taipan/objects"

// The combinatoric iterators keep index vectors into their pools, as CPython's do, and
// build each result tuple from them.

func tupleOf(pool []objects.Object, indices []int) *objects.Tuple {
	items := make([]objects.Object, len(indices))
	for i, j := range indices {
		items[i] = pool[j]
	}
	return objects.NewTuple(items)
}

// product(*iterables, repeat=1)
type product struct {
	pools   [][]objects.Object
	indices []int
	started bool
	stopped bool
}

func newProduct(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	nkw := kwnames.Len()
	pos := args[:len(args)-nkw]
	repeat := 1
	for i := 0; i < nkw; i++ {
		name, _ := kwnames.Items()[i].(*objects.Str)
		if name == nil || name.Value() != "repeat" {
			n := "?"
			if name != nil {
				n = name.Value()
			}
			return nil, objects.Errorf(objects.TypeErrorType, "product() got an unexpected keyword argument '%s'", n)
		}
		var err error
		if repeat, err = ssize(ts, args[len(pos)+i]); err != nil {
			return nil, err
		}
	}
	if repeat < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "repeat argument cannot be negative")
	}
	if repeat > 0 && len(pos) > (1<<62)/repeat {
		return nil, objects.Errorf(objects.OverflowErrorType, "repeat argument too large")
	}
	pools := make([][]objects.Object, 0, len(pos)*repeat)
	for _, o := range pos {
		items, err := objects.IterableItems(ts, o)
		if err != nil {
			return nil, err
		}
		pools = append(pools, append([]objects.Object(nil), items...))
	}
	n := len(pools)
	for r := 1; r < repeat; r++ {
		pools = append(pools, pools[:n]...)
	}
	if repeat == 0 {
		pools = pools[:0]
	}
	return &product{pools: pools, indices: make([]int, len(pools))}, nil
}

func (p *product) next(*objects.Thread) (objects.Object, error) {
	if p.stopped {
		return nil, nil
	}
	if !p.started {
		p.started = true
		for _, pool := range p.pools {
			if len(pool) == 0 {
				p.stopped = true
				return nil, nil
			}
		}
	} else {
		i := len(p.pools) - 1
		for ; i >= 0; i-- {
			p.indices[i]++
			if p.indices[i] < len(p.pools[i]) {
				break
			}
			p.indices[i] = 0
		}
		if i < 0 {
			p.stopped = true
			return nil, nil
		}
	}
	items := make([]objects.Object, len(p.pools))
	for i, j := range p.indices {
		items[i] = p.pools[i][j]
	}
	return objects.NewTuple(items), nil
}

// combinations(iterable, r) and combinations_with_replacement(iterable, r)
type combinations struct {
	pool    []objects.Object
	indices []int
	replace bool
	started bool
	stopped bool
}

func newCombinations(name string, replace bool) ctor {
	parser := &objects.ArgParser{FuncName: name, Params: []string{"iterable", "r"}, MinPos: 2, MaxPos: 2}
	return func(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
		var a [2]objects.Object
		if err := parser.Parse(args, kwnames, a[:]); err != nil {
			return nil, err
		}
		pool, err := objects.IterableItems(ts, a[0])
		if err != nil {
			return nil, err
		}
		r, err := ssize(ts, a[1])
		if err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "r must be non-negative")
		}
		c := &combinations{pool: append([]objects.Object(nil), pool...), indices: make([]int, r), replace: replace}
		if !replace {
			for i := range c.indices {
				c.indices[i] = i
			}
			c.stopped = r > len(pool)
		} else {
			c.stopped = len(pool) == 0 && r > 0
		}
		return c, nil
	}
}

func (c *combinations) next(*objects.Thread) (objects.Object, error) {
	if c.stopped {
		return nil, nil
	}
	if !c.started {
		c.started = true
		return tupleOf(c.pool, c.indices), nil
	}
	n, r := len(c.pool), len(c.indices)
	i := r - 1
	if c.replace {
		for i >= 0 && c.indices[i] == n-1 {
			i--
		}
		if i < 0 {
			c.stopped = true
			return nil, nil
		}
		v := c.indices[i] + 1
		for j := i; j < r; j++ {
			c.indices[j] = v
		}
	} else {
		for i >= 0 && c.indices[i] == i+n-r {
			i--
		}
		if i < 0 {
			c.stopped = true
			return nil, nil
		}
		c.indices[i]++
		for j := i + 1; j < r; j++ {
			c.indices[j] = c.indices[j-1] + 1
		}
	}
	return tupleOf(c.pool, c.indices), nil
}

// permutations(iterable, r=None)
var permutationsArgs = objects.ArgParser{FuncName: "permutations", Params: []string{"iterable", "r"}, MinPos: 1, MaxPos: 2}

type permutations struct {
	pool            []objects.Object
	indices, cycles []int
	r               int
	started         bool
	stopped         bool
}

func newPermutations(ts *objects.Thread, args []objects.Object, kwnames *objects.Tuple) (stepper, error) {
	var a [2]objects.Object
	if err := permutationsArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	pool, err := objects.IterableItems(ts, a[0])
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r := n
	if a[1] != nil && a[1] != objects.None {
		if _, ok := a[1].(*objects.Int); !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "Expected int as r")
		}
		if r, err = ssize(ts, a[1]); err != nil {
			return nil, err
		}
		if r < 0 {
			return nil, objects.Errorf(objects.ValueErrorType, "r must be non-negative")
		}
	}
	p := &permutations{pool: append([]objects.Object(nil), pool...), r: r, stopped: r > n}
	if !p.stopped {
		p.indices = make([]int, n)
		for i := range p.indices {
			p.indices[i] = i
		}
		p.cycles = make([]int, r)
		for i := range p.cycles {
			p.cycles[i] = n - i
		}
	}
	return p, nil
}

func (p *permutations) next(*objects.Thread) (objects.Object, error) {
	if p.stopped {
		return nil, nil
	}
	n, r := len(p.pool), p.r
	if !p.started {
		p.started = true
		return tupleOf(p.pool, p.indices[:r]), nil
	}
	if n == 0 {
		p.stopped = true
		return nil, nil
	}
	i := r - 1
	for ; i >= 0; i-- {
		p.cycles[i]--
		if p.cycles[i] == 0 {
			// Rotate indices[i:] left by one.
			first := p.indices[i]
			copy(p.indices[i:], p.indices[i+1:])
			p.indices[n-1] = first
			p.cycles[i] = n - i
		} else {
			j := p.cycles[i]
			p.indices[i], p.indices[n-j] = p.indices[n-j], p.indices[i]
			break
		}
	}
	if i < 0 {
		p.stopped = true
		return nil, nil
	}
	return tupleOf(p.pool, p.indices[:r]), nil
}
