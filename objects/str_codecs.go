package objects

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The built-in codecs of str.encode and bytes.decode: UTF-8, ASCII and Latin-1 with the
// standard error handlers (strict, ignore, replace, surrogatepass, surrogateescape,
// backslashreplace, xmlcharrefreplace), and CPython's UnicodeError messages.

// normalizeEncoding maps an encoding name to the codec implemented here, as the codecs
// registry's aliases do; "" when unknown.
func normalizeEncoding(name string) string {
	switch name {
	case "utf-8", "utf8", "UTF-8":
		return "utf-8"
	}
	n := strings.ToLower(encodingSeparators.Replace(name))
	switch n {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return "utf-8"
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return "ascii"
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "iso_8859_1_1987", "ibm819", "csisolatin1":
		return "latin-1"
	}
	return ""
}

// encodingSeparators are the characters encoding names treat as '_'.
var encodingSeparators = strings.NewReplacer("-", "_", " ", "_")

// codecArgs parses (encoding='utf-8', errors='strict').
func codecArgs(name string, args []Object, kwnames *Tuple) (string, string, error) {
	a, err := parseKwArgs(name, args, kwnames, []string{"encoding", "errors"}, 0, 0)
	if err != nil {
		return "", "", err
	}
	enc, errs := "utf-8", "strict"
	for i, p := range []*string{&enc, &errs} {
		if a[i] == nil {
			continue
		}
		s, ok := a[i].(*Str)
		if !ok {
			return "", "", Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", name, []string{"encoding", "errors"}[i], a[i].Type().Name)
		}
		*p = s.value
	}
	return enc, errs, nil
}

// Encode returns s.encode(encoding, errors).
func (s *Str) Encode(ts *Thread, encoding, errors string) (*Bytes, error) {
	codec := normalizeEncoding(encoding)
	limit := rune(0x10FFFF)
	switch codec {
	case "":
		return nil, Errorf(LookupErrorType, "unknown encoding: %s", encoding)
	case "ascii":
		limit = 0x7F
	case "latin-1":
		limit = 0xFF
	}
	if s.IsASCII() {
		return NewBytesString(s.value), nil
	}
	rs := s.Runes()
	var b []byte
	for i := 0; i < len(rs); {
		r := rs[i]
		ok := r <= limit && !(codec == "utf-8" && r >= 0xD800 && r <= 0xDFFF)
		if ok {
			if codec == "utf-8" {
				b = utf8.AppendRune(b, r)
			} else {
				b = append(b, byte(r))
			}
			i++
			continue
		}
		// The run of unencodable code points, reported together.
		j := i + 1
		for j < len(rs) && (rs[j] > limit || codec == "utf-8" && rs[j] >= 0xD800 && rs[j] <= 0xDFFF) {
			j++
		}
		reason := "ordinal not in range(" + strconv.Itoa(int(limit)+1) + ")"
		if codec == "utf-8" {
			reason = "surrogates not allowed"
		}
		switch errors {
		case "strict":
			return nil, unicodeEncodeError(codec, s, i, j, reason)
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				b = append(b, '?')
			}
		case "backslashreplace":
			for _, c := range rs[i:j] {
				b = appendBackslashEscape(b, c)
			}
		case "xmlcharrefreplace":
			for _, c := range rs[i:j] {
				b = append(b, "&#"+strconv.Itoa(int(c))+";"...)
			}
		case "surrogateescape":
			for k := i; k < j; k++ {
				c := rs[k]
				if c < 0xDC80 || c > 0xDCFF {
					return nil, unicodeEncodeError(codec, s, k, k+1, reason)
				}
				b = append(b, byte(c-0xDC00))
			}
		case "surrogatepass":
			if codec != "utf-8" {
				return nil, unicodeEncodeError(codec, s, i, j, reason)
			}
			for k := i; k < j; k++ {
				if rs[k] < 0xD800 || rs[k] > 0xDFFF {
					return nil, unicodeEncodeError(codec, s, k, k+1, reason)
				}
				b = pyfmt.AppendRune(b, rs[k])
			}
		default:
			return nil, Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
		}
		i = j
	}
	return NewBytes(b), nil
}

