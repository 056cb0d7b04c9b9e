package io

import (
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/objects"
)

// textIO is the state of a TextIOWrapper over a binary buffer.
//
// Reading decodes a chunk at a time: decoded holds the text of the last chunk (already
// newline-translated) and dpos how much of it was returned; snapRaw holds the bytes that
// chunk came from, and pendingRaw the bytes read after them and not decoded yet (an
// incomplete character, or a '\r' waiting to see whether '\n' follows). tell() replays
// CPython's decoder over the chunk to give CPython's cookie (textio_tell.go).
type textIO struct {
	buffer objects.Object
	// fastBuf is the buffer's state when it is a plain buffered object of this module.
	fastBuf  *buffered
	encoding string
	codec    string
	errors   string
	// sig is set for utf-8-sig: a BOM is skipped at the start of the stream (bomRead until
	// the first bytes are seen) and written before the first text (bomWrite).
	sig, bomRead, bomWrite bool
	// readUniversal: lines end at '\r', '\n' or '\r\n'; readTranslate: those become '\n'.
	readUniversal, readTranslate bool
	readNL, writeNL              string
	lineBuffering, writeThrough  bool
	seekable, telling, writable  bool
	hasRead1                     bool
	chunkSize                    int
	// b2cratio is the bytes per character of the last chunk decoded.
	b2cratio float64
	// haveChunk is set while a decoded chunk is held, used up or not.
	haveChunk bool
	seen      int

	decoded             string
	dpos                int
	snapRaw, pendingRaw []byte
	// snapBOM counts the BOM bytes at the start of snapRaw, which made no text.
	snapBOM int
	// snapValid, snapCR and snapInput are CPython's snapshot of the current chunk (see
	// textio_tell.go).
	snapValid, snapCR bool
	snapInput         []byte
	// pending holds encoded text not yet written to the buffer, up to a chunk.
	pending  []byte
	detached bool
	ready    bool
}

var textInitParser = objects.ArgParser{FuncName: "TextIOWrapper", Params: []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, MinPos: 1, MaxPos: 6}

func (s *state) textOf(o *object) (*textIO, error) {
	t, ok := o.impl.(*textIO)
	if !ok || t.buffer == nil {
		if ok && t.detached {
			return nil, objects.Errorf(objects.ValueErrorType, "underlying buffer has been detached")
		}
		return nil, errUninitialized()
	}
	return t, nil
}

// optStrArg reads an optional str-or-None argument of TextIOWrapper().
func optStrArg(fn, name string, v objects.Object) (string, bool, error) {
	if v == nil || v == objects.None {
		return "", false, nil
	}
	str, ok := v.(*objects.Str)
	if !ok {
		return "", false, objects.Errorf(objects.TypeErrorType, "%s() argument '%s' must be str or None, not %s", fn, name, v.Type().Name)
	}
	return str.Value(), true, nil
}

// setNewline applies a newline argument (given == false for None).
func (t *textIO) setNewline(nl string, given bool) error {
	if given {
		switch nl {
		case "", "\n", "\r", "\r\n":
		default:
			return objects.Errorf(objects.ValueErrorType, "illegal newline value: %s", nl)
		}
	}
	t.readUniversal = !given || nl == ""
	t.readTranslate = !given
	t.readNL = nl
	t.writeNL = ""
	if given && nl != "" && nl != "\n" {
		t.writeNL = nl
	}
	return nil
}

// setEncoding applies an encoding argument; "" or "locale" is the locale's, UTF-8 here.
func (t *textIO) setEncoding(enc string, given bool) error {
	if !given || enc == "locale" {
		enc = "UTF-8"
	}
	codec := codecOf(enc)
	if codec == "" {
		return objects.Errorf(objects.LookupErrorType, "unknown encoding: %s", enc)
	}
	t.sig = codec == "utf-8-sig"
	if t.sig {
		codec = "utf-8"
	}
	t.bomRead, t.bomWrite = t.sig, t.sig
	t.encoding, t.codec = enc, codec
	return nil
}

