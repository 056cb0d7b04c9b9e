package io

import (
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/internal/pyfmt"
	"github.com/taipanpy/taipan/objects"
)

// The text codecs TextIOWrapper reads and writes with: those the object model's str.encode
// and bytes.decode implement (UTF-8, ASCII, Latin-1), all of which keep '\r' and '\n' as
// the single bytes they are, which newline handling and tell() rely on.

// codecOf maps an encoding name to its codec as the codecs registry's aliases do: "" when
// unknown.
func codecOf(name string) string {
	n := strings.ToLower(encodingSeparators.Replace(name))
	switch n {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return "utf-8"
	case "utf_8_sig", "utf8_sig":
		return "utf-8-sig"
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return "ascii"
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "iso_8859_1_1987", "ibm819", "csisolatin1":
		return "latin-1"
	}
	return ""
}

// encodingSeparators are the characters encoding names treat as '_'.
var encodingSeparators = strings.NewReplacer("-", "_", " ", "_")

// encode encodes text (in the object model's encoding) with the codec: UTF-8 text and ASCII
// text need no work, the rest goes through str.encode.
func encode(ts *objects.Thread, str *objects.Str, text, codec, errors string) (string, error) {
	switch codec {
	case "utf-8":
		if utf8.ValidString(text) {
			return text, nil
		}
	default:
		if isASCII(text) {
			return text, nil
		}
	}
	if str == nil || str.Value() != text {
		str = objects.NewStr(text)
	}
	b, err := str.Encode(ts, codec, errors)
	if err != nil {
		return "", err
	}
	return b.Value(), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// completeCut returns how much of data decodes without splitting a character: for UTF-8,
// all but a final incomplete sequence.
func completeCut(data []byte, codec string) int {
	n := len(data)
	if codec != "utf-8" {
		return n
	}
	for i := n - 1; i >= 0 && i >= n-3; i-- {
		if data[i]&0xC0 != 0x80 {
			if !utf8.FullRune(data[i:]) {
				return i
			}
			return n
		}
	}
	return n
}

// charCount counts the code points of a string in the object model's encoding (UTF-8, with
// lone surrogates as three-byte sequences).
func charCount(s string) int {
	if utf8.ValidString(s) {
		return utf8.RuneCountInString(s)
	}
	return objects.NewStr(s).Len()
}

// charPrefix returns the byte length of the first n code points of s (all of s when it is
// shorter).
func charPrefix(s string, n int) int {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		c := s[i]
		if c < 0x80 {
			i++
			continue
		}
		_, w := pyfmt.DecodeRune(s[i:])
		i += w
	}
	return i
}
