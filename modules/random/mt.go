package random

// The Mersenne Twister MT19937 of Matsumoto and Nishimura, as CPython's _random uses it.

const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	initMult    = 1812433253
	arrayMult1  = 1664525
	arrayMult2  = 1566083941
	arraySeed   = 19650218
	temperMaskB = 0x9d2c5680
	temperMaskC = 0xefc60000
)

// mt is a generator's state. Its Go value is kept out of Python's reach in an instance slot,
// so its type is plain object.
type mt struct {
	state [mtN]uint32
	index int
}

func (g *mt) initGenrand(s uint32) {
	g.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := g.state[i-1]
		g.state[i] = initMult*(prev^(prev>>30)) + uint32(i)
	}
	g.index = mtN
}

// initByArray seeds from a key of 32-bit words.
func (g *mt) initByArray(key []uint32) {
	g.initGenrand(arraySeed)
	i, j := 1, 0
	k := max(mtN, len(key))
	for ; k > 0; k-- {
		prev := g.state[i-1]
		g.state[i] = (g.state[i] ^ ((prev ^ (prev >> 30)) * arrayMult1)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			g.state[0] = g.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := g.state[i-1]
		g.state[i] = (g.state[i] ^ ((prev ^ (prev >> 30)) * arrayMult2)) - uint32(i)
		i++
		if i >= mtN {
			g.state[0] = g.state[mtN-1]
			i = 1
		}
	}
	g.state[0] = 0x80000000 // the most significant bit is 1: a non-zero initial array
}

// next returns the next 32-bit output.
func (g *mt) next() uint32 {
	if g.index >= mtN {
		mag := func(y uint32) uint32 { return (y & 1) * matrixA }
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (g.state[kk] & upperMask) | (g.state[kk+1] & lowerMask)
			g.state[kk] = g.state[kk+mtM] ^ (y >> 1) ^ mag(y)
		}
		for ; kk < mtN-1; kk++ {
			y := (g.state[kk] & upperMask) | (g.state[kk+1] & lowerMask)
			g.state[kk] = g.state[kk+(mtM-mtN)] ^ (y >> 1) ^ mag(y)
		}
		y := (g.state[mtN-1] & upperMask) | (g.state[0] & lowerMask)
		g.state[mtN-1] = g.state[mtM-1] ^ (y >> 1) ^ mag(y)
		g.index = 0
	}
	y := g.state[g.index]
	g.index++
	y ^= y >> 11
	y ^= (y << 7) & temperMaskB
	y ^= (y << 15) & temperMaskC
	y ^= y >> 18
	return y
}

// random returns a float in [0, 1) with 53 random bits.
func (g *mt) random() float64 {
	a, b := g.next()>>5, g.next()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}
