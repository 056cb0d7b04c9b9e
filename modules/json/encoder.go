package json

import (
	"math"
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
	"github.com/taipanpy/taipan/objects"
)

// EncoderType is _json.Encoder, exported by the module as make_encoder: json.encoder's
// one-shot encoder, called as encoder(obj, _current_indent_level).
var EncoderType = &objects.Type{Name: "_json.Encoder", Flags: objects.TypeFinal,
	Doc: "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)"}

// stringEncoding tells which of the module's own functions an encoder's string encoder
// is, so that strings are written without a call.
type stringEncoding int

const (
	callEncoder stringEncoding = iota
	asciiEncoding
	textEncoding
)

// encoder is a _json.Encoder.
type encoder struct {
	markers                       *objects.Dict // nil when markers is None
	markersObj, defaultFn, strEnc objects.Object
	indent, keySepObj, itemSepObj objects.Object
	keySep, itemSep               string
	sortKeys, skipKeys, allowNaN  bool
	fast                          stringEncoding
}

// Type returns EncoderType.
func (*encoder) Type() *objects.Type { return EncoderType }

var (
	encoderParams   = []string{"markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}
	makeEncoderArgs = objects.ArgParser{FuncName: "make_encoder", Params: encoderParams, MinPos: 9, MaxPos: 9}
	iterencodeArgs  = objects.ArgParser{FuncName: "_iterencode", Params: []string{"obj", "_current_indent_level"}, MinPos: 2, MaxPos: 2}
)

func init() {
	t := EncoderType
	t.Slots.New = newEncoder
	t.Slots.Call = callEncoderObj
	member := func(name string, get func(*encoder) objects.Object) objects.GetSetDef {
		return objects.GetSetDef{Name: name, Doc: name, Set: readonly, Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return get(o.(*encoder)), nil
		}}
	}
	t.GetSets = []objects.GetSetDef{
		member("markers", func(e *encoder) objects.Object { return e.markersObj }),
		member("default", func(e *encoder) objects.Object { return e.defaultFn }),
		member("encoder", func(e *encoder) objects.Object { return e.strEnc }),
		member("indent", func(e *encoder) objects.Object { return e.indent }),
		member("key_separator", func(e *encoder) objects.Object { return e.keySepObj }),
		member("item_separator", func(e *encoder) objects.Object { return e.itemSepObj }),
		member("sort_keys", func(e *encoder) objects.Object { return objects.NewBool(e.sortKeys) }),
		member("skipkeys", func(e *encoder) objects.Object { return objects.NewBool(e.skipKeys) }),
	}
	objects.ReadyType(t)
}

// newEncoder is make_encoder(markers, default, encoder, indent, key_separator,
// item_separator, sort_keys, skipkeys, allow_nan). Its arguments are converted in order,
// as PyArg_ParseTupleAndKeywords does, so the first bad one is the one reported.
func newEncoder(ts *objects.Thread, _ *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [9]objects.Object
	if err := makeEncoderArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	e := &encoder{markersObj: a[0], defaultFn: a[1], strEnc: a[2], indent: a[3], keySepObj: a[4], itemSepObj: a[5]}
	for i, to := range []*string{&e.keySep, &e.itemSep} {
		s, ok := a[4+i].(*objects.Str)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "make_encoder() argument %d must be str, not %.50s", 5+i, a[4+i].Type().Name)
		}
		*to = s.Value()
	}
	for i, to := range []*bool{&e.sortKeys, &e.skipKeys, &e.allowNaN} {
		b, err := objects.IsTrue(ts, a[6+i])
		if err != nil {
			return nil, err
		}
		*to = b
	}
	if a[0] != objects.None {
		d, ok := a[0].(*objects.Dict)
		if !ok {
			return nil, objects.Errorf(objects.TypeErrorType, "make_encoder() argument 1 must be dict or None, not %.200s", a[0].Type().Name)
		}
		e.markers = d
	}
	if f, ok := a[2].(*objects.BuiltinFunction); ok {
		switch f.Def {
		case &encodeBasestringASCIIDef:
			e.fast = asciiEncoding
		case &encodeBasestringDef:
			e.fast = textEncoding
		}
	}
	return e, nil
}

