package json

import (
	"github.com/taipanpy/taipan/internal/pyfmt"
	"github.com/taipanpy/taipan/objects"
)

// stopsString marks the bytes that end a run of plain characters in a JSON string: the
// closing quote, a backslash, and the control characters a strict decoder rejects.
var stopsString = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return
}()

// simpleEscapes maps the character after a backslash to the byte it stands for, 0 for the
// characters that make no escape ('u' is handled apart).
var simpleEscapes = func() (t [256]byte) {
	t['"'], t['\\'], t['/'] = '"', '\\', '/'
	t['b'], t['f'], t['n'], t['r'], t['t'] = '\b', '\f', '\n', '\r', '\t'
	return
}()

// hexValue returns the value of hex digit c, or -1.
func hexValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// hex4 decodes the four hex digits at v[i:i+4] (which exist), or returns -1.
func hex4(v string, i int) rune {
	var r rune
	for k := i; k < i+4; k++ {
		d := hexValue(v[k])
		if d < 0 {
			return -1
		}
		r = r<<4 | d
	}
	return r
}

// scanString decodes the JSON string whose text starts at byte start, just after its
// opening quote, and returns it with the byte offset just after its closing quote. It
// raises CPython's JSONDecodeErrors at the same code point positions: a \uXXXX escape's
// digits are ASCII, so the length checks CPython makes in code points hold in bytes too.
func (t *text) scanString(ts *objects.Thread, start int, strict bool) (*objects.Str, int, error) {
	v := t.v
	unterminated := func() error {
		// The string starts at the quote before start, which need not be a character of
		// v when scanstring() is called with end 0.
		return decodeError(ts, "Unterminated string starting at", t.s, t.cp(start)-1)
	}
	var buf []byte
	b := start
	for {
		i := b
		for i < len(v) && !stopsString[v[i]] {
			i++
		}
		if i < len(v) && v[i] < 0x20 {
			if strict {
				return nil, 0, t.fail(ts, "Invalid control character at", i)
			}
			// A control character is plain text to a lax decoder: keep scanning.
			for i < len(v) && (v[i] < 0x20 || !stopsString[v[i]]) {
				i++
			}
		}
		if i == len(v) {
			return nil, 0, unterminated()
		}
		if v[i] == '"' {
			if buf == nil {
				return objects.NewStr(v[b:i]), i + 1, nil
			}
			buf = append(buf, v[b:i]...)
			return objects.NewStr(string(buf)), i + 1, nil
		}
		// v[i] is a backslash.
		if buf == nil {
			buf = make([]byte, 0, i-b+16)
		}
		buf = append(buf, v[b:i]...)
		i++
		if i == len(v) {
			return nil, 0, unterminated()
		}
		if c := v[i]; c != 'u' {
			e := simpleEscapes[c]
			if e == 0 {
				return nil, 0, t.fail(ts, "Invalid \\escape", i-1)
			}
			buf = append(buf, e)
			b = i + 1
			continue
		}
		i++ // the first hex digit
		end := i + 4
		if end >= len(v) {
			return nil, 0, t.fail(ts, "Invalid \\uXXXX escape", i-1)
		}
		r := hex4(v, i)
		if r < 0 {
			return nil, 0, t.fail(ts, "Invalid \\uXXXX escape", i-1)
		}
		// A high surrogate escape followed by a low surrogate escape is one character.
		if 0xD800 <= r && r <= 0xDBFF && end+6 < len(v) && v[end] == '\\' && v[end+1] == 'u' {
			r2 := hex4(v, end+2)
			if r2 < 0 {
				return nil, 0, t.fail(ts, "Invalid \\uXXXX escape", end+1)
			}
			if 0xDC00 <= r2 && r2 <= 0xDFFF {
				r = 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00)
				end += 6
			}
		}
		buf = pyfmt.AppendRune(buf, r)
		b = end
	}
}
