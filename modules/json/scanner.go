package json

import (
	"strconv"

	"github.com/taipanpy/taipan/objects"
)

// ScannerType is _json.Scanner, exported by the module as make_scanner: json.scanner's
// scanner, built from a JSONDecoder and called as scanner(string, idx).
var ScannerType = &objects.Type{Name: "_json.Scanner", Flags: objects.TypeFinal, Doc: "JSON scanner object"}

// scanner is a _json.Scanner: the decoder settings it read from its context.
type scanner struct {
	strict                                                           bool
	objectHook, objectPairsHook, parseFloat, parseInt, parseConstant objects.Object
}

// Type returns ScannerType.
func (*scanner) Type() *objects.Type { return ScannerType }

var (
	makeScannerArgs = objects.ArgParser{FuncName: "make_scanner", Params: []string{"context"}, MinPos: 1, MaxPos: 1}
	scanOnceArgs    = objects.ArgParser{FuncName: "scan_once", Params: []string{"string", "idx"}, MinPos: 2, MaxPos: 2}
)

func init() {
	t := ScannerType
	t.Slots.New = newScanner
	t.Slots.Call = callScanner
	member := func(name string, get func(*scanner) objects.Object) objects.GetSetDef {
		return objects.GetSetDef{Name: name, Doc: name, Set: readonly, Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return get(o.(*scanner)), nil
		}}
	}
	t.GetSets = []objects.GetSetDef{
		member("strict", func(s *scanner) objects.Object { return objects.NewBool(s.strict) }),
		member("object_hook", func(s *scanner) objects.Object { return s.objectHook }),
		member("object_pairs_hook", func(s *scanner) objects.Object { return s.objectPairsHook }),
		member("parse_float", func(s *scanner) objects.Object { return s.parseFloat }),
		member("parse_int", func(s *scanner) objects.Object { return s.parseInt }),
		member("parse_constant", func(s *scanner) objects.Object { return s.parseConstant }),
	}
	t.GetSets[2].Doc = "" // CPython gives object_pairs_hook no doc
	objects.ReadyType(t)
}

// newScanner is make_scanner(context): it reads the context's settings once, as CPython's
// does, so later changes to the decoder do not reach the scanner.
func newScanner(ts *objects.Thread, _ *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [1]objects.Object
	if err := makeScannerArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	ctx := a[0]
	get := func(name string) (objects.Object, error) { return objects.GetAttr(ts, ctx, objects.NewStr(name)) }
	s := &scanner{}
	strict, err := get("strict")
	if err != nil {
		return nil, err
	}
	if s.strict, err = objects.IsTrue(ts, strict); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		to   *objects.Object
	}{{"object_hook", &s.objectHook}, {"object_pairs_hook", &s.objectPairsHook}, {"parse_float", &s.parseFloat},
		{"parse_int", &s.parseInt}, {"parse_constant", &s.parseConstant}} {
		if *f.to, err = get(f.name); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// ssizeArg converts an argument as the "n" format does.
func ssizeArg(ts *objects.Thread, o objects.Object) (int, error) {
	i, err := objects.Index(ts, o)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok || int64(int(n)) != n {
		return 0, objects.Errorf(objects.OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// callScanner is scanner(string, idx): the value at idx and the index after it, or
// StopIteration(idx) when no value starts there.
func callScanner(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	sc := o.(*scanner)
	var a [2]objects.Object
	if err := scanOnceArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	idx, err := ssizeArg(ts, a[1])
	if err != nil {
		return nil, err
	}
	s, ok := a[0].(*objects.Str)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "first argument must be a string, not %.80s", a[0].Type().Name)
	}
	if idx < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "idx cannot be negative")
	}
	if idx >= s.Len() {
		return nil, stopIteration(idx)
	}
	run := &scan{scanner: sc, text: newText(s)}
	v, end, err := run.value(ts, run.byteOffset(idx))
	if err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{v, objects.NewInt(int64(run.cp(end)))}), nil
}

