package objects

// Creating exceptions: BaseException.__new__ and __init__ and the classes' own, reached from
// Python through the New and Init slots and from Go through NewException.

// ExceptionNew is the New slot of the exception classes: it makes an instance of cls, a
// built-in exception class or a Python subclass of one, as the class's tp_new does.
func ExceptionNew(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
	pos, kw := splitKeywords(args, kwnames)
	return exceptionNew(ts, cls, pos, kw)
}

// ExceptionInit is the Init slot of the exception classes (their __init__).
func ExceptionInit(ts *Thread, o Object, args []Object, kwnames *Tuple) error {
	e, ok := o.(*BaseException)
	if !ok {
		return Errorf(TypeErrorType, "descriptor '__init__' requires a 'BaseException' object but received a '%s'", o.Type().Name)
	}
	pos, kw := splitKeywords(args, kwnames)
	return exceptionInit(ts, e, pos, kw)
}

// CallException calls the exception class cls with the given arguments, running its
// __new__ and then its __init__, as calling a built-in exception class from Python does.
func CallException(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (*BaseException, error) {
	pos, kw := splitKeywords(args, kwnames)
	return newException(ts, cls, pos, kw)
}

// newException runs the class's new and, when it returned an instance of cls, its init.
func newException(ts *Thread, cls *Type, args []Object, kw []kwArg) (*BaseException, error) {
	e, err := exceptionNew(ts, cls, args, kw)
	if err != nil {
		return nil, err
	}
	if !e.Type().IsSubtype(cls) {
		return e, nil
	}
	if err := exceptionInit(ts, e, args, kw); err != nil {
		return nil, err
	}
	return e, nil
}

func exceptionNew(ts *Thread, cls *Type, args []Object, kw []kwArg) (*BaseException, error) {
	s := excSpecs[builtinExceptionBase(cls)]
	if s != nil && s.new != nil {
		return s.new(ts, cls, args, kw)
	}
	return newBareException(cls, append([]Object(nil), args...)), nil
}

func exceptionInit(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
	if s := e.spec(); s.init != nil {
		return s.init(ts, e, args, kw)
	}
	return baseInit(e, args, kw)
}

// baseInit is BaseException.__init__: no keywords; args become the positional arguments.
func baseInit(e *BaseException, args []Object, kw []kwArg) error {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", e.Type().Name)
	}
	e.args = append([]Object(nil), args...)
	return nil
}

// keywordsOnly takes the keyword arguments a constructor accepts (ImportError's name and
// path, ...) into vals, in the order of names, with CPython's error for any other.
func keywordsOnly(fn string, kw []kwArg, names []string, vals []*Object) error {
	for _, a := range kw {
		found := false
		for i, n := range names {
			if a.name == n {
				*vals[i] = a.value
				found = true
			}
		}
		if !found {
			msg := fn + "() got an unexpected keyword argument '" + a.name + "'"
			if s := suggestName(a.name, names); s != "" {
				msg += ". Did you mean '" + s + "'?"
			}
			return NewException(TypeErrorType, NewStr(msg))
		}
	}
	return nil
}

// suggestName returns the candidate closest to name, when close enough to suggest, with
// the costs of CPython's suggestions (a case change costs half a substitution).
func suggestName(name string, candidates []string) string {
	best, bestCost := "", -1
	for _, c := range candidates {
		if c == name {
			continue
		}
		limit := (len(name) + len(c) + 3) * 2 / 6
		d := editCost(name, c, limit)
		if d > limit {
			continue
		}
		if bestCost < 0 || d < bestCost {
			best, bestCost = c, d
		}
	}
	return best
}

// editCost is the Levenshtein distance of a and b with insertions, deletions and
// substitutions costing 2, and substitutions that only change case costing 1; it may stop
// early once the cost exceeds limit.
func editCost(a, b string, limit int) int {
	const move = 2
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j * move
	}
	for i := 1; i <= len(a); i++ {
		prev := row[0]
		row[0] = i * move
		rowMin := row[0]
		for j := 1; j <= len(b); j++ {
			sub := prev + substCost(a[i-1], b[j-1])
			prev = row[j]
			v := min(sub, row[j]+move, row[j-1]+move)
			row[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
	}
	return row[len(b)]
}

func substCost(x, y byte) int {
	if x == y {
		return 0
	}
	lower := func(c byte) byte {
		if 'A' <= c && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	if lower(x) == lower(y) {
		return 1
	}
	return 2
}
