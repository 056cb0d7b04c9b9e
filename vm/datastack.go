package vm

import "github.com/taipanpy/taipan/objects"

// dataStack is a thread's storage for frames' locals and value stacks, as CPython's per-thread
// data stack: slices are handed out and returned in LIFO order from large chunks, so a call
// allocates nothing on the Go heap once the thread has warmed up.
type dataStack struct {
	cur []objects.Object // the chunk being used
	top int              // first free slot of cur
	// saved holds the chunks below the current one with their tops, to return to when the
	// current chunk empties.
	saved []savedChunk
	// spare is an emptied chunk kept for reuse, so that a call at a chunk boundary does not
	// allocate a chunk on every call.
	spare []objects.Object
}

type savedChunk struct {
	chunk []objects.Object
	top   int
}

// dataChunkSize is the size of a chunk: room for many frames of typical size.
const dataChunkSize = 16 << 10

// alloc returns n zeroed slots.
func (d *dataStack) alloc(n int) []objects.Object {
	if d.top+n > len(d.cur) {
		if d.cur != nil {
			d.saved = append(d.saved, savedChunk{d.cur, d.top})
		}
		size := max(dataChunkSize, n)
		if len(d.spare) >= size {
			d.cur, d.spare = d.spare, nil
		} else {
			d.cur = make([]objects.Object, size)
		}
		d.top = 0
	}
	s := d.cur[d.top : d.top+n : d.top+n]
	d.top += n
	return s
}

// free returns s, which must be the slice most recently allocated and not yet freed. Its slots
// are cleared so that the collector does not keep their values alive.
func (d *dataStack) free(s []objects.Object) {
	clear(s)
	d.top -= len(s)
	if d.top == 0 && len(d.saved) > 0 {
		last := d.saved[len(d.saved)-1]
		d.saved = d.saved[:len(d.saved)-1]
		d.spare, d.cur, d.top = d.cur, last.chunk, last.top
	}
}
