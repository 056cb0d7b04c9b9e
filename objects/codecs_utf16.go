package objects

import (
	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The UTF-16 and UTF-32 codecs. A byte order of 0 means the native order (little-endian on
// every platform Taipan runs on) with a byte order mark: written first when encoding, and
// honoured (and removed) when decoding; -1 is little-endian and 1 big-endian, without one.

// utfCodecName names the UTF-16 or UTF-32 codec of a byte order, as its errors do.
func utfCodecName(bits int, byteorder int) string {
	base := "utf-16"
	if bits == 32 {
		base = "utf-32"
	}
	switch {
	case byteorder < 0:
		return base + "-le"
	case byteorder > 0:
		return base + "-be"
	}
	return base
}

// EncodeUTF16 encodes s as UTF-16 in the given byte order; lone surrogates go to the error
// handler, whose replacement must be ASCII text or whole code units.
func EncodeUTF16(ts *Thread, s *Str, errors string, byteorder int) (string, error) {
	return encodeUTF16or32(ts, s, errors, byteorder, 16)
}

// EncodeUTF32 encodes s as UTF-32 in the given byte order.
func EncodeUTF32(ts *Thread, s *Str, errors string, byteorder int) (string, error) {
	return encodeUTF16or32(ts, s, errors, byteorder, 32)
}

func encodeUTF16or32(ts *Thread, s *Str, errors string, byteorder int, bits int) (string, error) {
	codec := utfCodecName(bits, byteorder)
	unit := bits / 8
	big := byteorder > 0
	put := func(b []byte, u rune) []byte {
		if unit == 2 {
			if big {
				return append(b, byte(u>>8), byte(u))
			}
			return append(b, byte(u), byte(u>>8))
		}
		if big {
			return append(b, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
		}
		return append(b, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	b := make([]byte, 0, unit*(s.Len()+1))
	if byteorder == 0 {
		b = put(b, 0xFEFF)
	}
	var rs []rune
	var h *errorHandler
	for i := 0; i < len(s.value); {
		r, w := pyfmt.DecodeRune(s.value[i:])
		if r < 0xD800 || r > 0xDFFF {
			if unit == 2 && r >= 0x10000 {
				r -= 0x10000
				b = put(b, 0xD800+(r>>10))
				b = put(b, 0xDC00+(r&0x3FF))
			} else {
				b = put(b, r)
			}
			i += w
			continue
		}
		// A lone surrogate: the rest goes code point by code point, for the handler's positions.
		if rs == nil {
			rs = s.Runes()
			h = newErrorHandler(errors)
		}
		pos := NewStr(s.value[:i]).Len()
		for pos < len(rs) {
			r := rs[pos]
			if r < 0xD800 || r > 0xDFFF {
				if unit == 2 && r >= 0x10000 {
					r -= 0x10000
					b = put(b, 0xD800+(r>>10))
					b = put(b, 0xDC00+(r&0x3FF))
				} else {
					b = put(b, r)
				}
				pos++
				continue
			}
			f := &codecFailure{kind: failEncode, codec: codec, text: s, runes: rs, start: pos, end: pos + 1, reason: "surrogates not allowed"}
			rep, err := h.handle(ts, f)
			if err != nil {
				return "", err
			}
			if rep.bytes {
				if len(rep.s)%unit != 0 {
					return "", f.exception()
				}
				b = append(b, rep.s...)
			} else {
				for k := 0; k < len(rep.s); k++ {
					if rep.s[k] >= 0x80 {
						return "", f.exception()
					}
					b = put(b, rune(rep.s[k]))
				}
			}
			pos = rep.pos
		}
		break
	}
	return string(b), nil
}

// DecodeUTF16 decodes UTF-16. With byteorder 0 a leading byte order mark picks the order
// (and is dropped), else the data is little-endian; the order found is returned (0 when
// none). Unless final, an incomplete unit or surrogate pair at the end is left unconsumed.
func DecodeUTF16(ts *Thread, data string, dataObj Object, errors string, byteorder int, final bool) (*Str, int, int, error) {
	q := 0
	if byteorder == 0 && len(data) >= 2 {
		switch {
		case data[0] == 0xFF && data[1] == 0xFE:
			byteorder, q = -1, 2
		case data[0] == 0xFE && data[1] == 0xFF:
			byteorder, q = 1, 2
		}
	}
	big := byteorder > 0
	codec := "utf-16-le"
	if big {
		codec = "utf-16-be"
	}
	unit := func(i int) rune {
		if big {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	var h *errorHandler
	b := make([]byte, 0, len(data))
	n := len(data)
	for q < n {
		var reason string
		var end int
		switch {
		case n-q < 2:
			if !final {
				return NewStr(string(b)), q, byteorder, nil
			}
			reason, end = "truncated data", n
		default:
			u := unit(q)
			if u < 0xD800 || u > 0xDFFF {
				b = pyfmt.AppendRune(b, u)
				q += 2
				continue
			}
			if u >= 0xDC00 {
				reason, end = "illegal encoding", q+2
				break
			}
			if n-q < 4 {
				if !final {
					return NewStr(string(b)), q, byteorder, nil
				}
				reason, end = "unexpected end of data", n
				break
			}
			u2 := unit(q + 2)
			if u2 >= 0xDC00 && u2 <= 0xDFFF {
				b = pyfmt.AppendRune(b, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
				q += 4
				continue
			}
			reason, end = "illegal UTF-16 surrogate", q+2
		}
		if h == nil {
			h = newErrorHandler(errors)
		}
		f := &codecFailure{kind: failDecode, codec: codec, data: data, dataObj: dataObj, start: q, end: end, reason: reason}
		rep, err := h.handle(ts, f)
		if err != nil {
			return nil, 0, 0, err
		}
		data = f.data
		n = len(data)
		b = append(b, rep.s...)
		q = rep.pos
	}
	return NewStr(string(b)), q, byteorder, nil
}

// DecodeUTF32 decodes UTF-32, with byte orders as DecodeUTF16.
func DecodeUTF32(ts *Thread, data string, dataObj Object, errors string, byteorder int, final bool) (*Str, int, int, error) {
	q := 0
	if byteorder == 0 && len(data) >= 4 {
		switch data[:4] {
		case "\xFF\xFE\x00\x00":
			byteorder, q = -1, 4
		case "\x00\x00\xFE\xFF":
			byteorder, q = 1, 4
		}
	}
	big := byteorder > 0
	codec := "utf-32-le"
	if big {
		codec = "utf-32-be"
	}
	var h *errorHandler
	b := make([]byte, 0, len(data)/2)
	n := len(data)
	for q < n {
		var reason string
		end := q + 4
		if n-q < 4 {
			if !final {
				break
			}
			reason, end = "truncated data", n
		} else {
			var u uint32
			if big {
				u = uint32(data[q])<<24 | uint32(data[q+1])<<16 | uint32(data[q+2])<<8 | uint32(data[q+3])
			} else {
				u = uint32(data[q+3])<<24 | uint32(data[q+2])<<16 | uint32(data[q+1])<<8 | uint32(data[q])
			}
			switch {
			case u > 0x10FFFF:
				reason = "code point not in range(0x110000)"
			case u >= 0xD800 && u <= 0xDFFF:
				reason = "code point in surrogate code point range(0xd800, 0xe000)"
			default:
				b = pyfmt.AppendRune(b, rune(u))
				q += 4
				continue
			}
		}
		if h == nil {
			h = newErrorHandler(errors)
		}
		f := &codecFailure{kind: failDecode, codec: codec, data: data, dataObj: dataObj, start: q, end: end, reason: reason}
		rep, err := h.handle(ts, f)
		if err != nil {
			return nil, 0, 0, err
		}
		data = f.data
		n = len(data)
		b = append(b, rep.s...)
		q = rep.pos
	}
	return NewStr(string(b)), q, byteorder, nil
}
