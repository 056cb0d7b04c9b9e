package functools

import "github.com/taipanpy/taipan/objects"

// lruCache is a functools._lru_cache_wrapper: user_function with a cache of its results by
// arguments. Its instances have a __dict__, where update_wrapper puts __wrapped__ and the
// function's other attributes.
type lruCache struct {
	objects.Extensible
	fn objects.Object
	// maxsize is -1 for an unbounded cache.
	maxsize      int
	typed        bool
	cacheInfo    objects.Object
	cache        *objects.Dict
	hits, misses int64
}

// LRUCacheType is functools._lru_cache_wrapper.
var LRUCacheType = &objects.Type{Name: "functools._lru_cache_wrapper", Flags: objects.TypeFinal | objects.TypeHasDict}

// Type returns LRUCacheType.
func (c *lruCache) Type() *objects.Type { return LRUCacheType }

// kwdMark separates the positional arguments from the keyword ones in a key.
var kwdMark = objects.NewInstance(objects.ObjectType)

var lruArgs = objects.ArgParser{FuncName: "lru_cache",
	Params: []string{"user_function", "maxsize", "typed", "cache_info_type"}, MinPos: 4, MaxPos: 4}

func init() {
	t := LRUCacheType
	t.Doc = "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n"
	t.Slots.New = lruNew
	t.Slots.Call = lruCall
	t.Slots.DescrGet = func(_ *objects.Thread, descr, obj, _ objects.Object) (objects.Object, error) {
		if obj == nil || obj == objects.None {
			return descr, nil
		}
		return objects.NewMethod(descr, obj), nil
	}
	self := func(f func(ts *objects.Thread, c *lruCache, args []objects.Object) (objects.Object, error)) objects.MethodFunc {
		return func(ts *objects.Thread, o objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			return f(ts, o.(*lruCache), args)
		}
	}
	t.Methods = []objects.MethodDef{
		{Name: "cache_info", Flags: objects.MethNoArgs, Doc: "Report cache statistics",
			Func: self(func(ts *objects.Thread, c *lruCache, _ []objects.Object) (objects.Object, error) {
				var maxsize objects.Object = objects.None
				if c.maxsize >= 0 {
					maxsize = objects.NewInt(int64(c.maxsize))
				}
				return objects.Call(ts, c.cacheInfo, []objects.Object{objects.NewInt(c.hits), objects.NewInt(c.misses),
					maxsize, objects.NewInt(int64(c.cache.Len()))}, nil)
			})},
		{Name: "cache_clear", Flags: objects.MethNoArgs, Doc: "Clear the cache and cache statistics",
			Func: self(func(_ *objects.Thread, c *lruCache, _ []objects.Object) (objects.Object, error) {
				c.cache.Clear()
				c.hits, c.misses = 0, 0
				return objects.None, nil
			})},
		{Name: "__reduce__", Flags: objects.MethNoArgs,
			Func: self(func(ts *objects.Thread, c *lruCache, _ []objects.Object) (objects.Object, error) {
				return objects.GetAttr(ts, c, objects.NewStr("__qualname__"))
			})},
		{Name: "__copy__", Flags: objects.MethNoArgs,
			Func: self(func(_ *objects.Thread, c *lruCache, _ []objects.Object) (objects.Object, error) { return c, nil })},
		{Name: "__deepcopy__", Flags: objects.MethO,
			Func: self(func(_ *objects.Thread, c *lruCache, _ []objects.Object) (objects.Object, error) { return c, nil })},
	}
	t.GetSets = []objects.GetSetDef{objects.DictGetSet}
	objects.ReadyType(t)
}

// lruNew is _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type).
func lruNew(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [4]objects.Object
	if err := lruArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	if a[0].Type().Slots.Call == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "the first argument must be callable")
	}
	c := &lruCache{fn: a[0], maxsize: -1, cacheInfo: a[3], cache: objects.NewDict()}
	c.ExtendAlways(cls)
	if m := a[1]; m != objects.None {
		if _, isInt := m.(*objects.Int); !isInt && m.Type().Slots.Index == nil {
			return nil, objects.Errorf(objects.TypeErrorType, "maxsize should be integer or None")
		}
		i, err := objects.Index(ts, m)
		if err != nil {
			return nil, err
		}
		n, ok := i.Int64()
		if !ok || int64(int(n)) != n {
			return nil, objects.Errorf(objects.OverflowErrorType, "cannot fit '%s' into an index-sized integer", m.Type().Name)
		}
		c.maxsize = max(int(n), 0)
	}
	typed, err := objects.IsTrue(ts, a[2])
	if err != nil {
		return nil, err
	}
	c.typed = typed
	return c, nil
}

// makeKey builds the cache key of a call as CPython's lru_cache_make_key does: a lone int or
// str argument is its own key; otherwise a tuple of the arguments, a marker and the keyword
// names and values, then the types of all values when typed.
func (c *lruCache) makeKey(args []objects.Object, kwnames *objects.Tuple) objects.Object {
	nkw := kwnames.Len()
	npos := len(args) - nkw
	if !c.typed && nkw == 0 && npos == 1 {
		switch args[0].Type() {
		case objects.IntType, objects.StrType:
			return args[0]
		}
	}
	key := make([]objects.Object, 0, len(args)+nkw+1+len(args))
	key = append(key, args[:npos]...)
	if nkw > 0 {
		key = append(key, kwdMark)
		for i, k := range kwnames.Items() {
			key = append(key, k, args[npos+i])
		}
	}
	if c.typed {
		for _, a := range args[:npos] {
			key = append(key, a.Type())
		}
		for _, a := range args[npos:] {
			key = append(key, a.Type())
		}
	}
	return objects.NewTuple(key)
}

func lruCall(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	c := o.(*lruCache)
	if c.maxsize == 0 {
		c.misses++
		return objects.Call(ts, c.fn, args, kwnames)
	}
	key := c.makeKey(args, kwnames)
	v, err := c.cache.GetItem(ts, key)
	if err != nil {
		return nil, err
	}
	if v != nil {
		c.hits++
		if c.maxsize > 0 {
			// Move the entry to the most recently used end.
			if _, err := c.cache.Pop(ts, key, nil); err != nil {
				return nil, err
			}
			if err := c.cache.SetItem(ts, key, v); err != nil {
				return nil, err
			}
		}
		return v, nil
	}
	c.misses++
	r, err := objects.Call(ts, c.fn, args, kwnames)
	if err != nil {
		return nil, err
	}
	if c.maxsize > 0 {
		// The call may have cached this key itself, or filled the cache.
		if again, err := c.cache.GetItem(ts, key); err != nil || again != nil {
			return r, err
		}
		for c.cache.Len() >= c.maxsize {
			var oldest objects.Object
			c.cache.Items(func(k, _ objects.Object) bool { oldest = k; return false })
			if _, err := c.cache.Pop(ts, oldest, nil); err != nil {
				return nil, err
			}
		}
	}
	if err := c.cache.SetItem(ts, key, r); err != nil {
		return nil, err
	}
	return r, nil
}
