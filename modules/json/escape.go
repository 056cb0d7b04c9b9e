package json

import (
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

const hexDigits = "0123456789abcdef"

// plainASCII marks the bytes encode_basestring_ascii copies as they are: printable ASCII
// other than the quote and the backslash.
var plainASCII = func() (t [256]bool) {
	for c := ' '; c <= '~'; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return
}()

// plainText marks the bytes encode_basestring copies as they are: all but the quote, the
// backslash and the control characters (the bytes of a multi-byte sequence are copied).
var plainText = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return
}()

// writeUnicodeEscape writes \uXXXX for the 16-bit unit u.
func writeUnicodeEscape(w *strings.Builder, u rune) {
	w.WriteString(`\u`)
	w.WriteByte(hexDigits[u>>12&0xf])
	w.WriteByte(hexDigits[u>>8&0xf])
	w.WriteByte(hexDigits[u>>4&0xf])
	w.WriteByte(hexDigits[u&0xf])
}

// writeShortEscape writes the two-character escape of c when JSON has one.
func writeShortEscape(w *strings.Builder, c byte) bool {
	var e byte
	switch c {
	case '"', '\\':
		e = c
	case '\b':
		e = 'b'
	case '\f':
		e = 'f'
	case '\n':
		e = 'n'
	case '\r':
		e = 'r'
	case '\t':
		e = 't'
	default:
		return false
	}
	w.WriteByte('\\')
	w.WriteByte(e)
	return true
}

// writeASCIIString writes s as a JSON string of ASCII characters only, as
// encode_basestring_ascii does: characters outside the BMP become surrogate pairs.
func writeASCIIString(w *strings.Builder, s string) {
	w.WriteByte('"')
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && plainASCII[s[j]] {
			j++
		}
		w.WriteString(s[i:j])
		if j == len(s) {
			break
		}
		c := s[j]
		if c < 0x80 {
			if !writeShortEscape(w, c) {
				writeUnicodeEscape(w, rune(c))
			}
			i = j + 1
			continue
		}
		r, n := pyfmt.DecodeRune(s[j:])
		if r >= 0x10000 {
			r -= 0x10000
			writeUnicodeEscape(w, 0xD800|r>>10)
			r = 0xDC00 | r&0x3FF
		}
		writeUnicodeEscape(w, r)
		i = j + n
	}
	w.WriteByte('"')
}

// writeString writes s as a JSON string keeping its non-ASCII characters, as
// encode_basestring does.
func writeString(w *strings.Builder, s string) {
	w.WriteByte('"')
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && plainText[s[j]] {
			j++
		}
		w.WriteString(s[i:j])
		if j == len(s) {
			break
		}
		if c := s[j]; !writeShortEscape(w, c) {
			writeUnicodeEscape(w, rune(c))
		}
		i = j + 1
	}
	w.WriteByte('"')
}