// callEncoderObj is encoder(obj, _current_indent_level): obj's JSON text, as a one-item
// tuple of str as CPython's returns it.
func callEncoderObj(ts *objects.Thread, o objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	e := o.(*encoder)
	var a [2]objects.Object
	if err := iterencodeArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	level, err := ssizeArg(ts, a[1])
	if err != nil {
		return nil, err
	}
	r := &encodeRun{encoder: e}
	if e.indent != objects.None {
		if err := r.startIndent(level); err != nil {
			return nil, err
		}
	}
	if err := r.value(ts, a[0], 0); err != nil {
		return nil, err
	}
	return objects.NewTuple([]objects.Object{objects.NewStr(r.w.String())}), nil
}

// encodeRun is one call of an encoder: the text written so far and, with an indent, the
// line breaks of each nesting depth the call has reached.
type encodeRun struct {
	*encoder
	w strings.Builder
	// newlines[d] is "\n" followed by the indent repeated for depth d (the call's indent
	// level plus d); separators[d] is the item separator followed by newlines[d].
	newlines, separators []string
	// indentErr is the error the first non-empty container raises when the indent is not
	// a str: CPython only finds out when it concatenates it.
	indentErr error
}

// startIndent makes the line break of the call's indent level.
func (r *encodeRun) startIndent(level int) error {
	ind, ok := r.indent.(*objects.Str)
	if !ok {
		// CPython repeats the indent level times, then appends it to a str.
		tn := r.indent.Type().Name
		if level != 0 {
			switch r.indent.(type) {
			case *objects.List, *objects.Tuple, *objects.Bytes, *objects.ByteArray:
			default:
				return objects.Errorf(objects.TypeErrorType, "'%s' object can't be repeated", tn)
			}
		}
		r.indentErr = objects.Errorf(objects.TypeErrorType, "can only concatenate str (not \"%s\") to str", tn)
		if level != 0 {
			return r.indentErr
		}
		r.newlines = []string{"\n"}
		return nil
	}
	nl := "\n"
	if level > 0 {
		nl += strings.Repeat(ind.Value(), level)
	}
	r.newlines = []string{nl}
	return nil
}

// open writes the line break after an opening bracket at depth d and returns the
// separator of the container's items.
func (r *encodeRun) open(d int) (string, error) {
	if r.indent == objects.None {
		return r.itemSep, nil
	}
	if r.indentErr != nil {
		return "", r.indentErr
	}
	for len(r.newlines) <= d+1 {
		nl := r.newlines[len(r.newlines)-1] + r.indent.(*objects.Str).Value()
		r.newlines = append(r.newlines, nl)
		r.separators = append(r.separators, r.itemSep+nl)
	}
	r.w.WriteString(r.newlines[d+1])
	return r.separators[d], nil
}

// close writes the line break before a closing bracket at depth d.
func (r *encodeRun) close(d int) {
	if r.indent != objects.None {
		r.w.WriteString(r.newlines[d])
	}
}

// value writes the JSON text of o at depth d.
func (r *encodeRun) value(ts *objects.Thread, o objects.Object, d int) error {
	switch v := o.(type) {
	case *objects.Str:
		return r.str(ts, v)
	case *objects.Int:
		s, err := v.Decimal()
		if err != nil {
			return err
		}
		r.w.WriteString(s)
		return nil
	case *objects.Float:
		s, err := r.float(ts, v)
		if err != nil {
			return err
		}
		r.w.WriteString(s)
		return nil
	case *objects.List, *objects.Tuple:
		if err := ts.EnterRecursive(" while encoding a JSON object"); err != nil {
			return err
		}
		err := r.list(ts, o, d)
		ts.LeaveRecursive()
		return err
	case *objects.Dict:
		if err := ts.EnterRecursive(" while encoding a JSON object"); err != nil {
			return err
		}
		err := r.dict(ts, v, d)
		ts.LeaveRecursive()
		return err
	}
	switch o {
	case objects.None:
		r.w.WriteString("null")
		return nil
	case objects.True:
		r.w.WriteString("true")
		return nil
	case objects.False:
		r.w.WriteString("false")
		return nil
	}
	return r.other(ts, o, d)
}

