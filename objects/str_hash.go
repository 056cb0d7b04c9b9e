package objects

import (
	"crypto/rand"
	"encoding/binary"
	"math/bits"
	"os"
	"strconv"
	"unicode/utf8"

	"github.com/taipanpy/taipan/internal/pyfmt"
)

// Strs and bytes hash as CPython 3.13's do: SipHash-1-3 keyed by a per-process secret, over
// the bytes of bytes and over a str's code points in CPython's compact form (one byte each
// when all are below 256, two when below 65536, else four, little-endian). With the same
// secret Taipan's hashes are CPython's: PYTHONHASHSEED=0 gives the zero key, and
// PYTHONHASHSEED=n the key CPython derives from n.

// hashKey is the SipHash key (k0, k1).
var hashKey [2]uint64

// The secret is chosen when the package initialises, from PYTHONHASHSEED when it is set:
// the built-in types' dicts are made (and their keys hashed) before the command reads its
// options, so the seed cannot wait for them.
func init() {
	if seed := os.Getenv("PYTHONHASHSEED"); seed != "" && seed != "random" {
		if n, err := strconv.ParseUint(seed, 10, 32); err == nil {
			SetHashSeed(uint32(n))
			return
		}
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err == nil {
		hashKey[0] = binary.LittleEndian.Uint64(b[:8])
		hashKey[1] = binary.LittleEndian.Uint64(b[8:])
	}
}

// SetHashSeed sets the hash secret as PYTHONHASHSEED=seed does: 0 disables randomisation
// (the zero key), any other value in [1, 4294967295] derives the key from seed with CPython's
// linear congruential generator. It must be called before any str or bytes is hashed, since
// hashes are cached: embedders call it before making an interpreter, and then only while
// the objects package's own initialisation has hashed nothing but its types' names, when the
// seed equals the one init took from PYTHONHASHSEED.
func SetHashSeed(seed uint32) {
	var b [16]byte
	if seed != 0 {
		x := seed
		for i := range b {
			x = x*214013 + 2531011
			b[i] = byte(x >> 16)
		}
	}
	hashKey[0] = binary.LittleEndian.Uint64(b[:8])
	hashKey[1] = binary.LittleEndian.Uint64(b[8:])
}

// sipState is SipHash's internal state.
type sipState struct{ v0, v1, v2, v3 uint64 }

func newSip() sipState { return newSipKeyed(hashKey[0], hashKey[1]) }

func newSipKeyed(k0, k1 uint64) sipState {
	return sipState{k0 ^ 0x736f6d6570736575, k1 ^ 0x646f72616e646f6d, k0 ^ 0x6c7967656e657261, k1 ^ 0x7465646279746573}
}

// SipHash13 returns SipHash-1-3 of p under the key (k0, k1), as CPython's _Py_KeyedHash does
// for the source hashes of .pyc files.
func SipHash13(k0, k1 uint64, p []byte) uint64 {
	s := newSipKeyed(k0, k1)
	n := len(p)
	for len(p) >= 8 {
		s.block(binary.LittleEndian.Uint64(p))
		p = p[8:]
	}
	var t uint64
	for i := len(p) - 1; i >= 0; i-- {
		t = t<<8 | uint64(p[i])
	}
	s.block(uint64(n)<<56 | t)
	s.v2 ^= 0xff
	s.round()
	s.round()
	s.round()
	return s.v0 ^ s.v1 ^ s.v2 ^ s.v3
}

func (s *sipState) round() {
	s.v0 += s.v1
	s.v2 += s.v3
	s.v1 = bits.RotateLeft64(s.v1, 13) ^ s.v0
	s.v3 = bits.RotateLeft64(s.v3, 16) ^ s.v2
	s.v0 = bits.RotateLeft64(s.v0, 32)
	s.v2 += s.v1
	s.v0 += s.v3
	s.v1 = bits.RotateLeft64(s.v1, 17) ^ s.v2
	s.v3 = bits.RotateLeft64(s.v3, 21) ^ s.v0
	s.v2 = bits.RotateLeft64(s.v2, 32)
}

func (s *sipState) block(m uint64) {
	s.v3 ^= m
	s.round()
	s.v0 ^= m
}

// finish completes the hash of total bytes whose last, partial block is tail.
func (s *sipState) finish(tail uint64, total int) int64 {
	b := uint64(total)<<56 | tail
	s.block(b)
	s.v2 ^= 0xff
	s.round()
	s.round()
	s.round()
	h := int64(s.v0 ^ s.v1 ^ s.v2 ^ s.v3)
	if h == -1 {
		h = -2
	}
	return h
}

// hashBytes is CPython's _Py_HashBytes: 0 for the empty string, else SipHash-1-3.
func hashBytes(p string) int64 {
	if len(p) == 0 {
		return 0
	}
	s := newSip()
	n := len(p)
	for len(p) >= 8 {
		s.block(uint64(p[0]) | uint64(p[1])<<8 | uint64(p[2])<<16 | uint64(p[3])<<24 |
			uint64(p[4])<<32 | uint64(p[5])<<40 | uint64(p[6])<<48 | uint64(p[7])<<56)
		p = p[8:]
	}
	var t uint64
	for i := len(p) - 1; i >= 0; i-- {
		t = t<<8 | uint64(p[i])
	}
	return s.finish(t, n)
}

// Hash returns the str's hash, computed once.
func (s *Str) Hash() int64 {
	if s.flags&strHashed != 0 {
		return s.hash
	}
	var h int64
	if s.IsASCII() {
		h = hashBytes(s.value)
	} else {
		h = hashCodePoints(s.value)
	}
	s.hash, s.flags = h, s.flags|strHashed
	return h
}

// hashCodePoints hashes non-ASCII text as CPython hashes its compact form, feeding the code
// points to SipHash as units of the narrowest width that holds them all.
func hashCodePoints(v string) int64 {
	var widest rune
	for i := 0; i < len(v); {
		r, w := decodeStrRune(v[i:])
		widest = max(widest, r)
		i += w
	}
	width := 1
	if widest > 0xFFFF {
		width = 4
	} else if widest > 0xFF {
		width = 2
	}
	s := newSip()
	var acc uint64
	fill, total := 0, 0
	for i := 0; i < len(v); {
		r, w := decodeStrRune(v[i:])
		i += w
		for k := 0; k < width; k++ {
			acc |= uint64(byte(r>>(8*k))) << (8 * fill)
			fill++
			total++
			if fill == 8 {
				s.block(acc)
				acc, fill = 0, 0
			}
		}
	}
	return s.finish(acc, total)
}

// decodeStrRune decodes one code point of Str's encoding, an invalid byte as itself.
func decodeStrRune(v string) (rune, int) {
	if v[0] < utf8.RuneSelf {
		return rune(v[0]), 1
	}
	r, w := pyfmt.DecodeRune(v)
	if w == 1 {
		return rune(v[0]), 1
	}
	return r, w
}

func init() {
	StrType.Slots.Hash = func(ts *Thread, o Object) (int64, error) { return o.(*Str).Hash(), nil }
}
