package io

import (
	"bytes"

	"github.com/taipanpy/taipan/objects"
)

// buffered is the state of a BufferedReader, BufferedWriter or BufferedRandom over a raw
// stream. Read-ahead bytes not yet returned are rbuf[rpos:]; written bytes not yet given to
// the raw stream are wbuf. At most one of them holds data, so the raw stream's position is
// the logical one plus the unread bytes, or minus the pending ones.
type buffered struct {
	raw objects.Object
	// fast is raw's state when raw is a plain FileIO, whose methods are then called directly.
	fast               *fileIO
	size               int
	readable, writable bool
	rbuf               []byte
	rpos               int
	wbuf               []byte
	detached           bool
}

var bufferedInitParser = objects.ArgParser{Params: []string{"raw", "buffer_size"}, MinPos: 1, MaxPos: 2}

func bufOf(o *object) (*buffered, error) {
	b, ok := o.impl.(*buffered)
	if !ok || b.raw == nil {
		if ok && b.detached {
			return nil, objects.Errorf(objects.ValueErrorType, "raw stream has been detached")
		}
		return nil, errUninitialized()
	}
	return b, nil
}

func (b *buffered) unread() int { return len(b.rbuf) - b.rpos }

// checkClosed raises ValueError(msg) when the raw stream is closed.
func (b *buffered) checkClosed(ts *objects.Thread, msg string) error {
	if b.fast != nil {
		if b.fast.fd < 0 {
			return objects.Errorf(objects.ValueErrorType, "%s", msg)
		}
		return nil
	}
	closed, err := attrBool(ts, b.raw, "closed")
	if err != nil {
		return err
	}
	if closed {
		return objects.Errorf(objects.ValueErrorType, "%s", msg)
	}
	return nil
}

