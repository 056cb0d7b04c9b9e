package objects

// The iterator types of the builtins module: enumerate, zip, map, filter and reversed, as
// CPython's Objects/enumobject.c and Python/bltinmodule.c define them. Each is a class that
// Python code may subclass; its constructor is its tp_new.

// The types.
var (
	EnumerateType = newType("enumerate", ObjectType)
	ZipType       = newType("zip", ObjectType)
	MapType       = newType("map", ObjectType)
	FilterType    = newType("filter", ObjectType)
	ReversedType  = newType("reversed", ObjectType)
)

// Enumerate is enumerate(iterable, start=0).
type Enumerate struct {
	ext *Extension
	it  Object
	// count is the next index while it fits a machine word (big == nil), big beyond.
	count int64
	big   *Int
}

// Zip is zip(*iterables, strict=False).
type Zip struct {
	ext    *Extension
	its    []Object
	strict bool
}

// Map is map(function, *iterables).
type Map struct {
	ext *Extension
	fn  Object
	its []Object
}

// Filter is filter(function, iterable); a None function keeps the true items.
type Filter struct {
	ext *Extension
	fn  Object
	it  Object
}

// Reversed is reversed(sequence) for a sequence without __reversed__: it indexes the
// sequence from its end. seq is nil once exhausted.
type Reversed struct {
	ext   *Extension
	seq   Object
	index int
}

// Type returns the object's class.
func (e *Enumerate) Type() *Type { return e.ext.classOr(EnumerateType) }

// Type returns the object's class.
func (z *Zip) Type() *Type { return z.ext.classOr(ZipType) }

// Type returns the object's class.
func (m *Map) Type() *Type { return m.ext.classOr(MapType) }

// Type returns the object's class.
func (f *Filter) Type() *Type { return f.ext.classOr(FilterType) }

// Type returns the object's class.
func (r *Reversed) Type() *Type { return r.ext.classOr(ReversedType) }

func (e *Enumerate) extension() *Extension     { return e.ext }
func (e *Enumerate) setExtension(x *Extension) { e.ext = x }
func (z *Zip) extension() *Extension           { return z.ext }
func (z *Zip) setExtension(x *Extension)       { z.ext = x }
func (m *Map) extension() *Extension           { return m.ext }
func (m *Map) setExtension(x *Extension)       { m.ext = x }
func (f *Filter) extension() *Extension        { return f.ext }
func (f *Filter) setExtension(x *Extension)    { f.ext = x }
func (r *Reversed) extension() *Extension      { return r.ext }
func (r *Reversed) setExtension(x *Extension)  { r.ext = x }

// extFor returns the extension an instance of cls needs: none for the built-in type itself.
func extFor(cls, builtin *Type) *Extension {
	if cls == nil || cls == builtin {
		return nil
	}
	return NewExtension(cls)
}

var enumerateArgs = ArgParser{FuncName: "enumerate", Params: []string{"iterable", "start"}, MinPos: 1, MaxPos: 2}

// NewEnumerate returns enumerate(iterable, start) for an iterable and an int start.
func NewEnumerate(ts *Thread, iterable Object, start *Int) (*Enumerate, error) {
	it, err := GetIter(ts, iterable)
	if err != nil {
		return nil, err
	}
	e := &Enumerate{it: it}
	if v, small := start.Int64(); small {
		e.count = v
	} else {
		e.big = start
	}
	return e, nil
}

func enumerateNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	var a [2]Object
	if len(args) == kwnames.Len() && len(args) <= 2 && (kwnames == nil || findKeyword(kwnames, args, "iterable") == nil) {
		// enumerate parses its own arguments, and says so without the position.
		return nil, Errorf(TypeErrorType, "enumerate() missing required argument 'iterable'")
	}
	if err := enumerateArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	start := intZero
	if a[1] != nil {
		var err error
		if start, err = Index(ts, a[1]); err != nil {
			return nil, err
		}
		start = start.exact()
	}
	e, err := NewEnumerate(ts, a[0], start)
	if err != nil {
		return nil, err
	}
	e.ext = extFor(cls, EnumerateType)
	return e, nil
}