// appendBackslashEscape appends \xhh, \uhhhh or \Uhhhhhhhh for c.
func appendBackslashEscape(b []byte, c rune) []byte {
	const hexd = "0123456789abcdef"
	switch {
	case c < 0x100:
		return append(b, '\\', 'x', hexd[c>>4], hexd[c&15])
	case c < 0x10000:
		return append(b, '\\', 'u', hexd[c>>12&15], hexd[c>>8&15], hexd[c>>4&15], hexd[c&15])
	}
	b = append(b, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		b = append(b, hexd[c>>sh&15])
	}
	return b
}

// unicodeError makes a UnicodeEncodeError or UnicodeDecodeError as the codec would raise it.
func unicodeError(cls *Type, codec string, obj Object, start, end int, reason string) error {
	e, err := CallException(nil, cls, []Object{NewStr(codec), obj, NewInt(int64(start)), NewInt(int64(end)), NewStr(reason)}, nil)
	if err != nil {
		return err
	}
	return e
}

func unicodeEncodeError(codec string, s *Str, start, end int, reason string) error {
	return unicodeError(UnicodeEncodeErrorType, codec, s.exact(), start, end, reason)
}

func unicodeDecodeError(codec string, data string, start, end int, reason string) error {
	return unicodeError(UnicodeDecodeErrorType, codec, NewBytesString(data), start, end, reason)
}

// DecodeBytes decodes data as bytes.decode(encoding, errors) does.
func DecodeBytes(ts *Thread, data string, encoding, errors string) (*Str, error) {
	codec := normalizeEncoding(encoding)
	if codec == "" {
		return nil, Errorf(LookupErrorType, "unknown encoding: %s", encoding)
	}
	if isASCIIOnly(data) {
		return newASCIIStr(data), nil
	}
	b := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x80 {
			b = append(b, c)
			i++
			continue
		}
		var reason string
		end := i + 1
		switch codec {
		case "latin-1":
			b = pyfmt.AppendRune(b, rune(c))
			i++
			continue
		case "ascii":
			reason = "ordinal not in range(128)"
		default:
			r, w := utf8.DecodeRuneInString(data[i:])
			if r != utf8.RuneError || w > 1 {
				b = append(b, data[i:i+w]...)
				i += w
				continue
			}
			if errors == "surrogatepass" {
				if r, w := pyfmt.DecodeRune(data[i:]); w == 3 && r >= 0xD800 && r <= 0xDFFF {
					b = append(b, data[i:i+3]...)
					i += 3
					continue
				}
			}
			reason, end = utf8ErrorReason(data, i)
		}
		switch errors {
		case "strict", "surrogatepass":
			return nil, unicodeDecodeError(codec, data, i, end, reason)
		case "ignore":
		case "replace":
			b = append(b, "\uFFFD"...)
		case "backslashreplace":
			for k := i; k < end; k++ {
				b = appendBackslashEscape(b, rune(data[k]))
			}
		case "surrogateescape":
			for k := i; k < end; k++ {
				b = pyfmt.AppendRune(b, 0xDC00+rune(data[k]))
			}
		default:
			return nil, Errorf(LookupErrorType, "unknown error handler name '%s'", errors)
		}
		i = end
	}
	return NewStr(string(b)), nil
}

// utf8ErrorReason classifies an invalid UTF-8 sequence at i as CPython's decoder does and
// returns the end of the bytes it rejects together.
func utf8ErrorReason(data string, i int) (string, int) {
	c := data[i]
	var n int
	switch {
	case c >= 0xC2 && c <= 0xDF:
		n = 2
	case c >= 0xE0 && c <= 0xEF:
		n = 3
	case c >= 0xF0 && c <= 0xF4:
		n = 4
	default:
		return "invalid start byte", i + 1
	}
	// Count the valid continuation bytes, with the second byte's narrower ranges.
	k := i + 1
	for ; k < i+n && k < len(data); k++ {
		d := data[k]
		lo, hi := byte(0x80), byte(0xBF)
		if k == i+1 {
			switch c {
			case 0xE0:
				lo = 0xA0
			case 0xED:
				hi = 0x9F
			case 0xF0:
				lo = 0x90
			case 0xF4:
				hi = 0x8F
			}
		}
		if d < lo || d > hi {
			return "invalid continuation byte", k
		}
	}
	return "unexpected end of data", k
}

func strEncode(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	enc, errs, err := codecArgs("encode", args, kwnames)
	if err != nil {
		return nil, err
	}
	return self.(*Str).Encode(ts, enc, errs)
}
