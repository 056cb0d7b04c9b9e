package objects

import "strings"

// The searching methods of str: find, rfind, index, rindex, count, startswith and endswith.
// Positions are code points; the search itself runs on the UTF-8 bytes, which is exact
// because UTF-8 (with surrogates in their 3-byte form) is self-synchronising: a match of
// whole sequences starts on a code point boundary.

// cpRange converts code point bounds start, end (already adjusted, start <= Len()) to byte
// offsets.
func (s *Str) cpRange(start, end int) (int, int) {
	return s.offset(start), s.offset(end)
}

// cpIndex converts a byte offset to a code point index.
func (s *Str) cpIndex(off int) int {
	if s.IsASCII() {
		return off
	}
	n := 0
	for i := 0; i < off; {
		_, w := decodeStrRune(s.value[i:])
		i += w
		n++
	}
	return n
}

// Find returns the lowest code point index of sub in s[start:end], or -1; dir < 0 finds the
// highest (rfind).
func (s *Str) Find(sub *Str, start, end int, dir int) int {
	start, end = adjustRange(start, end, s.Len())
	if end-start < sub.Len() || start > s.Len() {
		return -1
	}
	lo, hi := s.cpRange(start, end)
	var i int
	if dir < 0 {
		i = strings.LastIndex(s.value[lo:hi], sub.value)
	} else {
		i = strings.Index(s.value[lo:hi], sub.value)
	}
	if i < 0 {
		return -1
	}
	return s.cpIndex(lo + i)
}

// Count returns the number of non-overlapping occurrences of sub in s[start:end].
func (s *Str) Count(sub *Str, start, end int) int {
	start, end = adjustRange(start, end, s.Len())
	if end-start < sub.Len() || start > s.Len() {
		return 0
	}
	if len(sub.value) == 0 {
		return end - start + 1
	}
	lo, hi := s.cpRange(start, end)
	return strings.Count(s.value[lo:hi], sub.value)
}

// tailMatch is CPython's tailmatch: whether s[start:end] starts (dir < 0) or ends (dir > 0)
// with sub.
func (s *Str) tailMatch(sub *Str, start, end, dir int) bool {
	start, end = adjustRange(start, end, s.Len())
	end -= sub.Len()
	if end < start {
		return false
	}
	if len(sub.value) == 0 {
		return true
	}
	lo, hi := s.cpRange(start, end+sub.Len())
	if dir < 0 {
		return strings.HasPrefix(s.value[lo:hi], sub.value)
	}
	return strings.HasSuffix(s.value[lo:hi], sub.value)
}

// searchArgs parses (sub[, start[, end]]) of the search methods.
func searchArgs(ts *Thread, name string, args []Object, kwnames *Tuple) (*Str, int, int, error) {
	if err := checkPositional("str."+name, args, kwnames, 1, 3); err != nil {
		return nil, 0, 0, err
	}
	sub, err := argStr(name, 1, args[0])
	if err != nil {
		return nil, 0, 0, err
	}
	start, end, err := rangeArgs(ts, args[1:])
	if err != nil {
		return nil, 0, 0, err
	}
	return sub, start, end, nil
}

// rangeArgs parses the optional start and end arguments of the search methods of str, bytes
// and bytearray.
func rangeArgs(ts *Thread, args []Object) (start, end int, err error) {
	start, end = 0, maxSsize
	if len(args) > 0 {
		if start, err = sliceBound(ts, args[0], 0); err != nil {
			return
		}
	}
	if len(args) > 1 {
		end, err = sliceBound(ts, args[1], maxSsize)
	}
	return
}

func strFindMethod(name string, dir int, raise bool) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		sub, start, end, err := searchArgs(ts, name, args, kwnames)
		if err != nil {
			return nil, err
		}
		i := self.(*Str).Find(sub, start, end, dir)
		if i < 0 && raise {
			return nil, Errorf(ValueErrorType, "substring not found")
		}
		return NewInt(int64(i)), nil
	}
}

func strCount(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	sub, start, end, err := searchArgs(ts, "count", args, kwnames)
	if err != nil {
		return nil, err
	}
	return NewInt(int64(self.(*Str).Count(sub, start, end))), nil
}

func strTailMethod(name string, dir int) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkPositional("str."+name, args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		start, end, err := rangeArgs(ts, args[1:])
		if err != nil {
			return nil, err
		}
		s := self.(*Str)
		if t, ok := args[0].(*Tuple); ok {
			for _, item := range t.items {
				sub, ok := item.(*Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, item.Type().Name)
				}
				if s.tailMatch(sub, start, end, dir) {
					return True, nil
				}
			}
			return False, nil
		}
		sub, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, args[0].Type().Name)
		}
		return NewBool(s.tailMatch(sub, start, end, dir)), nil
	}
}
