package objects

import (
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The str type's slots: length, indexing and slicing, containment, concatenation and
// repetition, comparison, iteration, repr and str.

// maxStrBytes bounds the text a single str or bytes may hold, so that a huge repetition
// raises MemoryError instead of exhausting the process.
const maxStrBytes = 1 << 40

// seqItemIndex converts a subscript that is not a slice to an index for a sequence of
// length n; typ is "string" or "byte" for the messages.
func seqItemIndex(ts *Thread, key Object, n int, typ string) (int, error) {
	if _, ok := asInt(key); !ok && key.Type().Slots.Index == nil {
		return 0, Errorf(TypeErrorType, "%s indices must be integers, not '%s'", typ, key.Type().Name)
	}
	i, err := Index(ts, key)
	if err != nil {
		return 0, err
	}
	v, ok := i.Int64()
	if !ok {
		return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if v < 0 {
		v += int64(n)
	}
	if v < 0 || v >= int64(n) {
		return 0, Errorf(IndexErrorType, "%s index out of range", typ)
	}
	return int(v), nil
}

// GetItem returns s[key] for an int or a slice.
func (s *Str) GetItem(ts *Thread, key Object) (Object, error) {
	if sl, ok := key.(*Slice); ok {
		return s.slice(ts, sl)
	}
	i, err := seqItemIndex(ts, key, s.Len(), "string")
	if err != nil {
		return nil, err
	}
	return charStr(s.At(i)), nil
}

func (s *Str) slice(ts *Thread, sl *Slice) (Object, error) {
	start, stop, step, err := sl.Unpack(ts)
	if err != nil {
		return nil, err
	}
	start, stop, n := AdjustSliceIndices(s.Len(), start, stop, step)
	switch {
	case n == 0:
		return EmptyStr, nil
	case step == 1:
		return s.exact().substr(start, stop), nil
	case s.IsASCII():
		b := make([]byte, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			b[k] = s.value[i]
		}
		return newASCIIStr(string(b)), nil
	}
	b := make([]byte, 0, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		b = pyfmt.AppendRune(b, s.At(i))
	}
	return newStrLen(string(b), n), nil
}

// exact returns s as an exact str: s itself, or a plain copy of a subclass instance, since
// operations on str subclasses return plain strs.
func (s *Str) exact() *Str {
	if s.ext == nil {
		return s
	}
	return &Str{value: s.value, n: s.n, flags: s.flags &^ strInterned, hash: s.hash, index: s.index}
}

// Contains reports whether sub occurs in s.
func (s *Str) Contains(sub *Str) bool { return strings.Contains(s.value, sub.value) }

// Concat returns s + t.
func (s *Str) Concat(t *Str) (*Str, error) {
	switch {
	case len(t.value) == 0:
		return s.exact(), nil
	case len(s.value) == 0:
		return t.exact(), nil
	case len(s.value)+len(t.value) > maxStrBytes:
		return nil, errNoMemory()
	}
	v := s.value + t.value
	if s.flags&t.flags&strMeasured != 0 {
		return newStrLen(v, s.n+t.n), nil
	}
	return NewStr(v), nil
}

// Repeat returns s * n.
func (s *Str) Repeat(n int) (*Str, error) {
	if n <= 0 || len(s.value) == 0 {
		return EmptyStr, nil
	}
	if n == 1 {
		return s.exact(), nil
	}
	if len(s.value) > maxStrBytes/n {
		if len(s.value) > maxSsize/n {
			return nil, Errorf(OverflowErrorType, "repeated string is too long")
		}
		return nil, errNoMemory()
	}
	return newStrLen(strings.Repeat(s.value, n), s.Len()*n), nil
}

// errNoMemory is the MemoryError of an allocation too large to attempt.
func errNoMemory() error { return NewException(MemoryErrorType) }

// strCompare compares two strs by code point: the byte order of Str's encoding is code
// point order, surrogates included.
func strCompare(a, b string) int { return strings.Compare(a, b) }

// StrIteratorType and StrASCIIIteratorType are the types of iterators over strs (CPython
// gives ASCII strs their own, faster iterator type).
var (
	StrIteratorType      = newType("str_iterator", ObjectType)
	StrASCIIIteratorType = newType("str_ascii_iterator", ObjectType)
)

// StrIterator iterates over a str's code points, walking its bytes.
type StrIterator struct {
	s     *Str
	off   int
	ascii bool // the type stays str_ascii_iterator once s is dropped
}

// Type returns StrIteratorType or StrASCIIIteratorType.
func (it *StrIterator) Type() *Type {
	if it.ascii {
		return StrASCIIIteratorType
	}
	return StrIteratorType
}

// NextItem returns the next one-character str, or nil when exhausted.
func (it *StrIterator) NextItem() Object {
	if it.s == nil || it.off >= len(it.s.value) {
		it.s = nil
		return nil
	}
	r, w := decodeStrRune(it.s.value[it.off:])
	it.off += w
	return charStr(r)
}

func strSlotIter(ts *Thread, o Object) (Object, error) {
	s := o.(*Str)
	return &StrIterator{s: s, ascii: s.IsASCII()}, nil
}

func init() {
	sl := &StrType.Slots
	sl.Len = func(ts *Thread, o Object) (int, error) { return o.(*Str).Len(), nil }
	sl.GetItem = func(ts *Thread, o, key Object) (Object, error) { return o.(*Str).GetItem(ts, key) }
	sl.Contains = func(ts *Thread, o, item Object) (bool, error) {
		sub, ok := item.(*Str)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", item.Type().Name)
		}
		return o.(*Str).Contains(sub), nil
	}
	sl.Concat = func(ts *Thread, a, b Object) (Object, error) {
		x, ok := a.(*Str)
		y, ok2 := b.(*Str)
		if !ok || !ok2 {
			return nil, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.Type().Name)
		}
		return x.Concat(y)
	}
	sl.Repeat = func(ts *Thread, a Object, n int) (Object, error) { return a.(*Str).Repeat(n) }
	sl.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok := a.(*Str)
		y, ok2 := b.(*Str)
		if !ok || !ok2 {
			return NotImplemented, nil
		}
		if x == y && (op == CmpEQ || op == CmpNE) {
			return NewBool(op == CmpEQ), nil
		}
		return NewBool(op.Holds(strCompare(x.value, y.value))), nil
	}
	sl.Iter = strSlotIter
	sl.Repr = func(ts *Thread, o Object) (*Str, error) { return NewStr(pyfmt.StrRepr(o.(*Str).value)), nil }
	sl.Str = func(ts *Thread, o Object) (*Str, error) { return o.(*Str).exact(), nil }
	for _, t := range []*Type{StrIteratorType, StrASCIIIteratorType} {
		t.Slots.Iter = selfIter
		t.Slots.IterNext = func(ts *Thread, o Object) (Object, error) { return o.(*StrIterator).NextItem(), nil }
	}
}