func enumerateNext(ts *Thread, o Object) (Object, error) {
	e := o.(*Enumerate)
	item, err := Next(ts, e.it)
	if item == nil || err != nil {
		return nil, err
	}
	var idx *Int
	if e.big == nil {
		idx = NewInt(e.count)
		if e.count == 1<<63-1 {
			e.big = idx.Add(intOne)
		} else {
			e.count++
		}
	} else {
		idx = e.big
		e.big = e.big.Add(intOne)
	}
	return NewTuple([]Object{idx, item}), nil
}

// iterAll returns an iterator over each of the iterables.
func iterAll(ts *Thread, iterables []Object) ([]Object, error) {
	its := make([]Object, len(iterables))
	for i, o := range iterables {
		it, err := GetIter(ts, o)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return its, nil
}

func zipNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	nkw := kwnames.Len()
	pos := args[:len(args)-nkw]
	strict := false
	if nkw > 0 {
		if nkw > 1 {
			return nil, Errorf(TypeErrorType, "zip() takes at most 1 keyword argument (%d given)", nkw)
		}
		if s, ok := kwnames.items[0].(*Str); !ok || s.value != "strict" {
			name := "?"
			if ok {
				name = s.value
			}
			return nil, Errorf(TypeErrorType, "zip() got an unexpected keyword argument '%s'", name)
		}
		var err error
		if strict, err = IsTrue(ts, args[len(args)-1]); err != nil {
			return nil, err
		}
	}
	its, err := iterAll(ts, pos)
	if err != nil {
		return nil, err
	}
	return &Zip{ext: extFor(cls, ZipType), its: its, strict: strict}, nil
}

// NewZip returns zip(*iterables, strict=strict).
func NewZip(ts *Thread, iterables []Object, strict bool) (*Zip, error) {
	its, err := iterAll(ts, iterables)
	if err != nil {
		return nil, err
	}
	return &Zip{its: its, strict: strict}, nil
}

func zipNext(ts *Thread, o Object) (Object, error) {
	z := o.(*Zip)
	if len(z.its) == 0 {
		return nil, nil
	}
	items := make([]Object, len(z.its))
	for i, it := range z.its {
		v, err := Next(ts, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			if z.strict {
				return nil, z.strictMismatch(ts, i)
			}
			return nil, nil
		}
		items[i] = v
	}
	return NewTuple(items), nil
}

// strictMismatch reports, for zip(strict=True), iterator i running out: an error when any
// other iterator still has items, nil (plain exhaustion) when all ran out together.
func (z *Zip) strictMismatch(ts *Thread, i int) error {
	plural := func(n int) string {
		if n == 1 {
			return " "
		}
		return "s 1-"
	}
	if i > 0 {
		return Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s%d", i+1, plural(i), i)
	}
	for j := 1; j < len(z.its); j++ {
		v, err := Next(ts, z.its[j])
		if err != nil {
			return err
		}
		if v != nil {
			return Errorf(ValueErrorType, "zip() argument %d is longer than argument%s%d", j+1, plural(j), j)
		}
	}
	return nil
}

func mapNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	if cls == MapType {
		if err := NoKeywords("map", kwnames); err != nil {
			return nil, err
		}
	}
	pos := args[:len(args)-kwnames.Len()]
	if len(pos) < 2 {
		return nil, Errorf(TypeErrorType, "map() must have at least two arguments.")
	}
	its, err := iterAll(ts, pos[1:])
	if err != nil {
		return nil, err
	}
	return &Map{ext: extFor(cls, MapType), fn: pos[0], its: its}, nil
}

func mapNext(ts *Thread, o Object) (Object, error) {
	m := o.(*Map)
	args := make([]Object, len(m.its))
	for i, it := range m.its {
		v, err := Next(ts, it)
		if v == nil || err != nil {
			return nil, err
		}
		args[i] = v
	}
	return Call(ts, m.fn, args, nil)
}

func filterNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	if cls == FilterType {
		if err := NoKeywords("filter", kwnames); err != nil {
			return nil, err
		}
	}
	pos := args[:len(args)-kwnames.Len()]
	if err := CheckPositional("filter", len(pos), 2, 2); err != nil {
		return nil, err
	}
	it, err := GetIter(ts, pos[1])
	if err != nil {
		return nil, err
	}
	return &Filter{ext: extFor(cls, FilterType), fn: pos[0], it: it}, nil
}