// rawRead reads into p from the raw stream; none reports that it would block.
func (b *buffered) rawRead(ts *objects.Thread, p []byte) (n int, none bool, err error) {
	if b.fast != nil && b.fast.fd >= 0 && b.fast.readable {
		return b.fast.read(ts, p)
	}
	ba := objects.NewByteArray(make([]byte, len(p)))
	r, err := call(ts, b.raw, "readinto", ba)
	if err != nil {
		return 0, false, err
	}
	if r == objects.None {
		return 0, true, nil
	}
	if n, err = intArg(ts, r); err != nil {
		return 0, false, err
	}
	if n < 0 || n > len(p) {
		return 0, false, objects.Errorf(objects.OSErrorType, "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	// A readinto that shrank the bytearray gave no more than is left of it.
	n = copy(p[:n], ba.Value())
	return n, false, nil
}

// rawWrite writes p to the raw stream once.
func (b *buffered) rawWrite(ts *objects.Thread, p []byte) (n int, none bool, err error) {
	if b.fast != nil && b.fast.fd >= 0 && b.fast.writable {
		return b.fast.write(ts, p)
	}
	r, err := call(ts, b.raw, "write", objects.NewBytes(p))
	if err != nil {
		return 0, false, err
	}
	if r == objects.None {
		return 0, true, nil
	}
	if n, err = intArg(ts, r); err != nil {
		return 0, false, err
	}
	if n < 0 || n > len(p) {
		return 0, false, objects.Errorf(objects.OSErrorType, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	return n, false, nil
}

func (b *buffered) rawSeek(ts *objects.Thread, pos int64, whence int) (int64, error) {
	if b.fast != nil && b.fast.fd >= 0 {
		return b.fast.seek(pos, whence)
	}
	r, err := call(ts, b.raw, "seek", objects.NewInt(pos), objects.NewInt(int64(whence)))
	if err != nil {
		return 0, err
	}
	n, err := intArg(ts, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, objects.Errorf(objects.OSErrorType, "Raw stream returned invalid position %d", n)
	}
	return int64(n), nil
}

func (b *buffered) rawTell(ts *objects.Thread) (int64, error) {
	if b.fast != nil && b.fast.fd >= 0 {
		return b.fast.seek(0, 1)
	}
	r, err := call(ts, b.raw, "tell")
	if err != nil {
		return 0, err
	}
	n, err := intArg(ts, r)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, objects.Errorf(objects.OSErrorType, "Raw stream returned invalid position %d", n)
	}
	return int64(n), nil
}

// flushWrites gives the pending bytes to the raw stream.
func (b *buffered) flushWrites(ts *objects.Thread) error {
	for len(b.wbuf) > 0 {
		n, blocked, err := b.rawWrite(ts, b.wbuf)
		if err != nil {
			return err
		}
		if blocked {
			return objects.Errorf(objects.BuiltinExceptions["BlockingIOError"], "write could not complete without blocking")
		}
		b.wbuf = b.wbuf[n:]
	}
	b.wbuf = b.wbuf[:0]
	return nil
}

// dropReadAhead moves the raw stream back over the unread bytes and forgets them, before a
// write or seek.
func (b *buffered) dropReadAhead(ts *objects.Thread) error {
	if n := b.unread(); n > 0 {
		b.rbuf, b.rpos = b.rbuf[:0], 0
		if _, err := b.rawSeek(ts, -int64(n), 1); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

// fill reads once from the raw stream into an empty read-ahead buffer.
func (b *buffered) fill(ts *objects.Thread) (n int, none bool, err error) {
	if cap(b.rbuf) < b.size {
		b.rbuf = make([]byte, 0, b.size)
	}
	n, none, err = b.rawRead(ts, b.rbuf[:b.size])
	b.rbuf, b.rpos = b.rbuf[:n], 0
	return
}

func (b *buffered) take(n int) []byte {
	if n < 0 || n > b.unread() {
		n = b.unread()
	}
	p := b.rbuf[b.rpos : b.rpos+n]
	b.rpos += n
	return p
}

// read is read(n); n < 0 reads to the end. A nil result with no error is None.
func (b *buffered) read(ts *objects.Thread, n int) ([]byte, error) {
	if err := b.flushWrites(ts); err != nil {
		return nil, err
	}
	out := append([]byte(nil), b.take(n)...)
	if n < 0 {
		b.rbuf, b.rpos = b.rbuf[:0], 0
		var rest objects.Object
		var err error
		switch {
		case b.fast != nil && b.fast.fd >= 0 && b.fast.readable:
			rest, err = fileReadAll(ts, b.fast)
		default:
			if _, aerr := objects.GetAttr(ts, b.raw, objects.NewStr("readall")); aerr == nil {
				rest, err = call(ts, b.raw, "readall")
			} else {
				rest, err = rawReadAll(ts, b.raw)
			}
		}
		if err != nil {
			return nil, err
		}
		if rest == objects.None {
			if len(out) == 0 {
				return nil, nil
			}
			return out, nil
		}
		data, err := bytesLike(rest)
		if err != nil {
			return nil, objects.Errorf(objects.TypeErrorType, "readall() should return bytes")
		}
		return append(append([]byte{}, out...), data...), nil
	}
	for len(out) < n {
		want := n - len(out)
		if want >= b.size {
			// Large reads go straight to the raw stream, a bounded piece at a time.
			p := make([]byte, min(want, 1<<22))
			got, none, err := b.rawRead(ts, p)
			if err != nil {
				return nil, err
			}
			if none {
				if len(out) == 0 {
					return nil, nil
				}
				break
			}
			if got == 0 {
				break
			}
			out = append(out, p[:got]...)
			continue
		}
		got, none, err := b.fill(ts)
		if err != nil {
			return nil, err
		}
		if none {
			if len(out) == 0 {
				return nil, nil
			}
			break
		}
		if got == 0 {
			break
		}
		out = append(out, b.take(want)...)
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

// read1 returns buffered bytes, or what one raw read of n bytes gives when there are none
// (the read-ahead buffer stays empty then, as in CPython).
func (b *buffered) read1(ts *objects.Thread, n int) ([]byte, error) {
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return []byte{}, nil
	}
	if b.unread() > 0 {
		return append([]byte(nil), b.take(n)...), nil
	}
	if err := b.flushWrites(ts); err != nil {
		return nil, err
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	p := make([]byte, min(n, 1<<22))
	got, none, err := b.rawRead(ts, p)
	if err != nil || none {
		return nil, err
	}
	return p[:got], nil
}

func (b *buffered) readline(ts *objects.Thread, limit int) ([]byte, error) {
	if err := b.flushWrites(ts); err != nil {
		return nil, err
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		if b.unread() == 0 {
			got, none, err := b.fill(ts)
			if err != nil {
				return nil, err
			}
			if none || got == 0 {
				break
			}
		}
		avail := b.rbuf[b.rpos:]
		if limit >= 0 && len(avail) > limit-len(out) {
			avail = avail[:limit-len(out)]
		}
		if i := bytes.IndexByte(avail, '\n'); i >= 0 {
			out = append(out, b.take(i+1)...)
			return out, nil
		}
		out = append(out, b.take(len(avail))...)
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

func (b *buffered) write(ts *objects.Thread, data string) error {
	if b.readable {
		if err := b.dropReadAhead(ts); err != nil {
			return err
		}
	}
	b.wbuf = append(b.wbuf, data...)
	if len(b.wbuf) >= b.size {
		return b.flushWrites(ts)
	}
	return nil
}

func (b *buffered) tell(ts *objects.Thread) (int64, error) {
	pos, err := b.rawTell(ts)
	if err != nil {
		return 0, err
	}
	pos += int64(len(b.wbuf)) - int64(b.unread())
	return max(pos, 0), nil
}

func (b *buffered) seek(ts *objects.Thread, target int64, whence int) (int64, error) {
	if err := b.flushWrites(ts); err != nil {
		return 0, err
	}
	if whence == 1 {
		target -= int64(b.unread())
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return b.rawSeek(ts, target, whence)
}
