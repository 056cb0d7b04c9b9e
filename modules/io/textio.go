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
// incomplete character, or a '\r' waiting to see whether '\n' follows). tell() turns the
// position into a byte offset from these, which for the stateless codecs supported is the
// opaque cookie CPython would give.
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
	seen                         int

	decoded             string
	dpos                int
	snapRaw, pendingRaw []byte
	// snapBOM counts the BOM bytes at the start of snapRaw, which made no text.
	snapBOM int
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
	t.decoded, t.dpos = "", 0
	t.snapRaw, t.pendingRaw = nil, nil
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
	skip := 0
	if t.bomRead {
		if len(all) < len(utf8BOM) && !final && strings.HasPrefix(utf8BOM, string(all)) {
			t.decoded, t.dpos, t.snapRaw, t.snapBOM = "", 0, nil, 0
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
	t.decoded, t.dpos = text, 0
	t.snapRaw, t.snapBOM = all[:cut:cut], skip
	t.pendingRaw = append([]byte(nil), all[cut:]...)
	return nil
}

// fill decodes the next chunk once the current one is used up; eof reports the end of the
// buffer (with everything decoded).
func (t *textIO) fill(ts *objects.Thread) (eof bool, err error) {
	data, err := t.readChunk(ts, t.chunkSize)
	if err != nil {
		return false, err
	}
	eof = len(data) == 0
	return eof, t.decode(ts, data, eof)
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
			eof, err := t.fill(ts)
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
	for limit < 0 || chars < limit {
		if t.dpos >= len(t.decoded) {
			eof, err := t.fill(ts)
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
	pos -= len(t.pendingRaw)
	if t.dpos < len(t.decoded) {
		pos -= len(t.snapRaw) - t.rawOffset(ts, t.snapRaw, t.dpos)
	}
	return objects.NewInt(int64(pos)), nil
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

// textMethod makes a method of an attached TextIOWrapper, checking first that its buffer is
// open when checkClosed is set.
func (s *state) textMethod(name string, flags objects.MethodFlags, checkClosed bool, f func(ts *objects.Thread, o *object, t *textIO, args []objects.Object) (objects.Object, error)) objects.MethodDef {
	return method(name, flags, func(ts *objects.Thread, o *object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
		t, err := s.textOf(o)
		if err != nil {
			return nil, err
		}
		if checkClosed {
			if err := t.checkClosed(ts); err != nil {
				return nil, err
			}
		}
		return f(ts, o, t, args)
	})
}

// bufferAttr makes an attribute read from the buffer.
func (s *state) bufferAttr(name string) objects.GetSetDef {
	return getter(name, func(ts *objects.Thread, o *object) (objects.Object, error) {
		t, err := s.textOf(o)
		if err != nil {
			return nil, err
		}
		return objects.GetAttr(ts, t.buffer, objects.NewStr(name))
	})
}

// textGetter makes an attribute computed from the state, which a detached wrapper keeps.
func (s *state) textGetter(name string, f func(t *textIO) objects.Object) objects.GetSetDef {
	return getter(name, func(ts *objects.Thread, o *object) (objects.Object, error) {
		t, ok := o.impl.(*textIO)
		if !ok || !t.ready {
			return nil, errUninitialized()
		}
		return f(t), nil
	})
}

// textNext is TextIOWrapper.__next__: the next line, which also disables tell() until the
// end or a flush, as CPython's does.
func (s *state) textNext(ts *objects.Thread, o *object) (objects.Object, error) {
	t, err := s.textOf(o)
	if err != nil {
		return nil, err
	}
	if err := t.checkClosed(ts); err != nil {
		return nil, err
	}
	t.telling = false
	var line objects.Object
	if o.cls == s.textIOWrapper {
		text, err := t.readline(ts, -1)
		if err != nil {
			return nil, err
		}
		line = objects.NewStr(text)
	} else if line, err = call(ts, o, "readline"); err != nil {
		return nil, err
	}
	if str, ok := line.(*objects.Str); ok && str.Len() == 0 {
		t.telling = t.seekable
		return nil, nil
	}
	return line, nil
}

const utf8BOM = "\xef\xbb\xbf"

var reconfigureParser = objects.ArgParser{FuncName: "reconfigure", Params: []string{"encoding", "errors", "newline", "line_buffering", "write_through"}}

func (s *state) textIOWrapperSpec() classSpec {
	forward := func(name string) objects.MethodDef {
		return s.textMethod(name, objects.MethNoArgs, false, func(ts *objects.Thread, _ *object, t *textIO, _ []objects.Object) (objects.Object, error) {
			return call(ts, t.buffer, name)
		})
	}
	chunkSize := s.textGetter("_CHUNK_SIZE", func(t *textIO) objects.Object { return objects.NewInt(int64(t.chunkSize)) })
	chunkSize.Set = func(ts *objects.Thread, self, v objects.Object) error {
		o, ok := self.(*object)
		if !ok {
			return objects.Errorf(objects.TypeErrorType, "descriptor '_CHUNK_SIZE' requires an _io object")
		}
		t, err := s.textOf(o)
		if err != nil {
			return err
		}
		if v == nil {
			return objects.Errorf(objects.AttributeErrorType, "cannot delete attribute")
		}
		n, err := intArg(ts, v)
		if err != nil {
			return err
		}
		if n <= 0 {
			return objects.Errorf(objects.ValueErrorType, "a strictly positive integer is required")
		}
		t.chunkSize = n
		return nil
	}
	return classSpec{name: "TextIOWrapper", base: s.textIOBase, doc: textIOWrapperDoc,
		newImpl:  func() any { return &textIO{} },
		iterNext: s.textNext,
		methods: []objects.MethodDef{
			method("__init__", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				return s.textInit(ts, o, args, kwnames)
			}),
			s.textMethod("read", objects.MethFastcall, true, func(ts *objects.Thread, _ *object, t *textIO, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "read", args)
				if err != nil {
					return nil, err
				}
				if err := t.checkReadable(ts, s); err != nil {
					return nil, err
				}
				text, err := t.read(ts, n)
				if err != nil {
					return nil, err
				}
				return objects.NewStr(text), nil
			}),
			s.textMethod("readline", objects.MethFastcall, true, func(ts *objects.Thread, _ *object, t *textIO, args []objects.Object) (objects.Object, error) {
				n, err := optSize(ts, "readline", args)
				if err != nil {
					return nil, err
				}
				line, err := t.readline(ts, n)
				if err != nil {
					return nil, err
				}
				return objects.NewStr(line), nil
			}),
			s.textMethod("write", objects.MethO, true, func(ts *objects.Thread, _ *object, t *textIO, args []objects.Object) (objects.Object, error) {
				str, ok := args[0].(*objects.Str)
				if !ok {
					return nil, objects.Errorf(objects.TypeErrorType, "write() argument must be str, not %s", args[0].Type().Name)
				}
				return t.write(ts, s, str)
			}),
			s.textMethod("flush", objects.MethNoArgs, true, func(ts *objects.Thread, _ *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				t.telling = t.seekable
				if err := t.writeFlush(ts); err != nil {
					return nil, err
				}
				return call(ts, t.buffer, "flush")
			}),
			s.textMethod("close", objects.MethNoArgs, false, func(ts *objects.Thread, o *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				closed, err := attrBool(ts, t.buffer, "closed")
				if err != nil || closed {
					return objects.None, err
				}
				_, ferr := call(ts, o, "flush")
				_, cerr := call(ts, t.buffer, "close")
				if ferr != nil {
					return nil, ferr
				}
				if cerr != nil {
					return nil, cerr
				}
				return none()
			}),
			s.textMethod("detach", objects.MethNoArgs, false, func(ts *objects.Thread, o *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				if _, err := call(ts, o, "flush"); err != nil {
					return nil, err
				}
				b := t.buffer
				t.buffer, t.fastBuf, t.detached = nil, nil, true
				return b, nil
			}),
			s.textMethod("tell", objects.MethNoArgs, true, func(ts *objects.Thread, _ *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				return t.tell(ts, s)
			}),
			s.textMethod("seek", objects.MethFastcall, true, func(ts *objects.Thread, o *object, t *textIO, args []objects.Object) (objects.Object, error) {
				if err := objects.CheckPositional("seek", len(args), 1, 2); err != nil {
					return nil, err
				}
				whence := 0
				if len(args) == 2 {
					var err error
					if whence, err = intArg(ts, args[1]); err != nil {
						return nil, err
					}
				}
				if !t.seekable {
					return nil, s.unsupportedErr("underlying stream is not seekable")
				}
				cookie := args[0]
				switch whence {
				case 0:
				case 1, 2:
					zero, err := objects.Equal(ts, cookie, objects.NewInt(0))
					if err != nil {
						return nil, err
					}
					if !zero {
						if whence == 1 {
							return nil, s.unsupportedErr("can't do nonzero cur-relative seeks")
						}
						return nil, s.unsupportedErr("can't do nonzero end-relative seeks")
					}
					if whence == 1 {
						var err error
						if cookie, err = call(ts, o, "tell"); err != nil {
							return nil, err
						}
						break
					}
					if _, err := call(ts, o, "flush"); err != nil {
						return nil, err
					}
					t.resetDecoder()
					return call(ts, t.buffer, "seek", objects.NewInt(0), objects.NewInt(2))
				default:
					return nil, objects.Errorf(objects.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
				}
				pos, err := intArg(ts, cookie)
				if err != nil {
					return nil, err
				}
				if pos < 0 {
					r, _ := objects.Repr(ts, cookie)
					return nil, objects.Errorf(objects.ValueErrorType, "negative seek position %s", r.Value())
				}
				if _, err := call(ts, o, "flush"); err != nil {
					return nil, err
				}
				t.resetDecoder()
				if _, err := call(ts, t.buffer, "seek", objects.NewInt(int64(pos))); err != nil {
					return nil, err
				}
				t.bomRead, t.bomWrite = t.sig && pos == 0, t.sig && pos == 0
				return cookie, nil
			}),
			s.textMethod("truncate", objects.MethFastcall, false, func(ts *objects.Thread, o *object, t *textIO, args []objects.Object) (objects.Object, error) {
				if err := objects.CheckPositional("truncate", len(args), 0, 1); err != nil {
					return nil, err
				}
				if _, err := call(ts, o, "flush"); err != nil {
					return nil, err
				}
				var pos objects.Object = objects.None
				if len(args) == 1 {
					pos = args[0]
				}
				return call(ts, t.buffer, "truncate", pos)
			}),
			s.textMethod("seekable", objects.MethNoArgs, true, func(ts *objects.Thread, _ *object, t *textIO, _ []objects.Object) (objects.Object, error) {
				return objects.NewBool(t.seekable), nil
			}),
			forward("readable"), forward("writable"), forward("fileno"), forward("isatty"),
			method("reconfigure", objects.MethFastcall|objects.MethKeywords, func(ts *objects.Thread, o *object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
				t, err := s.textOf(o)
				if err != nil {
					return nil, err
				}
				a, err := parse(&reconfigureParser, args, kwnames)
				if err != nil {
					return nil, err
				}
				if _, err := call(ts, o, "flush"); err != nil {
					return nil, err
				}
				enc, encGiven, err := optStrArg("reconfigure", "encoding", a[0])
				if err != nil {
					return nil, err
				}
				errs, errsGiven, err := optStrArg("reconfigure", "errors", a[1])
				if err != nil {
					return nil, err
				}
				if encGiven {
					if err := t.setEncoding(enc, true); err != nil {
						return nil, err
					}
					if !errsGiven {
						t.errors = "strict"
					}
				}
				if errsGiven {
					t.errors = errs
				}
				if a[2] != nil {
					nl, given, err := optStrArg("reconfigure", "newline", a[2])
					if err != nil {
						return nil, err
					}
					if err := t.setNewline(nl, given); err != nil {
						return nil, err
					}
				}
				for i, dst := range []*bool{&t.lineBuffering, &t.writeThrough} {
					if v := a[3+i]; v != nil && v != objects.None {
						if *dst, err = objects.IsTrue(ts, v); err != nil {
							return nil, err
						}
					}
				}
				return none()
			}),
			method("__repr__", objects.MethNoArgs, func(ts *objects.Thread, o *object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				t, ok := o.impl.(*textIO)
				if !ok || !t.ready {
					return objects.NewStr("<" + s.typeName(o) + ">"), nil
				}
				extra := ""
				if mode, err := objects.GetAttr(ts, o, objects.NewStr("mode")); err == nil {
					r, err := objects.Repr(ts, mode)
					if err != nil {
						return nil, err
					}
					extra = " mode=" + r.Value()
				} else if !objects.IsAttributeError(err) {
					return nil, err
				}
				r, err := objects.Repr(ts, objects.NewStr(t.encoding))
				if err != nil {
					return nil, err
				}
				return s.reprWithName(ts, o, extra+" encoding="+r.Value())
			}),
		},
		getsets: []objects.GetSetDef{
			s.textGetter("encoding", func(t *textIO) objects.Object { return objects.NewStr(t.encoding) }),
			s.textGetter("errors", func(t *textIO) objects.Object { return objects.NewStr(t.errors) }),
			s.textGetter("line_buffering", func(t *textIO) objects.Object { return objects.NewBool(t.lineBuffering) }),
			s.textGetter("write_through", func(t *textIO) objects.Object { return objects.NewBool(t.writeThrough) }),
			s.textGetter("buffer", func(t *textIO) objects.Object {
				if t.buffer == nil {
					return objects.None
				}
				return t.buffer
			}),
			s.textGetter("newlines", func(t *textIO) objects.Object {
				if !t.readUniversal {
					return objects.None
				}
				return newlinesValue(t.seen)
			}),
			s.bufferAttr("closed"), s.bufferAttr("name"),
			chunkSize,
			getter("_finalizing", func(*objects.Thread, *object) (objects.Object, error) { return objects.False, nil }),
		},
	}
}

const textIOWrapperDoc = "Character and line based layer over a BufferedIOBase object, buffer.\n\nencoding gives the name of the encoding that the stream will be\ndecoded or encoded with. It defaults to locale.getencoding().\n\nerrors determines the strictness of encoding and decoding (see\nhelp(codecs.Codec) or the documentation for codecs.register) and\ndefaults to \"strict\".\n\nnewline controls how line endings are handled. It can be None, '',\n'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' characters written are\n  translated to the given string.\n\nIf line_buffering is True, a call to flush is implied when a call to\nwrite contains a newline character."
