package objects

import "strings"

// str.encode and bytes.decode: the codecs written in Go directly, every other encoding through
// the codec registry.

// nativeCodec is a codec written in Go, as str.encode and bytes.decode call it.
type nativeCodec struct {
	encode func(ts *Thread, s *Str, errors string) (string, error)
	decode func(ts *Thread, data string, errors string) (*Str, error)
}

func utf16Native(byteorder int) *nativeCodec {
	return &nativeCodec{
		encode: func(ts *Thread, s *Str, errors string) (string, error) { return EncodeUTF16(ts, s, errors, byteorder) },
		decode: func(ts *Thread, data string, errors string) (*Str, error) {
			s, _, _, err := DecodeUTF16(ts, data, nil, errors, byteorder, true)
			return s, err
		},
	}
}

func utf32Native(byteorder int) *nativeCodec {
	return &nativeCodec{
		encode: func(ts *Thread, s *Str, errors string) (string, error) { return EncodeUTF32(ts, s, errors, byteorder) },
		decode: func(ts *Thread, data string, errors string) (*Str, error) {
			s, _, _, err := DecodeUTF32(ts, data, nil, errors, byteorder, true)
			return s, err
		},
	}
}

// finalDecoder adapts a decoder with a final flag and a consumed count.
func finalDecoder(f func(ts *Thread, data string, dataObj Object, errors string, final bool) (*Str, int, error)) func(ts *Thread, data string, errors string) (*Str, error) {
	return func(ts *Thread, data string, errors string) (*Str, error) {
		s, _, err := f(ts, data, nil, errors, true)
		return s, err
	}
}

var utf8Native = &nativeCodec{encode: EncodeUTF8, decode: finalDecoder(DecodeUTF8)}

// nativeCodecs are the Go codecs by the encodings package's module names.
var nativeCodecs = map[string]*nativeCodec{
	"utf_8": utf8Native,
	"ascii": {encode: EncodeASCII, decode: func(ts *Thread, data string, errors string) (*Str, error) {
		return DecodeASCII(ts, data, nil, errors)
	}},
	"latin_1": {encode: EncodeLatin1, decode: func(ts *Thread, data string, errors string) (*Str, error) {
		return DecodeLatin1(data), nil
	}},
	"utf_16":    utf16Native(0),
	"utf_16_le": utf16Native(-1),
	"utf_16_be": utf16Native(1),
	"utf_32":    utf32Native(0),
	"utf_32_le": utf32Native(-1),
	"utf_32_be": utf32Native(1),
	"utf_7": {encode: func(ts *Thread, s *Str, errors string) (string, error) { return EncodeUTF7(s), nil },
		decode: finalDecoder(DecodeUTF7)},
	"unicode_escape": {encode: func(ts *Thread, s *Str, errors string) (string, error) { return EncodeUnicodeEscape(s), nil },
		decode: finalDecoder(DecodeUnicodeEscape)},
	"raw_unicode_escape": {encode: func(ts *Thread, s *Str, errors string) (string, error) { return EncodeRawUnicodeEscape(s), nil },
		decode: finalDecoder(DecodeRawUnicodeEscape)},
}

// nativeAliases are the encodings package's aliases of the Go codecs.
var nativeAliases = map[string]string{
	"646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii", "ansi_x3.4_1986": "ascii",
	"cp367": "ascii", "csascii": "ascii", "ibm367": "ascii", "iso646_us": "ascii",
	"iso_646.irv_1991": "ascii", "iso_ir_6": "ascii", "us": "ascii", "us_ascii": "ascii",
	"8859": "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1", "ibm819": "latin_1",
	"iso8859": "latin_1", "iso8859_1": "latin_1", "iso_8859_1": "latin_1", "iso_8859_1_1987": "latin_1",
	"iso_ir_100": "latin_1", "l1": "latin_1", "latin": "latin_1", "latin1": "latin_1",
	"u16": "utf_16", "utf16": "utf_16", "unicodebigunmarked": "utf_16_be", "utf_16be": "utf_16_be",
	"unicodelittleunmarked": "utf_16_le", "utf_16le": "utf_16_le",
	"u32": "utf_32", "utf32": "utf_32", "utf_32be": "utf_32_be", "utf_32le": "utf_32_le",
	"u7": "utf_7", "utf7": "utf_7", "unicode_1_1_utf_7": "utf_7",
	"u8": "utf_8", "utf": "utf_8", "utf8": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8", "cp65001": "utf_8",
}

