package collections

import "github.com/taipanpy/taipan/objects"

// Deque is a collections.deque: a ring buffer of items with an optional maximum length.
type Deque struct {
	objects.Extensible
	// buf holds the items from head on, wrapping around; its length is 0 or a power of two.
	buf     []objects.Object
	head, n int
	// maxlen is -1 for an unbounded deque.
	maxlen int
	// state changes whenever items are added, removed or moved, so that iterators and
	// searches notice a deque mutated under them.
	state uint64
}

// Type returns collections.deque or the instance's subclass.
func (d *Deque) Type() *objects.Type { return d.ClassOr(DequeType) }

// DequeType is collections.deque.
var DequeType = &objects.Type{Name: "collections.deque", Flags: objects.TypeSequence | objects.TypeWeakrefable}

// newDeque returns an empty deque of cls.
func newDeque(cls *objects.Type, maxlen int) *Deque {
	d := &Deque{maxlen: maxlen}
	d.Extend(cls, DequeType)
	return d
}

// at returns the i-th item, 0 <= i < d.n.
func (d *Deque) at(i int) objects.Object { return d.buf[(d.head+i)&(len(d.buf)-1)] }

// put replaces the i-th item.
func (d *Deque) put(i int, v objects.Object) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// grow makes room for one more item.
func (d *Deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	size := 8
	if len(d.buf) > 0 {
		size = 2 * len(d.buf)
	}
	nb := make([]objects.Object, size)
	d.copyTo(nb)
	d.buf, d.head = nb, 0
}

// copyTo copies the items in order to dst, which has room for them.
func (d *Deque) copyTo(dst []objects.Object) {
	if d.n == 0 {
		return
	}
	end := d.head + d.n
	if end <= len(d.buf) {
		copy(dst, d.buf[d.head:end])
		return
	}
	k := copy(dst, d.buf[d.head:])
	copy(dst[k:], d.buf[:end-len(d.buf)])
}

// items returns a copy of the items in order.
func (d *Deque) items() []objects.Object {
	out := make([]objects.Object, d.n)
	d.copyTo(out)
	return out
}

// pushRight appends v, then trims the left end when the deque is over its maximum length.
func (d *Deque) pushRight(v objects.Object) {
	d.grow()
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = v
	d.n++
	d.state++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popLeft()
	}
}

// pushLeft prepends v, then trims the right end when the deque is over its maximum length.
func (d *Deque) pushLeft(v objects.Object) {
	d.grow()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
	d.state++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popRight()
	}
}

// popRight removes and returns the last item; the deque must not be empty.
func (d *Deque) popRight() objects.Object {
	i := (d.head + d.n - 1) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	d.state++
	return v
}

// popLeft removes and returns the first item; the deque must not be empty.
func (d *Deque) popLeft() objects.Object {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	return v
}

// clear empties the deque.
func (d *Deque) clear() {
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// rotate moves the last k items to the front (the first -k to the back when k < 0), moving
// whichever of the two parts is shorter.
func (d *Deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	mask := len(d.buf) - 1
	if d.n == len(d.buf) {
		// A full ring rotates by moving its start.
		d.head = (d.head - k) & mask
	} else if k <= d.n-k {
		for ; k > 0; k-- {
			last := (d.head + d.n - 1) & mask
			d.head = (d.head - 1) & mask
			d.buf[d.head], d.buf[last] = d.buf[last], nil
		}
	} else {
		for k = d.n - k; k > 0; k-- {
			end := (d.head + d.n) & mask
			d.buf[end], d.buf[d.head] = d.buf[d.head], nil
			d.head = (d.head + 1) & mask
		}
	}
	d.state++
}

// deleteAt removes the i-th item, 0 <= i < d.n, shifting the shorter side.
func (d *Deque) deleteAt(i int) {
	if i < d.n/2 {
		for j := i; j > 0; j-- {
			d.put(j, d.at(j-1))
		}
		d.popLeft()
		return
	}
	for j := i; j < d.n-1; j++ {
		d.put(j, d.at(j+1))
	}
	d.popRight()
}

// insertAt puts v before the i-th item, 0 <= i <= d.n, ignoring maxlen and shifting the
// shorter side.
func (d *Deque) insertAt(i int, v objects.Object) {
	d.grow()
	if i < d.n/2 {
		d.head = (d.head - 1) & (len(d.buf) - 1)
		d.n++
		for j := 0; j < i; j++ {
			d.put(j, d.at(j+1))
		}
	} else {
		d.n++
		for j := d.n - 1; j > i; j-- {
			d.put(j, d.at(j-1))
		}
	}
	d.put(i, v)
	d.state++
}
