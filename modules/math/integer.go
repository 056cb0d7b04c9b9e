package math

import (
	gomath "math"
	"math/big"

	"github.com/taipanpy/taipan/objects"
)

// The integer functions: gcd, lcm, isqrt, factorial, comb and perm. Their results are exact,
// so only their argument rules need to follow CPython.

func gcd(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	return foldInts(ts, args, 0, func(a, b *big.Int) *big.Int {
		return new(big.Int).GCD(nil, nil, a, b)
	})
}

func lcm(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	return foldInts(ts, args, 1, func(a, b *big.Int) *big.Int {
		if a.Sign() == 0 || b.Sign() == 0 {
			return new(big.Int)
		}
		g := new(big.Int).GCD(nil, nil, a, b)
		return new(big.Int).Mul(new(big.Int).Quo(a, g), b)
	})
}

// foldInts combines the absolute values of the arguments, each of which must have
// __index__, starting from the first (empty gives empty).
func foldInts(ts *objects.Thread, args []objects.Object, empty int64, f func(a, b *big.Int) *big.Int) (objects.Object, error) {
	if len(args) == 0 {
		return objects.NewInt(empty), nil
	}
	first, err := index(ts, args[0])
	if err != nil {
		return nil, err
	}
	res := new(big.Int).Abs(first.Big())
	for _, a := range args[1:] {
		x, err := index(ts, a)
		if err != nil {
			return nil, err
		}
		res = f(res, new(big.Int).Abs(x.Big()))
	}
	return objects.NewBigInt(res), nil
}

func isqrt(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
	n, err := index(ts, arg)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return objects.NewBigInt(new(big.Int).Sqrt(n.Big())), nil
}

func factorial(ts *objects.Thread, arg objects.Object) (objects.Object, error) {
	n, err := index(ts, arg)
	if err != nil {
		return nil, err
	}
	x, overflow := longAsLongAndOverflow(n)
	if overflow > 0 {
		return nil, objects.Errorf(objects.OverflowErrorType, "factorial() argument should not exceed %d", int64(gomath.MaxInt64))
	}
	if overflow < 0 || x < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "factorial() not defined for negative values")
	}
	return objects.NewBigInt(new(big.Int).MulRange(1, x)), nil
}

// fallingProduct is n * (n-1) * ... * (n-k+1), by binary splitting.
func fallingProduct(n *big.Int, k int64) *big.Int {
	if k <= 0 {
		return big.NewInt(1)
	}
	if k == 1 {
		return new(big.Int).Set(n)
	}
	j := k / 2
	left := fallingProduct(n, j)
	right := fallingProduct(new(big.Int).Sub(n, big.NewInt(j)), k-j)
	return left.Mul(left, right)
}

// combArgs checks n and k for comb and perm, returning nil ints on error.
func combArgs(ts *objects.Thread, nObj, kObj objects.Object) (*big.Int, *big.Int, error) {
	n, err := index(ts, nObj)
	if err != nil {
		return nil, nil, err
	}
	k, err := index(ts, kObj)
	if err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, objects.Errorf(objects.ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, objects.Errorf(objects.ValueErrorType, "k must be a non-negative integer")
	}
	return n.Big(), k.Big(), nil
}

func perm(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	if err := objects.CheckPositional("perm", len(args), 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 || args[1] == objects.None {
		return factorial(ts, args[0])
	}
	n, k, err := combArgs(ts, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if n.Cmp(k) < 0 {
		return objects.NewInt(0), nil
	}
	if !k.IsInt64() {
		return nil, objects.Errorf(objects.OverflowErrorType, "k must not exceed %d", int64(gomath.MaxInt64))
	}
	return objects.NewBigInt(fallingProduct(n, k.Int64())), nil
}

func comb(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	if err := objects.CheckPositional("comb", len(args), 2, 2); err != nil {
		return nil, err
	}
	n, k, err := combArgs(ts, args[0], args[1])
	if err != nil {
		return nil, err
	}
	if n.Cmp(k) < 0 {
		return objects.NewInt(0), nil
	}
	// C(n, k) == C(n, n-k): use the smaller.
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return nil, objects.Errorf(objects.OverflowErrorType, "min(n - k, k) must not exceed %d", int64(gomath.MaxInt64))
	}
	kk := k.Int64()
	if n.IsInt64() {
		return objects.NewBigInt(new(big.Int).Binomial(n.Int64(), kk)), nil
	}
	p := fallingProduct(n, kk)
	return objects.NewBigInt(p.Quo(p, new(big.Int).MulRange(1, kk))), nil
}