// fastCodecNames are the normalized names CPython's str.encode and bytes.decode convert
// without the registry; errors from the other names carry the registry's note.
var fastCodecNames = map[string]bool{
	"utf8": true, "utf_8": true, "utf16": true, "utf_16": true, "utf32": true, "utf_32": true,
	"ascii": true, "us_ascii": true, "latin1": true, "latin_1": true, "iso_8859_1": true, "iso8859_1": true,
}

// findNativeCodec returns the Go codec an encoding name means, or nil, and whether CPython
// would reach it without the registry.
func findNativeCodec(encoding string) (*nativeCodec, bool) {
	switch encoding {
	case "utf-8", "utf8", "UTF-8":
		return utf8Native, true
	}
	n := NormalizeCodecName(encoding)
	fast := fastCodecNames[n]
	if c, ok := nativeCodecs[n]; ok {
		return c, fast
	}
	if a, ok := nativeAliases[n]; ok {
		return nativeCodecs[a], fast
	}
	if a, ok := nativeAliases[strings.ReplaceAll(n, ".", "_")]; ok {
		return nativeCodecs[a], fast
	}
	return nil, false
}

// noteCodecFailure adds the note the registry adds to a codec's error.
func noteCodecFailure(ts *Thread, err error, operation, encoding string) error {
	if e, ok := err.(*BaseException); ok {
		_ = e.AddNote(ts, NewStr(operation+" with '"+encoding+"' codec failed"))
	}
	return err
}

// Encode returns s.encode(encoding, errors); errors "" means not given (strict).
func (s *Str) Encode(ts *Thread, encoding, errors string) (*Bytes, error) {
	if c, fast := findNativeCodec(encoding); c != nil {
		b, err := c.encode(ts, s, errors)
		if err != nil {
			if !fast {
				return nil, noteCodecFailure(ts, err, "encoding", encoding)
			}
			return nil, err
		}
		return NewBytesString(b), nil
	}
	info, err := lookupTextEncoding(ts, encoding, "codecs.encode()")
	if err != nil {
		return nil, err
	}
	v, err := callCodec(ts, codecItem(info, 0), s, encoding, errors, "encoding")
	if err != nil {
		return nil, err
	}
	switch b := v.(type) {
	case *Bytes:
		return b, nil
	case *ByteArray:
		return NewBytes(b.value), nil
	}
	return nil, Errorf(TypeErrorType, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, v.Type().Name)
}

// DecodeBytes decodes data as bytes.decode(encoding, errors) does; errors "" means not given.
func DecodeBytes(ts *Thread, data string, encoding, errors string) (*Str, error) {
	if c, fast := findNativeCodec(encoding); c != nil {
		s, err := c.decode(ts, data, errors)
		if err != nil && !fast {
			return nil, noteCodecFailure(ts, err, "decoding", encoding)
		}
		return s, err
	}
	info, err := lookupTextEncoding(ts, encoding, "codecs.decode()")
	if err != nil {
		return nil, err
	}
	v, err := callCodec(ts, codecItem(info, 1), NewBytesString(data), encoding, errors, "decoding")
	if err != nil {
		return nil, err
	}
	if s, ok := v.(*Str); ok {
		return s, nil
	}
	return nil, Errorf(TypeErrorType, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, v.Type().Name)
}

// BytesLikeData returns the contents of a bytes-like object: bytes, bytearray or another
// object exposing its bytes.
func BytesLikeData(o Object) (string, bool) {
	if s, ok := bytesOf(o); ok {
		return s, true
	}
	if b, ok := o.(bytesLike); ok {
		return string(b.Bytes()), true
	}
	return "", false
}
