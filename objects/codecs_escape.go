package objects

import (
	"strconv"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The escape codecs: unicode_escape and raw_unicode_escape (str <-> Latin-1 bytes with
// backslash escapes) and escape_encode/escape_decode (bytes <-> bytes, as bytes literals).

const lowerHex = "0123456789abcdef"

// EncodeUnicodeEscape encodes s with Python's string-literal escapes, quotes left as they are.
func EncodeUnicodeEscape(s *Str) string {
	b := make([]byte, 0, len(s.value)+len(s.value)/4)
	for i := 0; i < len(s.value); {
		r, w := pyfmt.DecodeRune(s.value[i:])
		i += w
		switch {
		case r == '\\':
			b = append(b, '\\', '\\')
		case r == '\t':
			b = append(b, '\\', 't')
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r >= 0x20 && r < 0x7F:
			b = append(b, byte(r))
		default:
			b = appendBackslashEscape(b, r)
		}
	}
	return string(b)
}

// EncodeRawUnicodeEscape encodes s as Latin-1 with \uXXXX and \UXXXXXXXX for the rest.
func EncodeRawUnicodeEscape(s *Str) string {
	b := make([]byte, 0, len(s.value))
	for i := 0; i < len(s.value); {
		r, w := pyfmt.DecodeRune(s.value[i:])
		i += w
		if r < 0x100 {
			b = append(b, byte(r))
		} else {
			b = appendBackslashEscape(b, r)
		}
	}
	return string(b)
}

// hexValue returns the value of a hex digit, or -1.
func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// DecodeUnicodeEscape decodes Python's string-literal escapes, other bytes as Latin-1. An
// unknown escape is kept as it is. Unless final, an escape cut off at the end is left
// unconsumed.
func DecodeUnicodeEscape(ts *Thread, data string, dataObj Object, errors string, final bool) (*Str, int, error) {
	b := make([]byte, 0, len(data))
	var h *errorHandler
	s := 0
	for s < len(data) {
		c := data[s]
		s++
		if c != '\\' {
			b = pyfmt.AppendRune(b, rune(c))
			continue
		}
		start := s - 1
		var msg string
		incomplete := false
		if s >= len(data) {
			msg, incomplete = "\\ at end of string", true
		} else {
			c = data[s]
			s++
			count := 0
			switch c {
			case '\n':
				continue
			case '\\', '\'', '"':
				b = append(b, c)
				continue
			case 'b':
				b = append(b, '\b')
				continue
			case 'f':
				b = append(b, '\f')
				continue
			case 't':
				b = append(b, '\t')
				continue
			case 'n':
				b = append(b, '\n')
				continue
			case 'r':
				b = append(b, '\r')
				continue
			case 'v':
				b = append(b, '\v')
				continue
			case 'a':
				b = append(b, '\a')
				continue
			case '0', '1', '2', '3', '4', '5', '6', '7':
				code := rune(c - '0')
				for k := 0; k < 2 && s < len(data) && data[s] >= '0' && data[s] <= '7'; k++ {
					code = code<<3 + rune(data[s]-'0')
					s++
				}
				b = pyfmt.AppendRune(b, code)
				continue
			case 'x':
				count, msg = 2, "truncated \\xXX escape"
			case 'u':
				count, msg = 4, "truncated \\uXXXX escape"
			case 'U':
				count, msg = 8, "truncated \\UXXXXXXXX escape"
			case 'N':
				msg = "malformed \\N character escape"
				if s >= len(data) {
					incomplete = true
					break
				}
				if data[s] != '{' {
					break
				}
				s++
				nameStart := s
				for s < len(data) && data[s] != '}' {
					s++
				}
				if s >= len(data) {
					incomplete = true
					break
				}
				if s > nameStart {
					name := data[nameStart:s]
					s++
					if UnicodeLookupName != nil {
						if r, ok := UnicodeLookupName(name); ok {
							b = pyfmt.AppendRune(b, r)
							continue
						}
					}
					msg = "unknown Unicode character name"
				}
			default:
				// Unknown escapes stay as they are (CPython also warns).
				b = append(b, '\\')
				s--
				continue
			}
			if count > 0 {
				var ch uint64
				bad := false
				for ; count > 0; count-- {
					if s >= len(data) {
						incomplete = true
						break
					}
					v := hexValue(data[s])
					if v < 0 {
						bad = true
						break
					}
					ch = ch<<4 | uint64(v)
					s++
				}
				if !incomplete && !bad {
					if ch <= 0x10FFFF {
						b = pyfmt.AppendRune(b, rune(ch))
						continue
					}
					msg = "illegal Unicode character"
				}
			}
		}
		if incomplete && !final {
			return NewStr(string(b)), start, nil
		}
		if h == nil {
			h = newErrorHandler(errors)
		}
		f := &codecFailure{kind: failDecode, codec: "unicodeescape", data: data, dataObj: dataObj, start: start, end: s, reason: msg}
		rep, err := h.handle(ts, f)
		if err != nil {
			return nil, 0, err
		}
		data = f.data
		b = append(b, rep.s...)
		s = rep.pos
	}
	return NewStr(string(b)), s, nil
}

// DecodeRawUnicodeEscape decodes Latin-1 with \uXXXX and \UXXXXXXXX escapes; other
// backslashes are kept, and a backslash escapes the next one.
func DecodeRawUnicodeEscape(ts *Thread, data string, dataObj Object, errors string, final bool) (*Str, int, error) {
	b := make([]byte, 0, len(data))
	var h *errorHandler
	s := 0
	for s < len(data) {
		c := data[s]
		s++
		if c != '\\' || s >= len(data) {
			if c == '\\' && !final {
				return NewStr(string(b)), s - 1, nil
			}
			b = pyfmt.AppendRune(b, rune(c))
			continue
		}
		c = data[s]
		s++
		count, msg := 4, "truncated \\uXXXX escape"
		switch c {
		case 'u':
		case 'U':
			count, msg = 8, "truncated \\UXXXXXXXX escape"
		default:
			b = append(b, '\\')
			b = pyfmt.AppendRune(b, rune(c))
			continue
		}
		start := s - 2
		var ch uint64
		incomplete, bad := false, false
		for ; count > 0; count-- {
			if s >= len(data) {
				incomplete = true
				break
			}
			v := hexValue(data[s])
			if v < 0 {
				bad = true
				break
			}
			ch = ch<<4 | uint64(v)
			s++
		}
		if !incomplete && !bad {
			if ch <= 0x10FFFF {
				b = pyfmt.AppendRune(b, rune(ch))
				continue
			}
			msg = "\\Uxxxxxxxx out of range"
		}
		if incomplete && !final {
			return NewStr(string(b)), start, nil
		}
		if h == nil {
			h = newErrorHandler(errors)
		}
		f := &codecFailure{kind: failDecode, codec: "rawunicodeescape", data: data, dataObj: dataObj, start: start, end: s, reason: msg}
		rep, err := h.handle(ts, f)
		if err != nil {
			return nil, 0, err
		}
		data = f.data
		b = append(b, rep.s...)
		s = rep.pos
	}
	return NewStr(string(b)), s, nil
}

// EscapeEncode escapes bytes as a bytes literal's body does, with both quotes' forms: \t \n
// \r \\ \' and \xhh for the rest of the non-printable bytes.
func EscapeEncode(data string) string {
	b := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '\'' || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < ' ' || c >= 0x7F:
			b = append(b, '\\', 'x', lowerHex[c>>4], lowerHex[c&15])
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// EscapeDecode decodes a bytes literal's escapes; errors may be strict, ignore or replace
// (for a bad \x escape).
func EscapeDecode(data string, errors string) (string, error) {
	b := make([]byte, 0, len(data))
	for s := 0; s < len(data); {
		c := data[s]
		s++
		if c != '\\' {
			b = append(b, c)
			continue
		}
		if s >= len(data) {
			return "", Errorf(ValueErrorType, "Trailing \\ in string")
		}
		c = data[s]
		s++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			b = append(b, c)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 't':
			b = append(b, '\t')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 'v':
			b = append(b, '\v')
		case 'a':
			b = append(b, '\a')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			code := int(c - '0')
			for k := 0; k < 2 && s < len(data) && data[s] >= '0' && data[s] <= '7'; k++ {
				code = code<<3 + int(data[s]-'0')
				s++
			}
			b = append(b, byte(code))
		case 'x':
			if s+1 < len(data) {
				hi, lo := hexValue(data[s]), hexValue(data[s+1])
				if hi >= 0 && lo >= 0 {
					b = append(b, byte(hi<<4|lo))
					s += 2
					break
				}
			}
			switch errors {
			case "", "strict":
				return "", Errorf(ValueErrorType, "invalid \\x escape at position %s", strconv.Itoa(s-2))
			case "replace":
				b = append(b, '?')
			case "ignore":
			default:
				return "", Errorf(ValueErrorType, "decoding error; unknown error handling code: %s", errors)
			}
			// The bad escape's hex digits are skipped with it.
			if s < len(data) && hexValue(data[s]) >= 0 {
				s++
			}
		default:
			// Unknown escapes stay as they are (CPython also warns).
			b = append(b, '\\', c)
		}
	}
	return string(b), nil
}
