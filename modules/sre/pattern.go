package sre

import (
	"fmt"
	"math"
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// Pattern is a compiled regular expression, re.Pattern.
type Pattern struct {
	code    []uint32
	pattern objects.Object
	flags   int
	groups  int
	// groupindex maps group names to numbers and indexgroup numbers to names; both are nil
	// when the pattern names no group.
	groupindex *objects.Dict
	indexgroup *objects.Tuple
	// isBytes is 1 for a bytes pattern, 0 for a str one, -1 when the pattern is None (then
	// it matches either).
	isBytes int
}

// PatternType is re.Pattern.
var PatternType = objects.ReadyType(&objects.Type{Name: "re.Pattern", Flags: objects.TypeFinal | objects.TypeWeakrefable,
	Attrs: []objects.TypeAttr{{Name: "__module__", Value: objects.NewStr("re")}},
	Doc:   "Compiled regular expression object.",
	Slots: objects.Slots{
		Repr:        patternRepr,
		Hash:        patternHash,
		RichCompare: patternCompare,
	},
	Methods: []objects.MethodDef{
		{Name: "match", Flags: objects.MethFastcall | objects.MethKeywords, Func: patternMatchMethod("match", modeMatch),
			Doc: "Matches zero or more characters at the beginning of the string."},
		{Name: "fullmatch", Flags: objects.MethFastcall | objects.MethKeywords, Func: patternMatchMethod("fullmatch", modeFullmatch),
			Doc: "Matches against all of the string."},
		{Name: "search", Flags: objects.MethFastcall | objects.MethKeywords, Func: patternMatchMethod("search", modeSearch),
			Doc: "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."},
		{Name: "sub", Flags: objects.MethFastcall | objects.MethKeywords, Func: patternSub("sub", false),
			Doc: "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."},
		{Name: "subn", Flags: objects.MethFastcall | objects.MethKeywords, Func: patternSub("subn", true),
			Doc: "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."},
		{Name: "findall", Flags: objects.MethFastcall | objects.MethKeywords, Func: patternFindall,
			Doc: "Return a list of all non-overlapping matches of pattern in string."},
		{Name: "split", Flags: objects.MethFastcall | objects.MethKeywords, Func: patternSplit,
			Doc: "Split string by the occurrences of pattern."},
		{Name: "finditer", Flags: objects.MethFastcall | objects.MethKeywords, Func: patternFinditer,
			Doc: "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."},
		{Name: "scanner", Flags: objects.MethFastcall | objects.MethKeywords, Func: patternScanner},
		{Name: "__copy__", Flags: objects.MethNoArgs, Func: returnSelf},
		{Name: "__deepcopy__", Flags: objects.MethO, Func: returnSelf},
		{Name: "__class_getitem__", Flags: objects.MethO | objects.MethClass, Func: classGetItem, Doc: "See PEP 585"},
	},
	GetSets: []objects.GetSetDef{
		{Name: "pattern", Set: readonly, Get: patternAttr(func(p *Pattern) objects.Object { return p.pattern }),
			Doc: "The pattern string from which the RE object was compiled."},
		{Name: "flags", Set: readonly, Get: patternAttr(func(p *Pattern) objects.Object { return objects.NewInt(int64(p.flags)) }),
			Doc: "The regex matching flags."},
		{Name: "groups", Set: readonly, Get: patternAttr(func(p *Pattern) objects.Object { return objects.NewInt(int64(p.groups)) }),
			Doc: "The number of capturing groups in the pattern."},
		{Name: "groupindex", Get: patternAttr(func(p *Pattern) objects.Object {
			if p.groupindex == nil {
				return objects.NewDict()
			}
			return &objects.MappingProxy{Mapping: p.groupindex}
		}), Doc: "A dictionary mapping group names to group numbers."},
	},
})

// Type returns PatternType.
func (*Pattern) Type() *objects.Type { return PatternType }

func returnSelf(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	return self, nil
}

func classGetItem(ts *objects.Thread, cls objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	g, err := objects.NewGenericAlias(ts, cls, args[0])
	if err != nil {
		return nil, err
	}
	return g, nil
}

func patternAttr(get func(*Pattern) objects.Object) func(*objects.Thread, objects.Object) (objects.Object, error) {
	return func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
		return get(o.(*Pattern)), nil
	}
}

// asPattern checks the self of a method called through the class.
func asPattern(o objects.Object) (*Pattern, error) {
	if p, ok := o.(*Pattern); ok {
		return p, nil
	}
	return nil, objects.Errorf(objects.TypeErrorType, "descriptor requires a 're.Pattern' object but received '%s'", o.Type().Name)
}

// ssize converts an integer argument to a Go int, as Py_ssize_t arguments are converted.
func ssize(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(v), nil
}