func filterNext(ts *Thread, o Object) (Object, error) {
	f := o.(*Filter)
	// filter(bool, ...) is filter(None, ...), as CPython short-cuts it.
	truthOnly := f.fn == None || f.fn == BoolType
	for {
		v, err := Next(ts, f.it)
		if v == nil || err != nil {
			return nil, err
		}
		keep := v
		if !truthOnly {
			if keep, err = Call(ts, f.fn, []Object{v}, nil); err != nil {
				return nil, err
			}
		}
		ok, err := IsTrue(ts, keep)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
	}
}

// Reverse returns reversed(seq): seq.__reversed__() when the class defines it, else an
// iterator indexing a sequence (an object with __len__ and __getitem__, not a dict) from its
// end.
func Reverse(ts *Thread, seq Object) (Object, error) {
	return reversedOf(ts, nil, seq)
}

var dunderReversed = NewStr("__reversed__")

func reversedOf(ts *Thread, cls *Type, seq Object) (Object, error) {
	t := seq.Type()
	m := t.Lookup(ts, dunderReversed)
	if m == None {
		return nil, Errorf(TypeErrorType, "'%s' object is not reversible", t.Name)
	}
	if m != nil {
		return callDescriptor(ts, m, seq)
	}
	_, isDict := seq.(*Dict)
	if t.Slots.GetItem == nil || t.Slots.Len == nil || isDict {
		return nil, Errorf(TypeErrorType, "'%s' object is not reversible", t.Name)
	}
	n, err := Len(ts, seq)
	if err != nil {
		return nil, err
	}
	return &Reversed{ext: extFor(cls, ReversedType), seq: seq, index: n - 1}, nil
}

func reversedNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	if cls == ReversedType {
		if err := NoKeywords("reversed", kwnames); err != nil {
			return nil, err
		}
	}
	pos := args[:len(args)-kwnames.Len()]
	if err := CheckPositional("reversed", len(pos), 1, 1); err != nil {
		return nil, err
	}
	if cls != ReversedType && cls != nil {
		// A subclass always gets the indexing iterator, as reversed_new_impl builds one of
		// type cls after __reversed__ is not found; with __reversed__, that result is returned.
		r, err := reversedOf(ts, cls, pos[0])
		return r, err
	}
	return reversedOf(ts, nil, pos[0])
}

func reversedNext(ts *Thread, o Object) (Object, error) {
	r := o.(*Reversed)
	if r.seq == nil || r.index < 0 {
		r.seq = nil
		return nil, nil
	}
	v, err := GetItem(ts, r.seq, NewInt(int64(r.index)))
	if err != nil {
		if isEndOfSequence(err) {
			r.seq = nil
			return nil, nil
		}
		return nil, err
	}
	r.index--
	return v, nil
}

func init() {
	const (
		enumerateDoc = "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."
		zipDoc       = "zip(*iterables, strict=False)\n--\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]"
		mapDoc       = "map(function, iterable, /, *iterables)\n--\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted."
		filterDoc    = "filter(function, iterable, /)\n--\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true."
		reversedDoc  = "Return a reverse iterator over the values of the given sequence."
	)
	for _, c := range []struct {
		t    *Type
		doc  string
		new  func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error)
		next func(ts *Thread, o Object) (Object, error)
	}{
		{EnumerateType, enumerateDoc, enumerateNew, enumerateNext},
		{ZipType, zipDoc, zipNew, zipNext},
		{MapType, mapDoc, mapNew, mapNext},
		{FilterType, filterDoc, filterNew, filterNext},
		{ReversedType, reversedDoc, reversedNew, reversedNext},
	} {
		c.t.Doc = c.doc
		c.t.Slots.New = c.new
		c.t.Slots.Iter = selfIter
		c.t.Slots.IterNext = c.next
	}
	ReversedType.Methods = append(ReversedType.Methods, MethodDef{Name: "__length_hint__", Flags: MethNoArgs,
		Doc: "Private method returning an estimate of len(list(it)).",
		Func: func(ts *Thread, self Object, _ []Object, _ *Tuple) (Object, error) {
			r := self.(*Reversed)
			if r.seq == nil {
				return NewInt(0), nil
			}
			n, err := Len(ts, r.seq)
			if err != nil {
				return nil, err
			}
			if r.index >= n {
				return NewInt(0), nil
			}
			return NewInt(int64(r.index + 1)), nil
		}})
}
