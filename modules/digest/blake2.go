package digest

import (
	"encoding/binary"
	"math/bits"
)

// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block (salt, personalization, tree
// parameters) that CPython's _blake2 exposes; Go's libraries take only a key and a size.

var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2Params is the parameter block's content.
type blake2Params struct {
	digestSize, fanout, depth int
	key, salt, person         []byte
	leafSize                  uint32
	nodeOffset                uint64
	nodeDepth, innerSize      int
	lastNode                  bool
}

// blake2 is a BLAKE2b (wide) or BLAKE2s state.
type blake2 struct {
	wide     bool
	h        [8]uint64 // BLAKE2s keeps 32-bit words in the low halves
	t        [2]uint64
	buf      [128]byte
	n        int
	size     int
	lastNode bool
}

func (b *blake2) blockSize() int {
	if b.wide {
		return 128
	}
	return 64
}

func newBlake2(wide bool, p blake2Params) *blake2 {
	b := &blake2{wide: wide, size: p.digestSize, lastNode: p.lastNode}
	if wide {
		var block [64]byte
		block[0], block[1], block[2], block[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
		binary.LittleEndian.PutUint32(block[4:], p.leafSize)
		binary.LittleEndian.PutUint64(block[8:], p.nodeOffset)
		block[16], block[17] = byte(p.nodeDepth), byte(p.innerSize)
		copy(block[32:48], p.salt)
		copy(block[48:64], p.person)
		for i := range b.h {
			b.h[i] = blake2bIV[i] ^ binary.LittleEndian.Uint64(block[8*i:])
		}
	} else {
		var block [32]byte
		block[0], block[1], block[2], block[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
		binary.LittleEndian.PutUint32(block[4:], p.leafSize)
		binary.LittleEndian.PutUint32(block[8:], uint32(p.nodeOffset))
		binary.LittleEndian.PutUint16(block[12:], uint16(p.nodeOffset>>32))
		block[14], block[15] = byte(p.nodeDepth), byte(p.innerSize)
		copy(block[16:24], p.salt)
		copy(block[24:32], p.person)
		for i := range b.h {
			b.h[i] = uint64(blake2sIV[i] ^ binary.LittleEndian.Uint32(block[4*i:]))
		}
	}
	if len(p.key) > 0 {
		var k [128]byte
		copy(k[:], p.key)
		b.Write(k[:b.blockSize()])
	}
	return b
}

// Write absorbs data, keeping the last block back for the final compression.
func (b *blake2) Write(data []byte) (int, error) {
	n := len(data)
	bs := b.blockSize()
	for len(data) > 0 {
		if b.n == bs {
			b.addCounter(uint64(bs))
			b.compress(b.buf[:bs], false)
			b.n = 0
		}
		c := copy(b.buf[b.n:bs], data)
		b.n += c
		data = data[c:]
	}
	return n, nil
}

func (b *blake2) addCounter(n uint64) {
	if b.wide {
		var carry uint64
		b.t[0], carry = bits.Add64(b.t[0], n, 0)
		b.t[1] += carry
		return
	}
	t := uint64(uint32(b.t[0])) | uint64(uint32(b.t[1]))<<32
	t += n
	b.t[0], b.t[1] = uint64(uint32(t)), t>>32
}

// Sum returns the digest without changing the state.
func (b *blake2) Sum() []byte {
	c := *b
	bs := c.blockSize()
	c.addCounter(uint64(c.n))
	clear(c.buf[c.n:bs])
	c.compress(c.buf[:bs], true)
	out := make([]byte, 0, 64)
	for _, w := range c.h {
		if c.wide {
			out = binary.LittleEndian.AppendUint64(out, w)
		} else {
			out = binary.LittleEndian.AppendUint32(out, uint32(w))
		}
	}
	return out[:c.size]
}

func (b *blake2) compress(block []byte, last bool) {
	if b.wide {
		b.compressB(block, last)
	} else {
		b.compressS(block, last)
	}
}

func (b *blake2) compressB(block []byte, last bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], b.h[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= b.t[0]
	v[13] ^= b.t[1]
	if last {
		v[14] = ^v[14]
		if b.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, bb, c, d int, x, y uint64) {
		v[a] = v[a] + v[bb] + x
		v[d] = bits.RotateLeft64(v[d]^v[a], -32)
		v[c] = v[c] + v[d]
		v[bb] = bits.RotateLeft64(v[bb]^v[c], -24)
		v[a] = v[a] + v[bb] + y
		v[d] = bits.RotateLeft64(v[d]^v[a], -16)
		v[c] = v[c] + v[d]
		v[bb] = bits.RotateLeft64(v[bb]^v[c], -63)
	}
	for r := range 12 {
		s := &blake2Sigma[r%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range b.h {
		b.h[i] ^= v[i] ^ v[i+8]
	}
}

func (b *blake2) compressS(block []byte, last bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	for i := range 8 {
		v[i] = uint32(b.h[i])
		v[i+8] = blake2sIV[i]
	}
	v[12] ^= uint32(b.t[0])
	v[13] ^= uint32(b.t[1])
	if last {
		v[14] = ^v[14]
		if b.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, bb, c, d int, x, y uint32) {
		v[a] = v[a] + v[bb] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] = v[c] + v[d]
		v[bb] = bits.RotateLeft32(v[bb]^v[c], -12)
		v[a] = v[a] + v[bb] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] = v[c] + v[d]
		v[bb] = bits.RotateLeft32(v[bb]^v[c], -7)
	}
	for r := range 10 {
		s := &blake2Sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range 8 {
		b.h[i] = uint64(uint32(b.h[i]) ^ v[i] ^ v[i+8])
	}
}
