package pyfmt

import "unicode/utf8"

// DecodeRune decodes the first code point of s in the encoding Taipan gives Python strs: UTF-8 plus 3-byte encoded
// surrogates. Like utf8.DecodeRuneInString it returns (utf8.RuneError, 1) for a byte that
// starts no valid sequence, and (utf8.RuneError, 0) for an empty string.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// AppendRune appends r to b in the encoding Taipan gives Python strs; unlike utf8.AppendRune it keeps surrogates.
func AppendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}
