package objects

import "strings"

// The arguments of str.encode and bytes.decode, and helpers the codecs share.

// codecArgs parses (encoding='utf-8', errors='strict'); errors is "" when not given, so that
// a codec from the registry is called without it, as CPython does.
func codecArgs(name string, args []Object, kwnames *Tuple) (string, string, error) {
	a, err := parseKwArgs(name, args, kwnames, []string{"encoding", "errors"}, 0, 0)
	if err != nil {
		return "", "", err
	}
	enc, errs := "utf-8", ""
	for i, p := range []*string{&enc, &errs} {
		if a[i] == nil {
			continue
		}
		s, ok := a[i].(*Str)
		if !ok {
			return "", "", Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", name, []string{"encoding", "errors"}[i], a[i].Type().Name)
		}
		if strings.IndexByte(s.value, 0) >= 0 {
			return "", "", Errorf(ValueErrorType, "embedded null character")
		}
		*p = s.value
	}
	return enc, errs, nil
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
