package structmod

import (
	"math"
	"strconv"
)

// code is one item of a compiled format: repeat values of the format character c, each size
// bytes, the first at offset (for 's' and 'p', one value of size bytes).
type code struct {
	c                    byte
	offset, size, repeat int
}

// layout is a compiled format string.
type layout struct {
	// native is the '@' mode (native sizes and alignment); big is the byte order.
	native, big bool
	codes       []code
	// size is the packed size in bytes; items counts the values packed or unpacked.
	size, items int
}

// nativeSizes and standardSizes give the size of each format character in the native ('@')
// and standard ('=', '<', '>', '!') modes; a character missing from a table is a bad char.
var (
	nativeSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 's': 1, 'p': 1,
		'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8,
		'P': 8, 'e': 2, 'f': 4, 'd': 8}
	standardSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 's': 1, 'p': 1,
		'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8}
)

// isSpace is Py_ISSPACE.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// compile parses a format string, returning the message of the struct.error it raises.
func compile(f string) (*layout, string) {
	for i := 0; i < len(f); i++ {
		if f[i] == 0 {
			return nil, "embedded null character"
		}
	}
	l := &layout{native: true}
	sizes := nativeSizes
	if len(f) > 0 {
		switch f[0] {
		case '<', '=':
			l.native, sizes, f = false, standardSizes, f[1:]
		case '>', '!':
			l.native, l.big, sizes, f = false, true, standardSizes, f[1:]
		case '@':
			f = f[1:]
		}
	}
	const tooLong = "total struct size too long"
	size := 0
	for i := 0; i < len(f); {
		c := f[i]
		i++
		if isSpace(c) {
			continue
		}
		num := 1
		if '0' <= c && c <= '9' {
			num = int(c - '0')
			for i < len(f) && '0' <= f[i] && f[i] <= '9' {
				d := int(f[i] - '0')
				if num > (math.MaxInt-d)/10 {
					return nil, tooLong
				}
				num = num*10 + d
				i++
			}
			if i == len(f) {
				return nil, "repeat count given without format specifier"
			}
			c = f[i]
			i++
		}
		itemSize, ok := sizes[c]
		if !ok {
			return nil, "bad char in struct format"
		}
		if l.native && itemSize > 1 && c != 's' && c != 'p' && c != 'x' && size > 0 {
			if extra := (itemSize - 1) - (size-1)%itemSize; extra > math.MaxInt-size {
				return nil, tooLong
			} else {
				size += extra
			}
		}
		if num > (math.MaxInt-size)/itemSize {
			return nil, tooLong
		}
		switch c {
		case 's', 'p':
			l.codes = append(l.codes, code{c: c, offset: size, size: num, repeat: 1})
			l.items++
		case 'x':
		default:
			if num > 0 {
				l.codes = append(l.codes, code{c: c, offset: size, size: itemSize, repeat: num})
				l.items += num
			}
		}
		size += num * itemSize
	}
	l.size = size
	return l, ""
}

// signedRange and unsignedRange are the messages of an integer out of range for c.
func signedRange(c byte, size int) string {
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	if size < 8 {
		hi = 1<<(8*size-1) - 1
		lo = -hi - 1
	}
	return "'" + string(c) + "' format requires " + strconv.FormatInt(lo, 10) + " <= number <= " + strconv.FormatInt(hi, 10)
}

func unsignedRange(c byte, size int) string {
	hi := uint64(math.MaxUint64)
	if size < 8 {
		hi = 1<<(8*size) - 1
	}
	return "'" + string(c) + "' format requires 0 <= number <= " + strconv.FormatUint(hi, 10)
}