func (s *state) textInit(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	a, err := parse(&textInitParser, args, kwnames)
	if err != nil {
		return nil, err
	}
	t := &textIO{chunkSize: defaultBufferSize, ready: true}
	enc, encGiven, err := optStrArg("TextIOWrapper", "encoding", a[1])
	if err != nil {
		return nil, err
	}
	errs, errsGiven, err := optStrArg("TextIOWrapper", "errors", a[2])
	if err != nil {
		return nil, err
	}
	if !errsGiven {
		errs = "strict"
	}
	t.errors = errs
	nl, nlGiven, err := optStrArg("TextIOWrapper", "newline", a[3])
	if err != nil {
		return nil, err
	}
	if err := t.setNewline(nl, nlGiven); err != nil {
		return nil, err
	}
	for i, dst := range []*bool{&t.lineBuffering, &t.writeThrough} {
		if v := a[4+i]; v != nil {
			if *dst, err = objects.IsTrue(ts, v); err != nil {
				return nil, err
			}
		}
	}
	if err := t.setEncoding(enc, encGiven); err != nil {
		return nil, err
	}
	buf := a[0]
	if t.seekable, err = callBool(ts, buf, "seekable"); err != nil {
		return nil, err
	}
	t.telling = t.seekable
	if t.writable, err = callBool(ts, buf, "writable"); err != nil {
		return nil, err
	}
	if t.sig && t.seekable && t.writable {
		// Text appended after existing bytes gets no BOM.
		pos, err := call(ts, buf, "tell")
		if err != nil {
			return nil, err
		}
		if zero, err := objects.Equal(ts, pos, objects.NewInt(0)); err != nil {
			return nil, err
		} else if !zero {
			t.bomWrite = false
		}
	}
	if _, err := objects.GetAttr(ts, buf, objects.NewStr("read1")); err == nil {
		t.hasRead1 = true
	}
	if bo, ok := buf.(*object); ok && (bo.cls == s.bufferedReader || bo.cls == s.bufferedWriter || bo.cls == s.bufferedRandom) {
		t.fastBuf, _ = bo.impl.(*buffered)
	}
	t.buffer = buf
	o.impl = t
	if t.writable {
		s.track(o, t.fastBuf, t)
	}
	return none()
}

// writeFlush writes the pending encoded text to the buffer.
func (t *textIO) writeFlush(ts *objects.Thread) error {
	if len(t.pending) == 0 {
		return nil
	}
	p := t.pending
	t.pending = nil
	if t.fastBuf != nil && t.fastBuf.raw != nil {
		return t.fastBuf.write(ts, string(p))
	}
	_, err := call(ts, t.buffer, "write", objects.NewBytes(p))
	return err
}

// checkClosed raises the closed-file ValueError when the buffer is closed.
func (t *textIO) checkClosed(ts *objects.Thread) error {
	if t.fastBuf != nil && t.fastBuf.fast != nil && t.fastBuf.raw != nil {
		if t.fastBuf.fast.fd < 0 {
			return errClosed()
		}
		return nil
	}
	closed, err := attrBool(ts, t.buffer, "closed")
	if err != nil {
		return err
	}
	if closed {
		return errClosed()
	}
	return nil
}

// resetDecoder forgets what was read ahead, after a write or seek.
func (t *textIO) resetDecoder() {
	t.decoded, t.dpos, t.haveChunk = "", 0, false
	t.snapRaw, t.pendingRaw = nil, nil
	t.snapValid, t.snapCR, t.snapInput = false, false, nil
}

// readChunk reads bytes from the buffer: n < 0 reads them all.
func (t *textIO) readChunk(ts *objects.Thread, n int) ([]byte, error) {
	if err := t.writeFlush(ts); err != nil {
		return nil, err
	}
	if t.fastBuf != nil && t.fastBuf.raw != nil {
		var p []byte
		var err error
		if n < 0 {
			p, err = t.fastBuf.read(ts, -1)
		} else {
			p, err = t.fastBuf.read1(ts, n)
		}
		if err != nil {
			return nil, err
		}
		return p, nil
	}
	name := "read"
	if t.hasRead1 && n >= 0 {
		name = "read1"
	}
	var r objects.Object
	var err error
	if n < 0 {
		r, err = call(ts, t.buffer, name)
	} else {
		r, err = call(ts, t.buffer, name, objects.NewInt(int64(n)))
	}
	if err != nil {
		return nil, err
	}
	if r == objects.None {
		return nil, nil
	}
	data, err := bytesLike(r)
	if err != nil {
		return nil, objects.Errorf(objects.TypeErrorType, "underlying %s() should have returned a bytes-like object, not '%s'", name, r.Type().Name)
	}
	return []byte(data), nil
}

