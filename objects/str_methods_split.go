package objects

import (
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The splitting and joining methods of str: split, rsplit, splitlines, partition, rpartition
// and join.

// splitWhitespace is split() without a separator: runs of whitespace separate the fields,
// leading and trailing whitespace give none, and once maxsplit fields are split off the
// rest (with its leading whitespace dropped) is the last.
func splitWhitespace(v string, maxsplit int) []string {
	var out []string
	i := 0
	for ; maxsplit != 0; maxsplit-- {
		for i < len(v) {
			r, w := decodeStrRune(v[i:])
			if !pyfmt.IsSpace(r) {
				break
			}
			i += w
		}
		if i == len(v) {
			break
		}
		j := i
		for i < len(v) {
			r, w := decodeStrRune(v[i:])
			if pyfmt.IsSpace(r) {
				break
			}
			i += w
		}
		out = append(out, v[j:i])
	}
	for i < len(v) {
		r, w := decodeStrRune(v[i:])
		if !pyfmt.IsSpace(r) {
			out = append(out, v[i:])
			break
		}
		i += w
	}
	return out
}

// lastRune decodes the code point that ends v.
func lastRune(v string) (rune, int) {
	for w := 1; w <= 4 && w <= len(v); w++ {
		if c := v[len(v)-w]; c < 0x80 || c >= 0xC0 {
			r, n := decodeStrRune(v[len(v)-w:])
			if n == w {
				return r, w
			}
			break
		}
	}
	return rune(v[len(v)-1]), 1
}

// rsplitWhitespace is rsplit() without a separator; the fields come back in order.
func rsplitWhitespace(v string, maxsplit int) []string {
	var rev []string
	i := len(v)
	for ; maxsplit != 0; maxsplit-- {
		for i > 0 {
			r, w := lastRune(v[:i])
			if !pyfmt.IsSpace(r) {
				break
			}
			i -= w
		}
		if i == 0 {
			break
		}
		j := i
		for i > 0 {
			r, w := lastRune(v[:i])
			if pyfmt.IsSpace(r) {
				break
			}
			i -= w
		}
		rev = append(rev, v[i:j])
	}
	for i > 0 {
		r, w := lastRune(v[:i])
		if !pyfmt.IsSpace(r) {
			rev = append(rev, v[:i])
			break
		}
		i -= w
	}
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return rev
}

// rsplitSep splits v on sep from the right, at most maxsplit times (all when negative).
func rsplitSep(v, sep string, maxsplit int) []string {
	var rev []string
	for ; maxsplit != 0; maxsplit-- {
		i := strings.LastIndex(v, sep)
		if i < 0 {
			break
		}
		rev = append(rev, v[i+len(sep):])
		v = v[:i]
	}
	rev = append(rev, v)
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return rev
}

// strList makes a list of strs from pieces of an ASCII or non-ASCII parent.
func strList(pieces []string, ascii bool) *List {
	items := make([]Object, len(pieces))
	for i, p := range pieces {
		if ascii {
			items[i] = newASCIIStr(p)
		} else {
			items[i] = NewStr(p)
		}
	}
	return &List{items: items}
}

func strSplitMethod(name string, right bool) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		a, err := parseKwArgs(name, args, kwnames, []string{"sep", "maxsplit"}, 0, 0)
		if err != nil {
			return nil, err
		}
		maxsplit := -1
		if a[1] != nil {
			if maxsplit, err = indexValue(ts, a[1]); err != nil {
				return nil, err
			}
		}
		s := self.(*Str)
		if a[0] == nil || a[0] == None {
			if right {
				return strList(rsplitWhitespace(s.value, maxsplit), s.IsASCII()), nil
			}
			return strList(splitWhitespace(s.value, maxsplit), s.IsASCII()), nil
		}
		sep, ok := a[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "must be str or None, not %s", a[0].Type().Name)
		}
		if len(sep.value) == 0 {
			return nil, Errorf(ValueErrorType, "empty separator")
		}
		if right {
			return strList(rsplitSep(s.value, sep.value, maxsplit), s.IsASCII()), nil
		}
		n := -1
		if maxsplit >= 0 && maxsplit < maxSsize {
			n = maxsplit + 1
		}
		return strList(strings.SplitN(s.value, sep.value, n), s.IsASCII()), nil
	}
}

// Splitlines returns the lines of s, split at every line boundary Python recognises
// (\n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029), keeping the ends when keepends.
func (s *Str) Splitlines(keepends bool) *List {
	v := s.value
	var out []string
	i := 0
	for i < len(v) {
		j := i
		eol := -1
		for j < len(v) {
			r, w := decodeStrRune(v[j:])
			if pyfmt.IsLineBreak(r) {
				eol = j + w
				if r == '\r' && eol < len(v) && v[eol] == '\n' {
					eol++
				}
				break
			}
			j += w
		}
		if eol < 0 {
			out = append(out, v[i:])
			break
		}
		if keepends {
			out = append(out, v[i:eol])
		} else {
			out = append(out, v[i:j])
		}
		i = eol
	}
	return strList(out, s.IsASCII())
}

func strSplitlines(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	a, err := parseKwArgs("splitlines", args, kwnames, []string{"keepends"}, 0, 0)
	if err != nil {
		return nil, err
	}
	keep := false
	if a[0] != nil {
		if keep, err = IsTrue(ts, a[0]); err != nil {
			return nil, err
		}
	}
	return self.(*Str).Splitlines(keep), nil
}

func strPartitionMethod(name string, right bool) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkOneArg(name, args, kwnames); err != nil {
			return nil, err
		}
		sep, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "must be str, not %s", args[0].Type().Name)
		}
		if len(sep.value) == 0 {
			return nil, Errorf(ValueErrorType, "empty separator")
		}
		s := self.(*Str)
		var i int
		if right {
			i = strings.LastIndex(s.value, sep.value)
		} else {
			i = strings.Index(s.value, sep.value)
		}
		if i < 0 {
			if right {
				return NewTuple([]Object{EmptyStr, EmptyStr, s.exact()}), nil
			}
			return NewTuple([]Object{s.exact(), EmptyStr, EmptyStr}), nil
		}
		return NewTuple([]Object{NewStr(s.value[:i]), sep.exact(), NewStr(s.value[i+len(sep.value):])}), nil
	}
}

// Join returns s.join(items).
func (s *Str) Join(items []Object) (*Str, error) {
	if len(items) == 1 {
		if x, ok := items[0].(*Str); ok {
			return x.exact(), nil
		}
	}
	n := 0
	for i, it := range items {
		x, ok := it.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, it.Type().Name)
		}
		n += len(x.value)
		if i > 0 {
			n += len(s.value)
		}
		if n > maxStrBytes {
			return nil, errNoMemory()
		}
	}
	b := make([]byte, 0, n)
	for i, it := range items {
		if i > 0 {
			b = append(b, s.value...)
		}
		b = append(b, it.(*Str).value...)
	}
	return NewStr(string(b)), nil
}

func strJoin(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("str.join", args, kwnames); err != nil {
		return nil, err
	}
	if !Iterable(args[0]) {
		return nil, Errorf(TypeErrorType, "can only join an iterable")
	}
	items, err := IterableItems(ts, args[0])
	if err != nil {
		return nil, err
	}
	return self.(*Str).Join(items)
}
