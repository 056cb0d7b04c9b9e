package objects

import (
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The rewriting methods of str: replace, translate, maketrans, removeprefix and removesuffix.

// Replace returns s.replace(old, new, count); a negative count replaces every occurrence.
// An empty old matches before every code point and at the end.
func (s *Str) Replace(old, new *Str, count int) (*Str, error) {
	if count < 0 {
		count = maxSsize
	}
	if count == 0 || s.Len() < old.Len() {
		return s.exact(), nil
	}
	if len(old.value) > 0 {
		n := strings.Count(s.value, old.value)
		if n == 0 {
			return s.exact(), nil
		}
		n = min(n, count)
		if len(new.value) > len(old.value) && (len(new.value)-len(old.value)) > (maxStrBytes-len(s.value))/n {
			return nil, Errorf(OverflowErrorType, "replace string is too long")
		}
		return NewStr(strings.Replace(s.value, old.value, new.value, n)), nil
	}
	n := min(s.Len()+1, count)
	if len(new.value) > 0 && len(new.value) > (maxStrBytes-len(s.value))/n {
		return nil, Errorf(OverflowErrorType, "replace string is too long")
	}
	var b strings.Builder
	b.Grow(len(s.value) + n*len(new.value))
	i := 0
	for k := 0; k < n; k++ {
		b.WriteString(new.value)
		if i < len(s.value) {
			_, w := decodeStrRune(s.value[i:])
			b.WriteString(s.value[i : i+w])
			i += w
		}
	}
	b.WriteString(s.value[i:])
	return NewStr(b.String()), nil
}

func strReplace(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	a, err := parseKwArgs("replace", args, kwnames, []string{"old", "new", "count"}, 2, 2)
	if err != nil {
		return nil, err
	}
	old, err := argStr("replace", 1, a[0])
	if err != nil {
		return nil, err
	}
	new, err := argStr("replace", 2, a[1])
	if err != nil {
		return nil, err
	}
	count := -1
	if a[2] != nil {
		if count, err = indexValue(ts, a[2]); err != nil {
			return nil, err
		}
	}
	return self.(*Str).Replace(old, new, count)
}

// Translate returns s.translate(table): each code point c becomes table[c] (a code point, a
// str or None to delete it), or stays when the lookup raises LookupError.
func (s *Str) Translate(ts *Thread, table Object) (*Str, error) {
	getitem := table.Type().Slots.GetItem
	if getitem == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not subscriptable", table.Type().Name)
	}
	b := make([]byte, 0, len(s.value))
	for i := 0; i < len(s.value); {
		r, w := decodeStrRune(s.value[i:])
		i += w
		v, err := getitem(ts, table, NewInt(int64(r)))
		if err != nil {
			if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(LookupErrorType) {
				b = pyfmt.AppendRune(b, r)
				continue
			}
			return nil, err
		}
		switch m := v.(type) {
		case *noneObject:
		case *Str:
			b = append(b, m.value...)
		default:
			n, ok := asInt(v)
			if !ok {
				return nil, Errorf(TypeErrorType, "character mapping must return integer, None or str")
			}
			c, small := n.Int64()
			if !small || c < 0 || c > 0x10FFFF {
				return nil, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			b = pyfmt.AppendRune(b, rune(c))
		}
	}
	return NewStr(string(b)), nil
}

func strTranslate(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("str.translate", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Str).Translate(ts, args[0])
}

// StrMaketrans is the static method str.maketrans(x[, y[, z]]).
func StrMaketrans(ts *Thread, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkPositional("maketrans", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		var err error
		src.Items(func(k, v Object) bool {
			switch key := k.(type) {
			case *Str:
				if key.Len() != 1 {
					err = Errorf(ValueErrorType, "string keys in translate table must be of length 1")
					return false
				}
				err = d.SetItem(ts, NewInt(int64(key.At(0))), v)
			default:
				if _, ok := asInt(k); !ok {
					err = Errorf(TypeErrorType, "keys in translate table must be strings or integers")
					return false
				}
				err = d.SetItem(ts, k, v)
			}
			return err == nil
		})
		return d, err
	}
	x, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "maketrans() argument 1 must be str, not %s", args[0].Type().Name)
	}
	y, ok := args[1].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "maketrans() argument 2 must be str, not %s", args[1].Type().Name)
	}
	if x.Len() != y.Len() {
		return nil, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	xs, ys := x.Runes(), y.Runes()
	for i := range xs {
		if err := d.SetItem(ts, NewInt(int64(xs[i])), NewInt(int64(ys[i]))); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		z, ok := args[2].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "maketrans() argument 3 must be str, not %s", args[2].Type().Name)
		}
		for _, r := range z.Runes() {
			if err := d.SetItem(ts, NewInt(int64(r)), None); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func strRemoveAffix(name string, prefix bool) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkOneArg("str."+name, args, kwnames); err != nil {
			return nil, err
		}
		a, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s() argument must be str, not %s", name, args[0].Type().Name)
		}
		s := self.(*Str)
		if prefix && strings.HasPrefix(s.value, a.value) {
			return NewStr(s.value[len(a.value):]), nil
		}
		if !prefix && strings.HasSuffix(s.value, a.value) {
			return NewStr(s.value[:len(s.value)-len(a.value)]), nil
		}
		return s.exact(), nil
	}
}