// decode turns the pending bytes plus data into text, keeping back what cannot be decoded
// yet unless final; it replaces the current chunk.
func (t *textIO) decode(ts *objects.Thread, data []byte, final bool) error {
	all := append(t.pendingRaw, data...)
	// CPython's snapshot of the chunk: its decoder's pending '\r' flag and the bytes it fed
	// the decoder (those its UTF-8 decoder held, then the chunk).
	snapCR := t.readUniversal && len(t.pendingRaw) > 0 && t.pendingRaw[0] == '\r'
	snapInput := all
	if snapCR {
		snapInput = all[1:]
	}
	skip := 0
	if t.bomRead {
		if len(all) < len(utf8BOM) && !final && strings.HasPrefix(utf8BOM, string(all)) {
			t.decoded, t.dpos, t.snapRaw, t.snapBOM, t.haveChunk = "", 0, nil, 0, true
			t.snapValid, t.snapCR, t.snapInput = true, snapCR, snapInput
			t.pendingRaw = append([]byte(nil), all...)
			return nil
		}
		t.bomRead = false
		if strings.HasPrefix(string(all), utf8BOM) {
			skip = len(utf8BOM)
		}
	}
	cut := len(all)
	if !final {
		cut = completeCut(all, t.codec)
		if t.readUniversal && cut > 0 && all[cut-1] == '\r' {
			cut--
		}
	}
	var text string
	if cut > skip {
		str, err := objects.DecodeBytes(ts, string(all[skip:cut]), t.codec, t.errors)
		if err != nil {
			return err
		}
		text = str.Value()
	}
	if t.readUniversal {
		t.seen = recordNewlines(text, t.seen)
	}
	if t.readTranslate {
		text = translateNewlines(text)
	}
	t.decoded, t.dpos, t.haveChunk = text, 0, true
	t.snapValid, t.snapCR, t.snapInput = true, snapCR, snapInput
	t.snapRaw, t.snapBOM = all[:cut:cut], skip
	t.pendingRaw = append([]byte(nil), all[cut:]...)
	return nil
}

// fill decodes the next chunk once the current one is used up; eof reports the end of the
// buffer (with everything decoded). hint is how many characters the caller still wants (0
// for a line): as CPython, a chunk is at least that many times the bytes per character of
// the previous chunk, so that chunk boundaries, and what a write after a read overwrites,
// are the same.
func (t *textIO) fill(ts *objects.Thread, hint int) (eof bool, err error) {
	size := t.chunkSize
	if hint > 0 {
		size = max(size, int(max(t.b2cratio, 1)*float64(hint)))
	}
	data, err := t.readChunk(ts, size)
	if err != nil {
		return false, err
	}
	eof = len(data) == 0
	if err := t.decode(ts, data, eof); err != nil {
		return false, err
	}
	t.b2cratio = 0
	if n := charCount(t.decoded); n > 0 {
		t.b2cratio = float64(len(data)) / float64(n)
	}
	return eof, nil
}

func (t *textIO) checkReadable(ts *objects.Thread, s *state) error {
	ok, err := callBool(ts, t.buffer, "readable")
	if err != nil {
		return err
	}
	if !ok {
		return s.unsupportedErr("not readable")
	}
	return nil
}

// read returns up to n characters, all the rest when n < 0.
func (t *textIO) read(ts *objects.Thread, n int) (string, error) {
	if n < 0 {
		data, err := t.readChunk(ts, -1)
		if err != nil {
			return "", err
		}
		rest := t.decoded[t.dpos:]
		if err := t.decode(ts, data, true); err != nil {
			return "", err
		}
		out := rest + t.decoded
		t.resetDecoder()
		return out, nil
	}
	var out strings.Builder
	for n > 0 {
		if t.dpos >= len(t.decoded) {
			eof, err := t.fill(ts, n)
			if err != nil {
				return "", err
			}
			if eof && len(t.decoded) == 0 {
				break
			}
			continue
		}
		rest := t.decoded[t.dpos:]
		k := charPrefix(rest, n)
		n -= charCount(rest[:k])
		out.WriteString(rest[:k])
		t.dpos += k
	}
	return out.String(), nil
}

// lineEnd finds the end of a line in s: the index after its newline, or -1.
func (t *textIO) lineEnd(s string) int {
	switch {
	case t.readTranslate:
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1
		}
	case t.readUniversal:
		if i := strings.IndexAny(s, "\r\n"); i >= 0 {
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		}
	default:
		if i := strings.Index(s, t.readNL); i >= 0 {
			return i + len(t.readNL)
		}
	}
	return -1
}

