package objects

import (
	"strings"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// The methods of bytes and bytearray: decode, hex, fromhex and bytearray's mutators.

func bytesDecode(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	enc, errs, err := codecArgs("decode", args, kwnames)
	if err != nil {
		return nil, err
	}
	v, _ := bytesOf(self)
	return DecodeBytes(ts, v, enc, errs)
}

// BytesHex returns the hex digits of v, with sep between groups of perSep bytes counted from
// the right (from the left when perSep is negative), as bytes.hex does.
func BytesHex(v string, sep string, perSep int) string {
	const hexd = "0123456789abcdef"
	var b strings.Builder
	n := len(v)
	for i := 0; i < n; i++ {
		if sep != "" && perSep != 0 && i > 0 {
			k := perSep
			if k < 0 {
				k = -k
			}
			if (perSep > 0 && (n-i)%k == 0) || (perSep < 0 && i%k == 0) {
				b.WriteString(sep)
			}
		}
		b.WriteByte(hexd[v[i]>>4])
		b.WriteByte(hexd[v[i]&15])
	}
	return b.String()
}

func bytesHexMethod(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	a, err := parseKwArgs("hex", args, kwnames, []string{"sep", "bytes_per_sep"}, 0, 0)
	if err != nil {
		return nil, err
	}
	sep, per := "", 1
	if a[0] != nil {
		switch s := a[0].(type) {
		case *Str:
			sep = s.value
		default:
			v, ok := bytesOf(a[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "sep must be str or bytes.")
			}
			sep = v
		}
		if len(sep) != 1 {
			return nil, Errorf(ValueErrorType, "sep must be length 1.")
		}
		if sep[0] >= 0x80 {
			return nil, Errorf(ValueErrorType, "sep must be ASCII.")
		}
	}
	if a[1] != nil {
		if per, err = indexValue(ts, a[1]); err != nil {
			return nil, err
		}
	}
	v, _ := bytesOf(self)
	return newASCIIStr(BytesHex(v, sep, per)), nil
}

// HexDigitValue returns the value of an ASCII hex digit, -1 for any other byte.
func HexDigitValue(c byte) int {
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

// BytesFromHex parses bytes.fromhex's argument: pairs of hex digits, whitespace between pairs.
func BytesFromHex(s *Str) ([]byte, error) {
	v := s.value
	var out []byte
	hexv := HexDigitValue
	for i := 0; i < len(v); {
		r, w := decodeStrRune(v[i:])
		if pyfmt.IsSpace(r) && r < 0x80 {
			i += w
			continue
		}
		hi := hexv(v[i])
		if hi < 0 {
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", s.cpIndex(i))
		}
		if i+1 >= len(v) || hexv(v[i+1]) < 0 {
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", s.cpIndex(i)+1)
		}
		out = append(out, byte(hi<<4|hexv(v[i+1])))
		i += 2
	}
	return out, nil
}

func bytesFromHexMethod(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("fromhex", args, kwnames); err != nil {
		return nil, err
	}
	s, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", args[0].Type().Name)
	}
	b, err := BytesFromHex(s)
	if err != nil {
		return nil, err
	}
	// A class method: self is the class (or, called on an instance, the instance).
	if t, ok := self.(*Type); ok && t.IsSubtype(ByteArrayType) {
		return NewByteArray(b), nil
	}
	if _, ok := self.(*ByteArray); ok {
		return NewByteArray(b), nil
	}
	return NewBytes(b), nil
}

var bytesMethods = append([]textMethod{
	{"decode", kindKeywords, bytesDecode},
	{"hex", kindKeywords, bytesHexMethod},
	{"fromhex", kindClass, bytesFromHexMethod},
}, bytesSharedMethods()...)

var byteArrayMethods = append([]textMethod{
	{"decode", kindKeywords, bytesDecode},
	{"hex", kindKeywords, bytesHexMethod},
	{"fromhex", kindClass, bytesFromHexMethod},
	{"append", kindO, byteArrayAppend},
	{"extend", kindO, byteArrayExtend},
	{"insert", kindPositional, byteArrayInsert},
	{"pop", kindPositional, byteArrayPop},
	{"remove", kindO, byteArrayRemove},
	{"clear", kindNoArgs, byteArrayClear},
	{"copy", kindNoArgs, byteArrayCopy},
	{"reverse", kindNoArgs, byteArrayReverse},
	{"__alloc__", kindNoArgs, byteArrayAlloc},
}, bytesSharedMethods()...)