// other writes an object JSON has no form for: what default(o) returns instead.
func (r *encodeRun) other(ts *objects.Thread, o objects.Object, d int) error {
	ident, err := r.mark(ts, o)
	if err != nil {
		return err
	}
	repl, err := objects.Call(ts, r.defaultFn, []objects.Object{o}, nil)
	if err != nil {
		return err
	}
	if err := ts.EnterRecursive(" while encoding a JSON object"); err != nil {
		return err
	}
	err = r.value(ts, repl, d)
	ts.LeaveRecursive()
	if err != nil {
		return err
	}
	return r.unmark(ts, ident)
}

// mark records that o is being encoded, keyed by its id in the markers dict as CPython
// does, and fails if it already is. It returns the key, nil without markers.
func (r *encodeRun) mark(ts *objects.Thread, o objects.Object) (objects.Object, error) {
	if r.markers == nil {
		return nil, nil
	}
	ident := objects.NewInt(int64(objects.ID(o)))
	found, err := r.markers.Contains(ts, ident)
	if err != nil {
		return nil, err
	}
	if found {
		return nil, objects.Errorf(objects.ValueErrorType, "Circular reference detected")
	}
	if err := r.markers.SetItem(ts, ident, o); err != nil {
		return nil, err
	}
	return ident, nil
}

// unmark ends what mark began.
func (r *encodeRun) unmark(ts *objects.Thread, ident objects.Object) error {
	if ident == nil {
		return nil
	}
	found, err := r.markers.DelItem(ts, ident)
	if err != nil {
		return err
	}
	if !found {
		return objects.NewException(objects.KeyErrorType, ident)
	}
	return nil
}

// str writes a str through the encoder's string encoder.
func (r *encodeRun) str(ts *objects.Thread, s *objects.Str) error {
	switch r.fast {
	case asciiEncoding:
		writeASCIIString(&r.w, s.Value())
		return nil
	case textEncoding:
		writeString(&r.w, s.Value())
		return nil
	}
	enc, err := objects.Call(ts, r.strEnc, []objects.Object{s}, nil)
	if err != nil {
		return err
	}
	es, ok := enc.(*objects.Str)
	if !ok {
		return objects.Errorf(objects.TypeErrorType, "encoder() must return a string, not %.80s", enc.Type().Name)
	}
	r.w.WriteString(es.Value())
	return nil
}

// float returns the JSON text of a float: float.__repr__ whatever its class, or the
// names JSON's extension gives infinities and NaN.
func (r *encodeRun) float(ts *objects.Thread, f *objects.Float) (string, error) {
	x := f.Value()
	if !math.IsInf(x, 0) && !math.IsNaN(x) {
		return pyfmt.FloatRepr(x), nil
	}
	if !r.allowNaN {
		rep, err := objects.Repr(ts, f)
		if err != nil {
			return "", err
		}
		return "", objects.Errorf(objects.ValueErrorType, "Out of range float values are not JSON compliant: %s", rep.Value())
	}
	switch {
	case x > 0:
		return "Infinity", nil
	case x < 0:
		return "-Infinity", nil
	}
	return "NaN", nil
}

// list writes a list or tuple at depth d.
func (r *encodeRun) list(ts *objects.Thread, seq objects.Object, d int) error {
	// An exact list is read as it is at each step, as CPython's is, since encoding an item
	// can change it; other sequences are read once.
	var items []objects.Object
	l, exactList := seq.(*objects.List)
	exactList = exactList && l.Type() == objects.ListType
	if t, ok := seq.(*objects.Tuple); ok && t.Type() == objects.TupleType {
		items = t.Items()
	} else if !exactList {
		var err error
		if items, err = objects.IterableItems(ts, seq); err != nil {
			return err
		}
	}
	n := func() int {
		if exactList {
			return l.Len()
		}
		return len(items)
	}
	if n() == 0 {
		r.w.WriteString("[]")
		return nil
	}
	ident, err := r.mark(ts, seq)
	if err != nil {
		return err
	}
	r.w.WriteByte('[')
	sep, err := r.open(d)
	if err != nil {
		return err
	}
	for i := 0; i < n(); i++ {
		if i > 0 {
			r.w.WriteString(sep)
		}
		var item objects.Object
		if exactList {
			item = l.Items()[i]
		} else {
			item = items[i]
		}
		if err := r.value(ts, item, d+1); err != nil {
			return err
		}
	}
	if err := r.unmark(ts, ident); err != nil {
		return err
	}
	r.close(d)
	r.w.WriteByte(']')
	return nil
}

