package objects

import (
	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The charmap codec behind the single-byte encodings (cp1252, iso8859_15, mac_roman, ...):
// decoding through a 256-character table or a mapping, encoding through an EncodingMap (made
// by charmap_build from the decoding table) or a mapping.

// EncodingMapType is the type of charmap_build's fast encoding tables.
var EncodingMapType = newType("EncodingMap", ObjectType)

// EncodingMap maps code points to bytes for charmap_encode.
type EncodingMap struct {
	m map[rune]byte
}

// Type returns EncodingMapType.
func (*EncodingMap) Type() *Type { return EncodingMapType }

func init() {
	EncodingMapType.Flags |= TypeFinal
	EncodingMapType.Methods = append(EncodingMapType.Methods, MethodDef{Name: "size", Flags: MethNoArgs,
		Func: func(ts *Thread, self Object, args []Object, _ *Tuple) (Object, error) {
			// CPython reports the size of its three-level table; this is the same figure for the
			// tables it would build.
			return NewInt(int64(self.(*EncodingMap).cpythonSize())), nil
		}})
}

// cpythonSize is the byte size CPython's EncodingMap reports: its fixed part (object header,
// 32-entry level-1 table, counts), 16 bytes per distinct level-2 block and 128 per distinct
// level-3 block.
func (em *EncodingMap) cpythonSize() int {
	l2 := map[rune]bool{}
	l3 := map[rune]bool{}
	for r := range em.m {
		l2[r>>11] = true
		l3[r>>7] = true
	}
	return 63 + 16*len(l2) + 128*len(l3)
}

// CharmapBuild makes the encoding table of a decoding table: an EncodingMap for a table of
// 256 code points like the encodings' (starting with NUL, no other NUL, all in the BMP), else
// a dict from code point to byte.
func CharmapBuild(ts *Thread, table *Str) (Object, error) {
	rs := table.Runes()
	needDict := len(rs) != 256 || rs[0] != 0
	for i := 1; i < len(rs) && !needDict; i++ {
		if rs[i] == 0 || rs[i] > 0xFFFF {
			needDict = true
		}
	}
	if needDict {
		d := NewDict()
		for i, r := range rs {
			if err := d.SetItem(ts, NewInt(int64(r)), NewInt(int64(i))); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	em := &EncodingMap{m: make(map[rune]byte, 256)}
	for i, r := range rs {
		if r == 0xFFFE {
			continue
		}
		em.m[r] = byte(i)
	}
	return em, nil
}

// CharmapDecode decodes data through mapping: a str used as a table indexed by byte, or any
// object indexed by the byte's value that gives a code point, a str or None. A missing entry,
// None or U+FFFE is undefined. A nil mapping is Latin-1.
func CharmapDecode(ts *Thread, data string, dataObj Object, errors string, mapping Object) (*Str, error) {
	if mapping == nil || mapping == None {
		return DecodeLatin1(data), nil
	}
	b := make([]byte, 0, len(data))
	var h *errorHandler
	var table []rune
	if t, ok := mapping.(*Str); ok {
		table = t.Runes()
	}
	for s := 0; s < len(data); {
		c := data[s]
		if table != nil {
			if int(c) < len(table) && table[c] != 0xFFFE {
				b = pyfmt.AppendRune(b, table[c])
				s++
				continue
			}
		} else {
			v, err := GetItem(ts, mapping, NewInt(int64(c)))
			if err != nil {
				if e, ok := err.(*BaseException); !ok || !e.Type().IsSubtype(LookupErrorType) {
					return nil, err
				}
				v = None
			}
			switch x := v.(type) {
			case *Int:
				n, ok := x.Int64()
				if !ok || n < 0 || n > 0x10FFFF {
					return nil, Errorf(TypeErrorType, "character mapping must be in range(0x110000)")
				}
				if n != 0xFFFE {
					b = pyfmt.AppendRune(b, rune(n))
					s++
					continue
				}
			case *Str:
				if x.value != "\uFFFE" {
					b = append(b, x.value...)
					s++
					continue
				}
			default:
				if v != None {
					return nil, Errorf(TypeErrorType, "character mapping must return integer, None or str")
				}
			}
		}
		if h == nil {
			h = newErrorHandler(errors)
		}
		f := &codecFailure{kind: failDecode, codec: "charmap", data: data, dataObj: dataObj, start: s, end: s + 1, reason: "character maps to <undefined>"}
		rep, err := h.handle(ts, f)
		if err != nil {
			return nil, err
		}
		data = f.data
		b = append(b, rep.s...)
		s = rep.pos
	}
	return NewStr(string(b)), nil
}

// charmapLookup encodes one code point through mapping, appending its bytes; ok is false when
// the mapping leaves it undefined.
func charmapLookup(ts *Thread, b []byte, r rune, mapping Object) ([]byte, bool, error) {
	if em, isMap := mapping.(*EncodingMap); isMap {
		c, ok := em.m[r]
		if !ok {
			return b, false, nil
		}
		return append(b, c), true, nil
	}
	v, err := GetItem(ts, mapping, NewInt(int64(r)))
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(LookupErrorType) {
			return b, false, nil
		}
		return b, false, err
	}
	switch x := v.(type) {
	case *Int:
		n, ok := x.Int64()
		if !ok || n < 0 || n > 255 {
			return b, false, Errorf(TypeErrorType, "character mapping must be in range(256)")
		}
		return append(b, byte(n)), true, nil
	case *Bytes:
		return append(b, x.value...), true, nil
	}
	if v == None {
		return b, false, nil
	}
	return b, false, Errorf(TypeErrorType, "character mapping must return integer, bytes or None, not %s", v.Type().Name)
}

// CharmapEncode encodes s through mapping (an EncodingMap or any object indexed by code
// point giving an int, bytes or None); a nil mapping is Latin-1.
func CharmapEncode(ts *Thread, s *Str, errors string, mapping Object) (string, error) {
	if mapping == nil || mapping == None {
		return EncodeLatin1(ts, s, errors)
	}
	rs := s.Runes()
	b := make([]byte, 0, len(rs))
	var h *errorHandler
	for i := 0; i < len(rs); {
		var ok bool
		var err error
		if b, ok, err = charmapLookup(ts, b, rs[i], mapping); err != nil {
			return "", err
		} else if ok {
			i++
			continue
		}
		// The run of unmappable code points, reported together.
		j := i + 1
		for j < len(rs) {
			var probe [4]byte
			_, ok, err := charmapLookup(ts, probe[:0], rs[j], mapping)
			if err != nil {
				return "", err
			}
			if ok {
				break
			}
			j++
		}
		if h == nil {
			h = newFastErrorHandler(errors, charmapEncodeFast)
		}
		f := &codecFailure{kind: failEncode, codec: "charmap", text: s, runes: rs, start: i, end: j, reason: "character maps to <undefined>"}
		rep, err := h.handle(ts, f)
		if err != nil {
			return "", err
		}
		if rep.bytes {
			b = append(b, rep.s...)
		} else {
			// A str replacement is itself encoded through the mapping.
			for k := 0; k < len(rep.s); {
				r, w := pyfmt.DecodeRune(rep.s[k:])
				var ok bool
				if b, ok, err = charmapLookup(ts, b, r, mapping); err != nil {
					return "", err
				} else if !ok {
					return "", f.exception()
				}
				k += w
			}
		}
		i = rep.pos
	}
	return string(b), nil
}
