package posix

import "math/big"

type bigInt = big.Int

func bigNew(v int64) *big.Int { return big.NewInt(v) }