// optSsize is ssize for an optional argument, def when it was not given.
func optSsize(ts *objects.Thread, o objects.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return ssize(ts, o)
}

// stateFor reads the subject and prepares a state over it, checking that its kind (str or
// bytes) is the pattern's.
func (p *Pattern) stateFor(ts *objects.Thread, string objects.Object, pos, endpos int) (matcher, *subject, error) {
	subj, err := getSubject(string)
	if err != nil {
		return nil, nil, err
	}
	if subj.isBytes && p.isBytes == 0 {
		return nil, nil, objects.Errorf(objects.TypeErrorType, "cannot use a string pattern on a bytes-like object")
	}
	if !subj.isBytes && p.isBytes > 0 {
		return nil, nil, objects.Errorf(objects.TypeErrorType, "cannot use a bytes pattern on a string-like object")
	}
	return newMatcher(ts, p, subj, pos, endpos), subj, nil
}

// posArgs parses (string, pos=0, endpos=sys.maxsize).
func posArgs(ts *objects.Thread, parser *objects.ArgParser, args []objects.Object, kwnames *objects.Tuple) (objects.Object, int, int, error) {
	var a [3]objects.Object
	if err := parser.Parse(args, kwnames, a[:]); err != nil {
		return nil, 0, 0, err
	}
	pos, err := optSsize(ts, a[1], 0)
	if err != nil {
		return nil, 0, 0, err
	}
	endpos, err := optSsize(ts, a[2], math.MaxInt)
	if err != nil {
		return nil, 0, 0, err
	}
	return a[0], pos, endpos, nil
}

const (
	modeMatch = iota
	modeFullmatch
	modeSearch
)

func posParser(name string) *objects.ArgParser {
	return &objects.ArgParser{FuncName: name, Params: []string{"string", "pos", "endpos"}, MinPos: 1, MaxPos: 3}
}

// patternMatchMethod makes match, fullmatch and search.
func patternMatchMethod(name string, mode int) objects.MethodFunc {
	parser := posParser(name)
	return func(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
		p, err := asPattern(self)
		if err != nil {
			return nil, err
		}
		string, pos, endpos, err := posArgs(ts, parser, args, kwnames)
		if err != nil {
			return nil, err
		}
		m, subj, err := p.stateFor(ts, string, pos, endpos)
		if err != nil {
			return nil, err
		}
		defer m.state().release()
		var ok bool
		switch mode {
		case modeMatch:
			ok, err = m.match()
		case modeFullmatch:
			m.state().matchAll = true
			ok, err = m.match()
		default:
			ok, err = m.search()
		}
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			return objects.None, nil
		}
		return newMatch(p, subj, m.state())
	}
}

var findallArgs = posParser("findall")

// patternFindall is Pattern.findall: the matched text, the one group, or a tuple of all the
// groups of each match.
func patternFindall(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	p, err := asPattern(self)
	if err != nil {
		return nil, err
	}
	string, pos, endpos, err := posArgs(ts, findallArgs, args, kwnames)
	if err != nil {
		return nil, err
	}
	m, subj, err := p.stateFor(ts, string, pos, endpos)
	if err != nil {
		return nil, err
	}
	st := m.state()
	defer st.release()
	var out []objects.Object
	for st.start <= st.end {
		st.reset()
		ok, err := m.search()
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			break
		}
		if err := st.checkSpans(p.groups); err != nil {
			return nil, err
		}
		switch p.groups {
		case 0:
			out = append(out, subj.slice(st.start, st.ptr))
		case 1:
			out = append(out, groupOrEmpty(st, subj, 1))
		default:
			items := make([]objects.Object, p.groups)
			for g := range items {
				items[g] = groupOrEmpty(st, subj, g+1)
			}
			out = append(out, objects.NewTuple(items))
		}
		st.mustAdvance = st.ptr == st.start
		st.start = st.ptr
	}
	return objects.NewList(out), nil
}

// groupOrEmpty is the text of group g, empty when it did not take part.
func groupOrEmpty(st *core, subj *subject, g int) objects.Object {
	i, j, ok := st.groupSpan(g)
	if !ok {
		return subj.slice(0, 0)
	}
	return subj.slice(i, j)
}

var splitArgs = objects.ArgParser{FuncName: "split", Params: []string{"string", "maxsplit"}, MinPos: 1, MaxPos: 2}

