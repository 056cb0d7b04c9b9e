package objects

import (
	"unicode/utf8"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The UTF-8, ASCII and Latin-1 codecs, with every error handler.

// EncodeUTF8 encodes s as UTF-8; lone surrogates go to the error handler.
func EncodeUTF8(ts *Thread, s *Str, errors string) (string, error) {
	if s.IsASCII() || utf8.ValidString(s.value) {
		// Str's encoding is UTF-8 except for lone surrogates, which are not valid UTF-8.
		return s.value, nil
	}
	return encodeLimited(ts, s, "utf-8", 0, errors)
}

// EncodeASCII encodes s as ASCII.
func EncodeASCII(ts *Thread, s *Str, errors string) (string, error) {
	if s.IsASCII() {
		return s.value, nil
	}
	return encodeLimited(ts, s, "ascii", 0x80, errors)
}

// EncodeLatin1 encodes s as Latin-1.
func EncodeLatin1(ts *Thread, s *Str, errors string) (string, error) {
	if s.IsASCII() {
		return s.value, nil
	}
	return encodeLimited(ts, s, "latin-1", 0x100, errors)
}

// encodeLimited encodes s as ASCII or Latin-1 (code points below limit), or as UTF-8 when
// limit is 0, handing each run of code points it cannot encode to the error handler.
func encodeLimited(ts *Thread, s *Str, codec string, limit rune, errors string) (string, error) {
	ok := func(r rune) bool { return r < limit }
	reason := "ordinal not in range(256)"
	replLimit := limit
	switch limit {
	case 0:
		ok = func(r rune) bool { return r < 0xD800 || r > 0xDFFF }
		reason, replLimit = "surrogates not allowed", 0x80
	case 0x80:
		reason = "ordinal not in range(128)"
	}
	rs := s.Runes()
	h := newFastErrorHandler(errors, ucs1EncodeFast)
	if limit == 0 {
		h.fast = utf8EncodeFast
	}
	b := make([]byte, 0, len(s.value))
	for i := 0; i < len(rs); {
		r := rs[i]
		if ok(r) {
			if limit == 0 {
				b = utf8.AppendRune(b, r)
			} else {
				b = append(b, byte(r))
			}
			i++
			continue
		}
		// The run of unencodable code points, reported together.
		j := i + 1
		for j < len(rs) && !ok(rs[j]) {
			j++
		}
		if h.name == "surrogateescape" {
			// The escapable prefix is written directly; the handler sees the rest.
			for i < j && rs[i] >= 0xDC80 && rs[i] <= 0xDCFF {
				b = append(b, byte(rs[i]-0xDC00))
				i++
			}
			if i == j {
				continue
			}
		}
		f := &codecFailure{kind: failEncode, codec: codec, text: s, runes: rs, start: i, end: j, reason: reason}
		rep, err := h.handle(ts, f)
		if err != nil {
			return "", err
		}
		if b, err = appendEncodeRepl(b, f, rep, replLimit); err != nil {
			return "", err
		}
		i = rep.pos
	}
	return string(b), nil
}

// appendEncodeRepl appends an encode error handler's replacement: bytes as they are, a str
// only when every code point is below limit (and then as one byte each).
func appendEncodeRepl(b []byte, f *codecFailure, rep codecRepl, limit rune) ([]byte, error) {
	if rep.bytes {
		return append(b, rep.s...), nil
	}
	for i := 0; i < len(rep.s); {
		r, w := pyfmt.DecodeRune(rep.s[i:])
		if r >= limit {
			return nil, f.exception()
		}
		b = append(b, byte(r))
		i += w
	}
	return b, nil
}

// DecodeUTF8 decodes UTF-8. Unless final, an incomplete sequence at the end is left for the
// next call; it returns the text and the number of bytes consumed. dataObj, when not nil, is
// the object data came from, for the Unicode errors.
func DecodeUTF8(ts *Thread, data string, dataObj Object, errors string, final bool) (*Str, int, error) {
	if utf8.ValidString(data) {
		return NewStr(data), len(data), nil
	}
	return decodeLimited(ts, "utf-8", data, dataObj, errors, final)
}

// DecodeASCII decodes ASCII.
func DecodeASCII(ts *Thread, data string, dataObj Object, errors string) (*Str, error) {
	if isASCIIOnly(data) {
		return newASCIIStr(data), nil
	}
	s, _, err := decodeLimited(ts, "ascii", data, dataObj, errors, true)
	return s, err
}

// DecodeLatin1 decodes Latin-1, which cannot fail.
func DecodeLatin1(data string) *Str {
	if isASCIIOnly(data) {
		return newASCIIStr(data)
	}
	b := make([]byte, 0, len(data)+len(data)/2)
	for i := 0; i < len(data); i++ {
		b = pyfmt.AppendRune(b, rune(data[i]))
	}
	return newStrLen(string(b), len(data))
}

// decodeLimited decodes UTF-8 or ASCII with the error handler.
func decodeLimited(ts *Thread, codec string, data string, dataObj Object, errors string, final bool) (*Str, int, error) {
	h := newFastErrorHandler(errors, decodeFast)
	b := make([]byte, 0, len(data))
	i := 0
	for i < len(data) {
		c := data[i]
		if c < 0x80 {
			b = append(b, c)
			i++
			continue
		}
		reason, end := "ordinal not in range(128)", i+1
		if codec == "utf-8" {
			r, w := utf8.DecodeRuneInString(data[i:])
			if r != utf8.RuneError || w > 1 {
				b = append(b, data[i:i+w]...)
				i += w
				continue
			}
			reason, end = utf8ErrorReason(data, i)
			if !final && end == len(data) && reason == "unexpected end of data" {
				break
			}
			if !final && c == 0xED && len(data)-i == 2 && data[i+1] >= 0xA0 && data[i+1] <= 0xBF {
				// The start of an encoded surrogate: surrogatepass may take it once complete.
				break
			}
		}
		f := &codecFailure{kind: failDecode, codec: codec, data: data, dataObj: dataObj, start: i, end: end, reason: reason}
		rep, err := h.handle(ts, f)
		if err != nil {
			return nil, 0, err
		}
		data = f.data
		b = append(b, rep.s...)
		i = rep.pos
	}
	return NewStr(string(b)), i, nil
}