// scan is one call of a scanner on one str. memo makes the equal keys of a document's
// objects one str, as CPython's memo dict does.
type scan struct {
	*scanner
	*text
	memo map[string]*objects.Str
}

// isSpace reports JSON's whitespace.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipSpace returns the offset of the first non-whitespace byte at or after b.
func (r *scan) skipSpace(b int) int {
	for b < len(r.v) && isSpace(r.v[b]) {
		b++
	}
	return b
}

// value decodes the JSON value at byte b and returns it with the offset after it.
func (r *scan) value(ts *objects.Thread, b int) (objects.Object, int, error) {
	v := r.v
	if b >= len(v) {
		return nil, 0, stopIteration(r.cp(b))
	}
	switch v[b] {
	case '"':
		s, end, err := r.scanString(ts, b+1, r.strict)
		return s, end, err
	case '{':
		if err := ts.EnterRecursive(" while decoding a JSON object from a unicode string"); err != nil {
			return nil, 0, err
		}
		o, end, err := r.object(ts, b+1)
		ts.LeaveRecursive()
		return o, end, err
	case '[':
		if err := ts.EnterRecursive(" while decoding a JSON array from a unicode string"); err != nil {
			return nil, 0, err
		}
		o, end, err := r.array(ts, b+1)
		ts.LeaveRecursive()
		return o, end, err
	case 'n':
		if hasWord(v, b, "null") {
			return objects.None, b + 4, nil
		}
	case 't':
		if hasWord(v, b, "true") {
			return objects.True, b + 4, nil
		}
	case 'f':
		if hasWord(v, b, "false") {
			return objects.False, b + 5, nil
		}
	case 'N':
		if hasWord(v, b, "NaN") {
			return r.constant(ts, "NaN", b)
		}
	case 'I':
		if hasWord(v, b, "Infinity") {
			return r.constant(ts, "Infinity", b)
		}
	case '-':
		if hasWord(v, b, "-Infinity") {
			return r.constant(ts, "-Infinity", b)
		}
	}
	return r.number(ts, b)
}

// hasWord reports whether v has word at b.
func hasWord(v string, b int, word string) bool {
	return len(v)-b >= len(word) && v[b:b+len(word)] == word
}

// constant is parse_constant(name) for NaN, Infinity and -Infinity.
func (r *scan) constant(ts *objects.Thread, name string, b int) (objects.Object, int, error) {
	o, err := objects.Call(ts, r.parseConstant, []objects.Object{objects.NewStr(name)}, nil)
	if err != nil {
		return nil, 0, err
	}
	return o, b + len(name), nil
}

// object decodes an object whose members start at b, after the brace.
func (r *scan) object(ts *objects.Thread, b int) (objects.Object, int, error) {
	v := r.v
	pairsHook := r.objectPairsHook != objects.None
	var pairs []objects.Object
	var dict *objects.Dict
	if !pairsHook {
		dict = objects.NewDict()
	}
	b = r.skipSpace(b)
	if b >= len(v) || v[b] != '}' {
		for {
			if b >= len(v) || v[b] != '"' {
				return nil, 0, r.fail(ts, "Expecting property name enclosed in double quotes", b)
			}
			key, end, err := r.scanString(ts, b+1, r.strict)
			if err != nil {
				return nil, 0, err
			}
			key = r.memoize(key)
			b = r.skipSpace(end)
			if b >= len(v) || v[b] != ':' {
				return nil, 0, r.fail(ts, "Expecting ':' delimiter", b)
			}
			b = r.skipSpace(b + 1)
			val, end, err := r.value(ts, b)
			if err != nil {
				return nil, 0, err
			}
			if pairsHook {
				pairs = append(pairs, objects.NewTuple([]objects.Object{key, val}))
			} else if err := dict.SetItem(ts, key, val); err != nil {
				return nil, 0, err
			}
			b = r.skipSpace(end)
			if b < len(v) && v[b] == '}' {
				break
			}
			if b >= len(v) || v[b] != ',' {
				return nil, 0, r.fail(ts, "Expecting ',' delimiter", b)
			}
			comma := b
			b = r.skipSpace(b + 1)
			if b < len(v) && v[b] == '}' {
				return nil, 0, r.fail(ts, "Illegal trailing comma before end of object", comma)
			}
		}
	}
	end := b + 1
	if pairsHook {
		o, err := objects.Call(ts, r.objectPairsHook, []objects.Object{objects.NewList(pairs)}, nil)
		return o, end, err
	}
	if r.objectHook != objects.None {
		o, err := objects.Call(ts, r.objectHook, []objects.Object{dict}, nil)
		return o, end, err
	}
	return dict, end, nil
}

