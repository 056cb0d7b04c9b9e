package objects

// The methods of dict, as Go functions of the built-in method shape.

func dictGet(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkMethodArgs("dict.get", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	v, err := self.(*Dict).GetItem(ts, args[0])
	if err != nil {
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	}
	return v, nil
}

func dictSetDefault(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkMethodArgs("dict.setdefault", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	dflt := None
	if len(args) == 2 {
		dflt = args[1]
	}
	return self.(*Dict).SetDefault(ts, args[0], dflt)
}

func dictPop(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkMethodArgs("dict.pop", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	var dflt Object
	if len(args) == 2 {
		dflt = args[1]
	}
	return self.(*Dict).Pop(ts, args[0], dflt)
}

func dictPopItem(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArguments("dict.popitem", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Dict).PopItem()
}

func dictUpdate(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	return None, dictUpdateArgs(ts, self.(*Dict), "update", args, kwnames)
}

func dictClear(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArguments("dict.clear", args, kwnames); err != nil {
		return nil, err
	}
	self.(*Dict).Clear()
	return None, nil
}

func dictCopy(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArguments("dict.copy", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Dict).Copy(), nil
}

func dictViewMethod(kind dictIterKind, qual string) func(*Thread, Object, []Object, *Tuple) (Object, error) {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkNoArguments(qual, args, kwnames); err != nil {
			return nil, err
		}
		return &DictView{d: self.(*Dict), kind: kind}, nil
	}
}

func dictReversed(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArguments("dict.__reversed__", args, kwnames); err != nil {
		return nil, err
	}
	return newDictIterator(self.(*Dict), iterKeys, true), nil
}

func dictContainsMethod(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArgument("dict.__contains__", args, kwnames); err != nil {
		return nil, err
	}
	in, err := self.(*Dict).Contains(ts, args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(in), nil
}

// dictFromKeys is the class method dict.fromkeys(iterable, value=None): self is the class.
func dictFromKeys(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkMethodArgs("fromkeys", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	value := None
	if len(args) == 2 {
		value = args[1]
	}
	cls, _ := self.(*Type)
	var target Object
	if cls == nil || cls == DictType {
		target = NewDict()
	} else {
		var err error
		if target, err = Call(ts, cls, nil, nil); err != nil {
			return nil, err
		}
	}
	return target, forEach(ts, args[0], func(k Object) error {
		if d, ok := target.(*Dict); ok && d.ext == nil {
			return d.SetItem(ts, k, value)
		}
		return SetItem(ts, target, k, value)
	})
}

// dictMethods are dict's methods; fromkeys is a class method.
var dictMethods = []containerMethod{
	{"get", dictGet, "Return the value for key if key is in the dictionary, else default."},
	{"setdefault", dictSetDefault, "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default."},
	{"pop", dictPop, "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError."},
	{"popitem", dictPopItem, "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."},
	{"update", dictUpdate, "D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."},
	{"clear", dictClear, "D.clear() -> None.  Remove all items from D."},
	{"copy", dictCopy, "D.copy() -> a shallow copy of D"},
	{"keys", dictViewMethod(iterKeys, "dict.keys"), "D.keys() -> a set-like object providing a view on D's keys"},
	{"values", dictViewMethod(iterValues, "dict.values"), "D.values() -> an object providing a view on D's values"},
	{"items", dictViewMethod(iterItems, "dict.items"), "D.items() -> a set-like object providing a view on D's items"},
	{"__reversed__", dictReversed, "Return a reverse iterator over the dict keys."},
	{"__contains__", dictContainsMethod, "True if the dictionary has the specified key, else False."},
}

// dictClassMethods are dict's class methods.
var dictClassMethods = []containerMethod{
	{"fromkeys", dictFromKeys, "Create a new dictionary with keys from iterable and values set to value."},
}
