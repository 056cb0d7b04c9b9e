package objects

import (
	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The UTF-7 codec (RFC 2152), as CPython writes it: the optional direct characters and
// whitespace are written directly, '+' as "+-", everything else in base-64 shift sequences of
// UTF-16 code units.

// utf7Class classifies the ASCII characters: 0 direct, 1 optional direct, 2 whitespace, 3
// special (always encoded in base 64).
var utf7Class = func() (t [128]byte) {
	for c := range t {
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			t[c] = 0
		case c == '\t' || c == '\n' || c == '\r' || c == ' ':
			t[c] = 2
		case c < 0x20 || c == 0x7F || c == '+' || c == '\\' || c == '~':
			t[c] = 3
		case c == '\'' || c == '(' || c == ')' || c == ',' || c == '-' || c == '.' || c == '/' || c == ':' || c == '?':
			t[c] = 0
		default:
			t[c] = 1
		}
	}
	return
}()

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func isBase64(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}

func fromBase64(c byte) uint64 {
	switch {
	case c >= 'A' && c <= 'Z':
		return uint64(c - 'A')
	case c >= 'a' && c <= 'z':
		return uint64(c-'a') + 26
	case c >= '0' && c <= '9':
		return uint64(c-'0') + 52
	case c == '+':
		return 62
	}
	return 63
}

// utf7Direct reports whether the encoder writes r as itself.
func utf7Direct(r rune) bool { return r < 128 && r > 0 && utf7Class[r] != 3 }

// EncodeUTF7 encodes s as UTF-7, which cannot fail.
func EncodeUTF7(s *Str) string {
	var b []byte
	inShift := false
	bits := 0
	var buf uint64
	emit := func(u rune) {
		bits += 16
		buf = buf<<16 | uint64(u)
		for bits >= 6 {
			b = append(b, base64Chars[(buf>>(bits-6))&0x3F])
			bits -= 6
		}
		buf &= 1<<bits - 1
	}
	for i := 0; i < len(s.value); {
		r, w := pyfmt.DecodeRune(s.value[i:])
		i += w
		if inShift {
			if utf7Direct(r) {
				if bits > 0 {
					b = append(b, base64Chars[(buf<<(6-bits))&0x3F])
					buf, bits = 0, 0
				}
				inShift = false
				// A character of the base-64 set, or '-', would be read as part of the shift
				// sequence: end it explicitly.
				if r < 128 && isBase64(byte(r)) || r == '-' {
					b = append(b, '-')
				}
				b = append(b, byte(r))
				continue
			}
		} else {
			switch {
			case r == '+':
				b = append(b, '+', '-')
				continue
			case utf7Direct(r):
				b = append(b, byte(r))
				continue
			}
			b = append(b, '+')
			inShift = true
		}
		if r >= 0x10000 {
			r -= 0x10000
			emit(0xD800 + r>>10)
			r = 0xDC00 + r&0x3FF
		}
		emit(r)
	}
	if bits > 0 {
		b = append(b, base64Chars[(buf<<(6-bits))&0x3F])
	}
	if inShift {
		b = append(b, '-')
	}
	return string(b)
}

// DecodeUTF7 decodes UTF-7. Unless final, an unfinished shift sequence at the end is left
// unconsumed.
func DecodeUTF7(ts *Thread, data string, dataObj Object, errors string, final bool) (*Str, int, error) {
	var b []byte
	var h *errorHandler
	inShift := false
	bits := 0
	var buf uint64
	var surrogate rune
	startIn, shiftOutStart := 0, 0
	s := 0
	fail := func(start, end int, reason string) error {
		if h == nil {
			h = newErrorHandler(errors)
		}
		f := &codecFailure{kind: failDecode, codec: "utf7", data: data, dataObj: dataObj, start: start, end: end, reason: reason}
		rep, err := h.handle(ts, f)
		if err != nil {
			return err
		}
		data = f.data
		b = append(b, rep.s...)
		s = rep.pos
		return nil
	}
	for s < len(data) {
		c := data[s]
		if inShift {
			if isBase64(c) {
				buf = buf<<6 | fromBase64(c)
				bits += 6
				s++
				if bits >= 16 {
					u := rune(buf>>(bits-16)) & 0xFFFF
					bits -= 16
					buf &= 1<<bits - 1
					if surrogate != 0 {
						if u >= 0xDC00 && u <= 0xDFFF {
							b = pyfmt.AppendRune(b, 0x10000+(surrogate-0xD800)<<10+(u-0xDC00))
							surrogate = 0
							continue
						}
						b = pyfmt.AppendRune(b, surrogate)
						surrogate = 0
					}
					if u >= 0xD800 && u <= 0xDBFF {
						surrogate = u
					} else {
						b = pyfmt.AppendRune(b, u)
					}
				}
				continue
			}
			// Leaving the shift sequence.
			inShift = false
			if bits > 0 {
				if bits >= 6 {
					s++
					if err := fail(startIn, s, "partial character in shift sequence"); err != nil {
						return nil, 0, err
					}
					continue
				}
				if buf != 0 {
					s++
					if err := fail(startIn, s, "non-zero padding bits in shift sequence"); err != nil {
						return nil, 0, err
					}
					continue
				}
			}
			if surrogate != 0 && c < 128 && c != '+' {
				b = pyfmt.AppendRune(b, surrogate)
			}
			surrogate = 0
			if c == '-' {
				s++
			}
			continue
		}
		switch {
		case c == '+':
			startIn = s
			s++
			if s < len(data) && data[s] == '-' {
				s++
				b = append(b, '+')
			} else if s < len(data) && !isBase64(data[s]) {
				s++
				if err := fail(startIn, s, "ill-formed sequence"); err != nil {
					return nil, 0, err
				}
			} else {
				inShift = true
				surrogate = 0
				shiftOutStart = len(b)
				bits, buf = 0, 0
			}
		case c < 128:
			b = append(b, c)
			s++
		default:
			startIn = s
			s++
			if err := fail(startIn, s, "unexpected special character"); err != nil {
				return nil, 0, err
			}
		}
	}
	if inShift && final {
		inShift = false
		if surrogate != 0 || bits >= 6 || bits > 0 && buf != 0 {
			if err := fail(startIn, len(data), "unterminated shift sequence"); err != nil {
				return nil, 0, err
			}
		}
	}
	consumed := s
	if !final && inShift {
		consumed = startIn
		b = b[:shiftOutStart]
	}
	return NewStr(string(b)), consumed, nil
}