// memoize returns the first key equal to key the document had.
func (r *scan) memoize(key *objects.Str) *objects.Str {
	if r.memo == nil {
		r.memo = make(map[string]*objects.Str)
	}
	if k, ok := r.memo[key.Value()]; ok {
		return k
	}
	r.memo[key.Value()] = key
	return key
}

// array decodes an array whose items start at b, after the bracket.
func (r *scan) array(ts *objects.Thread, b int) (objects.Object, int, error) {
	v := r.v
	var items []objects.Object
	b = r.skipSpace(b)
	if b >= len(v) || v[b] != ']' {
		for {
			val, end, err := r.value(ts, b)
			if err != nil {
				return nil, 0, err
			}
			items = append(items, val)
			b = r.skipSpace(end)
			if b < len(v) && v[b] == ']' {
				break
			}
			if b >= len(v) || v[b] != ',' {
				return nil, 0, r.fail(ts, "Expecting ',' delimiter", b)
			}
			comma := b
			b = r.skipSpace(b + 1)
			if b < len(v) && v[b] == ']' {
				return nil, 0, r.fail(ts, "Illegal trailing comma before end of array", comma)
			}
		}
	}
	return objects.NewList(items), b + 1, nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// number decodes the number at b, or raises StopIteration(b) when there is none. Its
// look-ahead checks ask, as CPython's do, for a character after the '.' or 'e' they test.
func (r *scan) number(ts *objects.Thread, start int) (objects.Object, int, error) {
	v := r.v
	n := len(v)
	b := start
	if v[b] == '-' {
		b++
		if b >= n {
			return nil, 0, stopIteration(r.cp(start))
		}
	}
	switch {
	case '1' <= v[b] && v[b] <= '9':
		b++
		for b < n && isDigit(v[b]) {
			b++
		}
	case v[b] == '0':
		b++
	default:
		return nil, 0, stopIteration(r.cp(start))
	}
	isFloat := false
	if b < n-1 && v[b] == '.' && isDigit(v[b+1]) {
		isFloat = true
		b += 2
		for b < n && isDigit(v[b]) {
			b++
		}
	}
	if b < n-1 && (v[b] == 'e' || v[b] == 'E') {
		e := b
		b++
		if b < n-1 && (v[b] == '-' || v[b] == '+') {
			b++
		}
		for b < n && isDigit(v[b]) {
			b++
		}
		if isDigit(v[b-1]) {
			isFloat = true
		} else {
			b = e
		}
	}
	num := v[start:b]
	if isFloat {
		if r.parseFloat != objects.FloatType {
			o, err := objects.Call(ts, r.parseFloat, []objects.Object{objects.NewStr(num)}, nil)
			return o, b, err
		}
		f, err := objects.ParseFloat(num)
		if err != nil {
			return nil, 0, err
		}
		return objects.NewFloat(f), b, nil
	}
	if r.parseInt != objects.IntType {
		o, err := objects.Call(ts, r.parseInt, []objects.Object{objects.NewStr(num)}, nil)
		return o, b, err
	}
	if len(num) <= 18 {
		if i, err := strconv.ParseInt(num, 10, 64); err == nil {
			return objects.NewInt(i), b, nil
		}
	}
	i, err := objects.ParseInt(num, 10)
	if err != nil {
		return nil, 0, err
	}
	return i, b, nil
}