// dict writes a dict at depth d: an exact dict's items in order unless they are sorted,
// other mappings' as their items() method gives them.
func (r *encodeRun) dict(ts *objects.Thread, dct *objects.Dict, d int) error {
	if dct.Len() == 0 {
		r.w.WriteString("{}")
		return nil
	}
	ident, err := r.mark(ts, dct)
	if err != nil {
		return err
	}
	r.w.WriteByte('{')
	sep, err := r.open(d)
	if err != nil {
		return err
	}
	first := true
	if r.sortKeys || dct.Type() != objects.DictType {
		items, err := r.sortedItems(ts, dct)
		if err != nil {
			return err
		}
		for _, it := range items {
			t, ok := it.(*objects.Tuple)
			if !ok || t.Len() != 2 {
				return objects.Errorf(objects.ValueErrorType, "items must return 2-tuples")
			}
			if err := r.member(ts, &first, t.Items()[0], t.Items()[1], sep, d); err != nil {
				return err
			}
		}
	} else {
		dct.Items(func(k, v objects.Object) bool {
			err = r.member(ts, &first, k, v, sep, d)
			return err == nil
		})
		if err != nil {
			return err
		}
	}
	if err := r.unmark(ts, ident); err != nil {
		return err
	}
	r.close(d)
	r.w.WriteByte('}')
	return nil
}

var itemsName = objects.NewStr("items")

// sortedItems returns the (key, value) pairs of a dict, sorted when sort_keys asks.
func (r *encodeRun) sortedItems(ts *objects.Thread, dct *objects.Dict) ([]objects.Object, error) {
	var items []objects.Object
	if dct.Type() == objects.DictType {
		items = make([]objects.Object, 0, dct.Len())
		dct.Items(func(k, v objects.Object) bool {
			items = append(items, objects.NewTuple([]objects.Object{k, v}))
			return true
		})
	} else {
		m, err := objects.GetAttr(ts, dct, itemsName)
		if err != nil {
			return nil, err
		}
		res, err := objects.Call(ts, m, nil, nil)
		if err != nil {
			return nil, err
		}
		if items, err = objects.IterableItems(ts, res); err != nil {
			return nil, err
		}
	}
	if !r.sortKeys {
		return items, nil
	}
	l := objects.NewList(items)
	if err := l.Sort(ts, nil, false); err != nil {
		return nil, err
	}
	return l.Items(), nil
}

// member writes one key and value of a dict at depth d, preceded by sep unless it is the
// first; a key JSON cannot have is skipped when skipkeys allows, else it is an error.
func (r *encodeRun) member(ts *objects.Thread, first *bool, key, value objects.Object, sep string, d int) error {
	var keyText string
	keyStr, isStr := key.(*objects.Str)
	switch k := key.(type) {
	case *objects.Str:
	case *objects.Float:
		s, err := r.float(ts, k)
		if err != nil {
			return err
		}
		keyText = s
	case *objects.Int:
		s, err := k.Decimal()
		if err != nil {
			return err
		}
		keyText = s
	default:
		switch key {
		case objects.True:
			keyText = "true"
		case objects.False:
			keyText = "false"
		case objects.None:
			keyText = "null"
		default:
			if r.skipKeys {
				return nil
			}
			return objects.Errorf(objects.TypeErrorType, "keys must be str, int, float, bool or None, not %.100s", key.Type().Name)
		}
	}
	if *first {
		*first = false
	} else {
		r.w.WriteString(sep)
	}
	switch {
	case isStr:
		if err := r.str(ts, keyStr); err != nil {
			return err
		}
	case r.fast != callEncoder:
		// The text of a number or constant needs no escaping.
		r.w.WriteByte('"')
		r.w.WriteString(keyText)
		r.w.WriteByte('"')
	default:
		if err := r.str(ts, objects.NewStr(keyText)); err != nil {
			return err
		}
	}
	r.w.WriteString(r.keySep)
	return r.value(ts, value, d+1)
}
