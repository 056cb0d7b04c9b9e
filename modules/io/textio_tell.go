package io

import (
	"math/big"
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// TextIOWrapper's tell() cookies, computed as CPython computes them: the byte position of a
// point where the decoder holds no bytes, with its state there (the pending '\r' of
// universal newlines), the bytes to feed it from there and the characters to skip. Most
// positions need none of the extras, and the cookie is the byte position.

// cookie is CPython's packed cookie, the bytes of its C struct read as a little-endian
// number: start_pos (64 bits), dec_flags, bytes_to_feed and chars_to_skip (32 bits each),
// need_eof (8 bits).
type cookie struct {
	start             int64
	flags, feed, skip int64
	needEOF           bool
}

func (c cookie) object() objects.Object {
	if c.flags == 0 && c.feed == 0 && c.skip == 0 && !c.needEOF {
		return objects.NewInt(c.start)
	}
	v := new(big.Int).SetInt64(c.start)
	for _, f := range []struct {
		v     int64
		shift uint
	}{{c.flags, 64}, {c.feed, 96}, {c.skip, 128}} {
		v.Or(v, new(big.Int).Lsh(big.NewInt(f.v&(1<<32-1)), f.shift))
	}
	if c.needEOF {
		v.SetBit(v, 160, 1)
	}
	return objects.NewBigInt(v)
}

// parseCookie unpacks a cookie (a non-negative int).
func parseCookie(i *objects.Int) cookie {
	v := i.Big()
	field := func(shift, bits uint) int64 {
		f := new(big.Int).Rsh(v, shift)
		return new(big.Int).And(f, new(big.Int).SetUint64(1<<bits-1)).Int64()
	}
	return cookie{start: field(0, 63), flags: field(64, 32), feed: field(96, 32), skip: field(128, 32), needEOF: field(160, 8) != 0}
}

// decoderModel replays CPython's decoder: the UTF-8 bytes it holds and, with universal
// newlines, the pending '\r'.
type decoderModel struct {
	t   *textIO
	buf []byte
	cr  bool
}

// decode returns how many characters input gives.
func (d *decoderModel) decode(ts *objects.Thread, input []byte, final bool) (int, error) {
	data := append(d.buf, input...)
	cut := len(data)
	if !final {
		cut = completeCut(data, d.t.codec)
	}
	var text string
	if cut > 0 {
		str, err := objects.DecodeBytes(ts, string(data[:cut]), d.t.codec, d.t.errors)
		if err != nil {
			return 0, err
		}
		text = str.Value()
	}
	d.buf = append([]byte(nil), data[cut:]...)
	if d.t.readUniversal {
		if d.cr && (text != "" || final) {
			text = "\r" + text
			d.cr = false
		}
		if !final && strings.HasSuffix(text, "\r") {
			text = text[:len(text)-1]
			d.cr = true
		}
		if d.t.readTranslate {
			text = translateNewlines(text)
		}
	}
	return charCount(text), nil
}

func (d *decoderModel) flags() int64 {
	if d.cr {
		return 1
	}
	return 0
}

// cookie is tell() for the position pos the buffer is at.
func (t *textIO) cookie(ts *objects.Thread, pos int64) (objects.Object, error) {
	input := t.snapInput
	c := cookie{start: pos - int64(len(input))}
	if t.snapCR {
		c.flags = 1
	}
	used := charCount(t.decoded[:t.dpos])
	if used == 0 {
		return c.object(), nil
	}
	reset := func() *decoderModel { return &decoderModel{t: t, cr: c.flags&1 != 0} }
	// A quick guess at a start point close to the position.
	skipBytes := int(t.b2cratio * float64(used))
	skipBack := 1
	toSkip := used
	var d *decoderModel
	for skipBytes > 0 {
		d = reset()
		n, err := d.decode(ts, input[:min(skipBytes, len(input))], false)
		if err != nil {
			return nil, err
		}
		if n <= toSkip {
			if len(d.buf) == 0 {
				c.flags = d.flags()
				toSkip -= n
				break
			}
			skipBytes -= len(d.buf)
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
	}
	if skipBytes <= 0 {
		skipBytes = 0
		d = reset()
	}
	c.start += int64(skipBytes)
	if toSkip == 0 {
		return c.object(), nil
	}
	// Feed the decoder a byte at a time, noting the last point where it holds nothing.
	decoded := 0
	i := skipBytes
	for ; i < len(input); i++ {
		n, err := d.decode(ts, input[i:i+1], false)
		if err != nil {
			return nil, err
		}
		decoded += n
		c.feed++
		if len(d.buf) == 0 && decoded <= toSkip {
			c.start += c.feed
			toSkip -= decoded
			c.flags = d.flags()
			c.feed, decoded = 0, 0
		}
		if decoded >= toSkip {
			break
		}
	}
	if i >= len(input) {
		n, err := d.decode(ts, nil, true)
		if err != nil {
			return nil, err
		}
		decoded += n
		c.needEOF = true
		if decoded < toSkip {
			return nil, objects.Errorf(objects.OSErrorType, "can't reconstruct logical file position")
		}
	}
	c.skip = int64(toSkip)
	return c.object(), nil
}

// seekCookie goes to the position a cookie names: the buffer to its start, the decoder to
// its state, then the bytes to feed decoded and the characters to skip passed over.
func (t *textIO) seekCookie(ts *objects.Thread, c cookie) error {
	t.resetDecoder()
	if _, err := call(ts, t.buffer, "seek", objects.NewInt(c.start)); err != nil {
		return err
	}
	atStart := c.start == 0 && c.flags == 0 && c.feed == 0 && c.skip == 0 && !c.needEOF
	t.bomRead, t.bomWrite = t.sig && atStart, t.sig && atStart
	if c.flags&1 != 0 && t.readUniversal {
		// The pending '\r' lies just before the start.
		t.pendingRaw = []byte{'\r'}
		t.snapValid, t.snapCR = true, true
	}
	if c.skip == 0 {
		return nil
	}
	var data []byte
	if c.feed > 0 {
		r, err := call(ts, t.buffer, "read", objects.NewInt(c.feed))
		if err != nil {
			return err
		}
		s, err := bytesLike(r)
		if err != nil {
			return err
		}
		data = []byte(s)
	}
	if err := t.decode(ts, data, c.needEOF); err != nil {
		return err
	}
	if int64(charCount(t.decoded)) < c.skip {
		return objects.Errorf(objects.OSErrorType, "can't restore logical file position")
	}
	t.dpos = charPrefix(t.decoded, int(c.skip))
	return nil
}