// readline returns the next line, of at most limit characters when limit >= 0.
func (t *textIO) readline(ts *objects.Thread, limit int) (string, error) {
	var line strings.Builder
	chars := 0
	// CPython's readline reads a chunk before it looks at the limit when it holds none (not
	// when it holds one it used up).
	for limit == 0 && (!t.haveChunk || len(t.decoded) == 0) {
		eof, err := t.fill(ts, 0)
		if err != nil {
			return "", err
		}
		if eof {
			break
		}
	}
	for limit < 0 || chars < limit {
		if t.dpos >= len(t.decoded) {
			eof, err := t.fill(ts, 0)
			if err != nil {
				return "", err
			}
			if eof && len(t.decoded) == 0 {
				break
			}
			continue
		}
		rest := t.decoded[t.dpos:]
		// A '\r\n' newline split between chunks ends the line with its '\n'.
		if t.readNL == "\r\n" && !t.readUniversal && rest[0] == '\n' && strings.HasSuffix(line.String(), "\r") {
			line.WriteByte('\n')
			t.dpos++
			break
		}
		end := t.lineEnd(rest)
		piece := rest
		if end >= 0 {
			piece = rest[:end]
		}
		if limit >= 0 {
			if k := charPrefix(piece, limit-chars); k < len(piece) {
				piece, end = piece[:k], -1
			}
		}
		line.WriteString(piece)
		chars += charCount(piece)
		t.dpos += len(piece)
		if end >= 0 {
			break
		}
	}
	return line.String(), nil
}

// rawOffset returns how many of the chunk's bytes gave its first target bytes of text.
func (t *textIO) rawOffset(ts *objects.Thread, raw []byte, target int) int {
	out, i := 0, t.snapBOM
	for i < len(raw) && out < target {
		c := raw[i]
		switch {
		case c == '\r' && t.readTranslate:
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
			out++
			continue
		case c < 0x80:
			i++
			out++
			continue
		case t.codec == "latin-1":
			i++
			out += utf8.RuneLen(rune(c))
			continue
		case t.codec == "utf-8":
			if r, w := utf8.DecodeRune(raw[i:]); r != utf8.RuneError || w > 1 {
				i += w
				out += w
				continue
			}
		}
		// An undecodable byte: as much text as the error handler made of it.
		if s, err := objects.DecodeBytes(ts, string(raw[i:i+1]), t.codec, t.errors); err == nil {
			out += len(s.Value())
		}
		i++
	}
	return i
}

func (t *textIO) tell(ts *objects.Thread, s *state) (objects.Object, error) {
	if !t.seekable {
		return nil, s.unsupportedErr("underlying stream is not seekable")
	}
	if !t.telling {
		return nil, objects.Errorf(objects.OSErrorType, "telling position disabled by next() call")
	}
	if err := t.writeFlush(ts); err != nil {
		return nil, err
	}
	if _, err := call(ts, t.buffer, "flush"); err != nil {
		return nil, err
	}
	r, err := call(ts, t.buffer, "tell")
	if err != nil {
		return nil, err
	}
	pos, err := intArg(ts, r)
	if err != nil {
		return nil, err
	}
	if !t.snapValid {
		return objects.NewInt(int64(pos)), nil
	}
	if t.sig {
		// utf-8-sig: a byte offset, which its decoder's state cannot be told apart from.
		pos -= len(t.pendingRaw)
		if t.dpos < len(t.decoded) {
			pos -= len(t.snapRaw) - t.rawOffset(ts, t.snapRaw, t.dpos)
		}
		return objects.NewInt(int64(pos)), nil
	}
	return t.cookie(ts, int64(pos))
}

func (t *textIO) write(ts *objects.Thread, s *state, str *objects.Str) (objects.Object, error) {
	if !t.writable {
		return nil, s.unsupportedErr("not writable")
	}
	text := str.Value()
	hasLF := strings.IndexByte(text, '\n') >= 0
	needFlush := t.lineBuffering && (hasLF || strings.IndexByte(text, '\r') >= 0)
	if hasLF && t.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", t.writeNL)
	}
	data, err := encode(ts, str, text, t.codec, t.errors)
	if err != nil {
		return nil, err
	}
	if t.bomWrite {
		data = utf8BOM + data
		t.bomWrite = false
	}
	if len(t.pending)+len(data) > t.chunkSize {
		if err := t.writeFlush(ts); err != nil {
			return nil, err
		}
	}
	t.pending = append(t.pending, data...)
	if len(t.pending) >= t.chunkSize || needFlush || t.writeThrough {
		if err := t.writeFlush(ts); err != nil {
			return nil, err
		}
	}
	if needFlush {
		if _, err := call(ts, t.buffer, "flush"); err != nil {
			return nil, err
		}
	}
	t.resetDecoder()
	return objects.NewInt(int64(str.Len())), nil
}
