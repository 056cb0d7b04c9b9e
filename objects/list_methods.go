package objects

// The methods of list, as Go functions of the built-in method shape (self, then the
// positional arguments followed by the keyword values named by kwnames).

func listAppend(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArgument("list.append", args, kwnames); err != nil {
		return nil, err
	}
	self.(*List).Append(args[0])
	return None, nil
}

func listExtend(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArgument("list.extend", args, kwnames); err != nil {
		return nil, err
	}
	return None, self.(*List).Extend(ts, args[0])
}

// Insert inserts v before position i, clamped to the list as list.insert does.
func (l *List) Insert(i int, v Object) {
	n := len(l.items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.items = append(l.items, nil)
	copy(l.items[i+1:], l.items[i:n])
	l.items[i] = v
}

func listInsert(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkMethodArgs("list.insert", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	i, err := indexAsInt(ts, args[0], OverflowErrorType)
	if err != nil {
		return nil, err
	}
	self.(*List).Insert(i, args[1])
	return None, nil
}

// Pop removes and returns the item at position i (negative counts from the end).
func (l *List) Pop(i int) (Object, error) {
	n := len(l.items)
	if n == 0 {
		return nil, Errorf(IndexErrorType, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexErrorType, "pop index out of range")
	}
	v := l.items[i]
	l.deleteRange(i, i+1)
	return v, nil
}

func listPop(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkMethodArgs("list.pop", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = indexAsInt(ts, args[0], OverflowErrorType); err != nil {
			return nil, err
		}
	}
	return self.(*List).Pop(i)
}

func listRemove(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArgument("list.remove", args, kwnames); err != nil {
		return nil, err
	}
	l := self.(*List)
	i, err := seqFind(ts, func() []Object { return l.items }, args[0], 0, len(l.items))
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, Errorf(ValueErrorType, "list.remove(x): x not in list")
	}
	// The comparisons may have shrunk the list.
	if i < len(l.items) {
		l.deleteRange(i, i+1)
	}
	return None, nil
}

func listIndex(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkMethodArgs("list.index", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	l := self.(*List)
	start, stop, err := searchBounds(ts, args[1:], len(l.items))
	if err != nil {
		return nil, err
	}
	i, err := seqFind(ts, func() []Object { return l.items }, args[0], start, stop)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		r, err := Repr(ts, args[0])
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueErrorType, "%s is not in list", r.value)
	}
	return NewInt(int64(i)), nil
}

func listCount(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArgument("list.count", args, kwnames); err != nil {
		return nil, err
	}
	l := self.(*List)
	n, err := seqCount(ts, func() []Object { return l.items }, args[0])
	if err != nil {
		return nil, err
	}
	return NewInt(int64(n)), nil
}

func listClear(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArguments("list.clear", args, kwnames); err != nil {
		return nil, err
	}
	l := self.(*List)
	clear(l.items)
	l.items = nil
	return None, nil
}

func listCopy(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArguments("list.copy", args, kwnames); err != nil {
		return nil, err
	}
	return NewList(self.(*List).items), nil
}

func listReverse(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArguments("list.reverse", args, kwnames); err != nil {
		return nil, err
	}
	reverseObjects(self.(*List).items)
	return None, nil
}

// listSort is list.sort(*, key=None, reverse=False).
func listSort(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	nkw := kwnames.Len()
	if len(args) > nkw {
		return nil, Errorf(TypeErrorType, "sort() takes no positional arguments")
	}
	var key Object = None
	reverse := false
	for i := 0; i < nkw; i++ {
		name, _ := kwnames.items[i].(*Str)
		v := args[i]
		switch {
		case name != nil && name.value == "key":
			key = v
		case name != nil && name.value == "reverse":
			r, err := IsTrue(ts, v)
			if err != nil {
				return nil, err
			}
			reverse = r
		default:
			n := "?"
			if name != nil {
				n = name.value
			}
			return nil, Errorf(TypeErrorType, "sort() got an unexpected keyword argument '%s'", n)
		}
	}
	return None, self.(*List).Sort(ts, key, reverse)
}

func listReversed(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArguments("list.__reversed__", args, kwnames); err != nil {
		return nil, err
	}
	l := self.(*List)
	return &ListReverseIterator{l: l, i: len(l.items) - 1}, nil
}

// containerMethod is one method of a container type, before it is wired into the type's
// namespace: its name, its Go function and its docstring.
type containerMethod struct {
	name string
	fn   func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error)
	doc  string
}

// listMethods are list's methods.
var listMethods = []containerMethod{
	{"append", listAppend, "Append object to the end of the list."},
	{"extend", listExtend, "Extend list by appending elements from the iterable."},
	{"insert", listInsert, "Insert object before index."},
	{"pop", listPop, "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."},
	{"remove", listRemove, "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
	{"index", listIndex, "Return first index of value.\n\nRaises ValueError if the value is not present."},
	{"count", listCount, "Return number of occurrences of value."},
	{"clear", listClear, "Remove all items from list."},
	{"copy", listCopy, "Return a shallow copy of the list."},
	{"reverse", listReverse, "Reverse *IN PLACE*."},
	{"sort", listSort, "Sort the list in ascending order and return None."},
	{"__reversed__", listReversed, "Return a reverse iterator over the list."},
}

// tupleMethods are tuple's methods.
var tupleMethods = []containerMethod{
	{"index", tupleIndex, "Return first index of value.\n\nRaises ValueError if the value is not present."},
	{"count", tupleCount, "Return number of occurrences of value."},
}
