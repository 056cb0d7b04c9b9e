package objects

// list.sort: a stable merge sort over the Compare protocol's "<", as CPython's timsort
// (Objects/listsort.txt) is. Stability and the use of "<" alone fix the result for every
// consistent ordering, so the result is CPython's; runs are sorted by binary insertion and
// merged bottom up. Once a comparison fails, the sort stops comparing and only finishes
// moving items, so that the list still holds every item when the error propagates, as
// CPython's does.

// sortMinRun is the length of the runs sorted by binary insertion before merging.
const sortMinRun = 32

type sorter struct {
	ts *Thread
	// keys are compared; values, when a key function is in use, move with them.
	keys, values []Object
	err          error
}

// less reports keys[i] < keys[j]; after an error it answers false without comparing.
func (s *sorter) less(a, b Object) bool {
	if s.err != nil {
		return false
	}
	r, err := Compare(s.ts, a, b, CmpLT)
	if err != nil {
		s.err = err
		return false
	}
	if r == True {
		return true
	}
	if r == False {
		return false
	}
	t, err := IsTrue(s.ts, r)
	if err != nil {
		s.err = err
	}
	return t
}

// insertionSort sorts keys[lo:hi] by binary insertion, keeping equal keys in order.
func (s *sorter) insertionSort(lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		pivot := s.keys[i]
		// Find the first position in [lo, i) whose key is greater than the pivot.
		l, r := lo, i
		for l < r {
			m := int(uint(l+r) >> 1)
			if s.less(pivot, s.keys[m]) {
				r = m
			} else {
				l = m + 1
			}
		}
		copy(s.keys[l+1:i+1], s.keys[l:i])
		s.keys[l] = pivot
		if s.values != nil {
			v := s.values[i]
			copy(s.values[l+1:i+1], s.values[l:i])
			s.values[l] = v
		}
	}
}

// merge merges the sorted runs [lo, mid) and [mid, hi) through the buffers.
func (s *sorter) merge(lo, mid, hi int, kbuf, vbuf []Object) {
	// Items of the left run already below the right run's first item stay in place.
	if !s.less(s.keys[mid], s.keys[mid-1]) {
		return
	}
	kl := append(kbuf[:0], s.keys[lo:mid]...)
	var vl []Object
	if s.values != nil {
		vl = append(vbuf[:0], s.values[lo:mid]...)
	}
	i, j, k := 0, mid, lo
	for i < len(kl) && j < hi {
		// Take from the right only when strictly less: equal keys keep their order.
		if s.less(s.keys[j], kl[i]) {
			s.keys[k] = s.keys[j]
			if vl != nil {
				s.values[k] = s.values[j]
			}
			j++
		} else {
			s.keys[k] = kl[i]
			if vl != nil {
				s.values[k] = vl[i]
			}
			i++
		}
		k++
	}
	copy(s.keys[k:], kl[i:])
	if vl != nil {
		copy(s.values[k:], vl[i:])
	}
}

func (s *sorter) sort() {
	n := len(s.keys)
	for lo := 0; lo < n; lo += sortMinRun {
		s.insertionSort(lo, min(lo+sortMinRun, n))
	}
	if n <= sortMinRun {
		return
	}
	kbuf := make([]Object, 0, n/2+1)
	var vbuf []Object
	if s.values != nil {
		vbuf = make([]Object, 0, n/2+1)
	}
	for width := sortMinRun; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			s.merge(lo, lo+width, min(lo+2*width, n), kbuf, vbuf)
		}
	}
}

func reverseObjects(s []Object) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Sort sorts the list in place, as list.sort(key=key, reverse=reverse); key may be nil.
func (l *List) Sort(ts *Thread, key Object, reverse bool) error {
	// The list is empty while it is sorted, so that a comparison or key function that
	// changes it is detected (and cannot disturb the sort).
	items := l.items
	l.items = nil
	s := sorter{ts: ts, keys: items}
	if key != nil && key != None {
		s.values = items
		s.keys = make([]Object, len(items))
		for i, v := range items {
			k, err := Call(ts, key, []Object{v}, nil)
			if err != nil {
				return l.finishSort(items, err)
			}
			s.keys[i] = k
		}
	}
	// Reversing before and after keeps equal items in their original order.
	if reverse {
		reverseObjects(s.keys)
		if s.values != nil {
			reverseObjects(s.values)
		}
	}
	s.sort()
	if reverse {
		reverseObjects(s.keys)
		if s.values != nil {
			reverseObjects(s.values)
		}
	}
	return l.finishSort(items, s.err)
}

// finishSort puts the items back, reporting a list changed while it was sorted.
func (l *List) finishSort(items []Object, err error) error {
	modified := l.items != nil
	l.items = items
	if modified && err == nil {
		return Errorf(ValueErrorType, "list modified during sort")
	}
	return err
}