// patternSplit is Pattern.split.
func patternSplit(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	p, err := asPattern(self)
	if err != nil {
		return nil, err
	}
	var a [2]objects.Object
	if err := splitArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	maxsplit, err := optSsize(ts, a[1], 0)
	if err != nil {
		return nil, err
	}
	m, subj, err := p.stateFor(ts, a[0], 0, math.MaxInt)
	if err != nil {
		return nil, err
	}
	st := m.state()
	defer st.release()
	var out []objects.Object
	last := st.start
	for n := 0; maxsplit == 0 || n < maxsplit; n++ {
		st.reset()
		ok, err := m.search()
		if err != nil {
			return nil, engineError(err)
		}
		if !ok {
			break
		}
		if err := st.checkSpans(p.groups); err != nil {
			return nil, err
		}
		out = append(out, subj.slice(last, st.start))
		for g := 1; g <= p.groups; g++ {
			if i, j, ok := st.groupSpan(g); ok {
				out = append(out, subj.slice(i, j))
			} else {
				out = append(out, objects.None)
			}
		}
		st.mustAdvance = st.ptr == st.start
		last, st.start = st.ptr, st.ptr
	}
	out = append(out, subj.slice(last, st.endpos))
	return objects.NewList(out), nil
}

var scannerArgs = posParser("scanner")
var finditerArgs = posParser("finditer")

func patternScanner(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	return newScanner(ts, self, scannerArgs, args, kwnames)
}

// patternFinditer is Pattern.finditer: iter(scanner.search, None), as CPython makes it.
func patternFinditer(ts *objects.Thread, self objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	sc, err := newScanner(ts, self, finditerArgs, args, kwnames)
	if err != nil {
		return nil, err
	}
	search, err := objects.GetAttr(ts, sc, objects.NewStr("search"))
	if err != nil {
		return nil, err
	}
	return objects.NewCallableIterator(search, objects.None), nil
}

// flagNames are the flags the repr names, in its order.
var flagNames = []struct {
	name string
	flag int
}{
	{"re.IGNORECASE", flagIgnoreCase},
	{"re.LOCALE", flagLocale},
	{"re.MULTILINE", flagMultiline},
	{"re.DOTALL", flagDotAll},
	{"re.UNICODE", flagUnicode},
	{"re.VERBOSE", flagVerbose},
	{"re.DEBUG", flagDebug},
	{"re.ASCII", flagASCII},
}

// patternRepr is "re.compile(pattern, flags)", the pattern's repr cut to 200 characters.
func patternRepr(ts *objects.Thread, o objects.Object) (*objects.Str, error) {
	p := o.(*Pattern)
	flags := p.flags
	// re.UNICODE is the default for str patterns.
	if p.isBytes == 0 && flags&(flagLocale|flagUnicode|flagASCII) == flagUnicode {
		flags &^= flagUnicode
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.flag != 0 {
			names = append(names, f.name)
			flags &^= f.flag
		}
	}
	if flags != 0 {
		names = append(names, fmt.Sprintf("0x%x", uint32(flags)))
	}
	r, err := objects.Repr(ts, p.pattern)
	if err != nil {
		return nil, err
	}
	pat := r.Value()
	if rs := []rune(pat); len(rs) > 200 {
		pat = string(rs[:200])
	}
	if len(names) > 0 {
		return objects.NewStr("re.compile(" + pat + ", " + strings.Join(names, "|") + ")"), nil
	}
	return objects.NewStr("re.compile(" + pat + ")"), nil
}

// patternHash combines the hashes of the pattern and the code, as equal patterns must hash
// alike.
func patternHash(ts *objects.Thread, o objects.Object) (int64, error) {
	p := o.(*Pattern)
	h, err := objects.Hash(ts, p.pattern)
	if err != nil {
		return 0, err
	}
	// FNV-1a over the code words.
	var c uint64 = 14695981039346656037
	for _, w := range p.code {
		c = (c ^ uint64(w)) * 1099511628211
	}
	h ^= int64(c) ^ int64(p.flags) ^ int64(p.isBytes) ^ int64(len(p.code))
	if h == -1 {
		h = -2
	}
	return h, nil
}

// patternCompare makes patterns equal when their flags, code and pattern are.
func patternCompare(ts *objects.Thread, a, b objects.Object, op objects.CompareOp) (objects.Object, error) {
	if op != objects.CmpEQ && op != objects.CmpNE {
		return objects.NotImplemented, nil
	}
	l, ok1 := a.(*Pattern)
	r, ok2 := b.(*Pattern)
	if !ok1 || !ok2 {
		return objects.NotImplemented, nil
	}
	eq := l == r
	if !eq && l.flags == r.flags && l.isBytes == r.isBytes && len(l.code) == len(r.code) {
		eq = true
		for i := range l.code {
			if l.code[i] != r.code[i] {
				eq = false
				break
			}
		}
		if eq {
			var err error
			if eq, err = objects.Equal(ts, l.pattern, r.pattern); err != nil {
				return nil, err
			}
		}
	}
	return objects.NewBool(eq == (op == objects.CmpEQ)), nil
}

// readonly is the setter of the attributes CPython declares as read-only members.
func readonly(*objects.Thread, objects.Object, objects.Object) error {
	return objects.Errorf(objects.AttributeErrorType, "readonly attribute")
}
