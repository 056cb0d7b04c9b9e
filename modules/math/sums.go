package math

import (
	gomath "math"
	"math/big"

	"github.com/taipanpy/taipan/objects"
)

// Sums and products: fsum (exact), prod, sumprod, and the vector norms hypot and dist.

// forEach calls f with each item of iterable.
func forEach(ts *objects.Thread, iterable objects.Object, f func(objects.Object) error) error {
	it, err := objects.GetIter(ts, iterable)
	if err != nil {
		return err
	}
	for {
		item, err := objects.Next(ts, it)
		if err != nil {
			return err
		}
		if item == nil {
			return nil
		}
		if err := f(item); err != nil {
			return err
		}
	}
}

// fsum keeps a list of non-overlapping partial sums, exact together, and rounds their sum
// once at the end (Shewchuk's algorithm, as msum with Dickinson's exact rounding).
func fsum(ts *objects.Thread, seq objects.Object) (objects.Object, error) {
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	err := forEach(ts, seq, func(item objects.Object) error {
		x, err := asDouble(ts, item)
		if err != nil {
			return err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if gomath.Abs(x) < gomath.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
				// A non-finite x is an intermediate overflow or a nan or inf summand.
				if !gomath.IsNaN(xsave) && !gomath.IsInf(xsave, 0) {
					return objects.Errorf(objects.OverflowErrorType, "intermediate overflow in fsum")
				}
				if gomath.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if specialSum != 0 {
		if gomath.IsNaN(infSum) {
			return nil, objects.Errorf(objects.ValueErrorType, "-inf + inf in fsum")
		}
		return objects.NewFloat(specialSum), nil
	}
	hi := 0.0
	if n := len(partials); n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		// Add the partials from the top until the sum becomes inexact.
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Round half-even across several partials: a lower partial of the same sign as lo
		// breaks the tie.
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return objects.NewFloat(hi), nil
}

// prodArgs is prod(iterable, /, *, start=1).
var prodArgs = objects.ArgParser{FuncName: "prod", Params: []string{"", "start"}, PosOnly: 1, MinPos: 1, MaxPos: 1}

func prod(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var a [2]objects.Object
	if err := prodArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, a[0])
	if err != nil {
		return nil, err
	}
	result := a[1]
	if result == nil {
		result = objects.NewInt(1)
	}
	for {
		item, err := objects.Next(ts, it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			return result, nil
		}
		if result, err = objects.Binary(ts, result, item, objects.OpMultiply); err != nil {
			return nil, err
		}
	}
}

// exactFloat reports whether o takes sumprod's float path: an exact float or an exact int
// that a float holds exactly.
func exactFloat(o objects.Object) (float64, bool, bool) {
	switch v := o.(type) {
	case *objects.Float:
		if v.Type() == objects.FloatType {
			return v.Value(), true, true
		}
	case *objects.Int:
		if v.Type() == objects.IntType {
			if s, ok := v.Int64(); ok && s >= -(1<<53) && s <= 1<<53 {
				return float64(s), false, true
			}
		}
	}
	return 0, false, false
}

// sumprod is sum(p*q for p, q in zip(p, q, strict=True)); runs of float products are summed
// exactly and rounded once, as CPython's extended-precision accumulation does.
func sumprod(ts *objects.Thread, p, q objects.Object) (objects.Object, error) {
	pit, err := objects.GetIter(ts, p)
	if err != nil {
		return nil, err
	}
	qit, err := objects.GetIter(ts, q)
	if err != nil {
		return nil, err
	}
	var total objects.Object = objects.NewInt(0)
	var acc *big.Float // the exact sum of the current run of float products
	inRun := false
	flush := func() error {
		if !inRun {
			return nil
		}
		inRun = false
		f, _ := acc.Float64()
		var err error
		total, err = objects.Binary(ts, total, objects.NewFloat(f), objects.OpAdd)
		return err
	}
	for {
		pi, err := objects.Next(ts, pit)
		if err != nil {
			return nil, err
		}
		qi, err := objects.Next(ts, qit)
		if err != nil {
			return nil, err
		}
		if pi == nil || qi == nil {
			if pi != nil || qi != nil {
				return nil, objects.Errorf(objects.ValueErrorType, "Inputs are not the same length")
			}
			if err := flush(); err != nil {
				return nil, err
			}
			return total, nil
		}
		pf, pIsFloat, pok := exactFloat(pi)
		qf, qIsFloat, qok := exactFloat(qi)
		if pok && qok && (pIsFloat || qIsFloat) {
			prodv := pf * qf
			if !gomath.IsNaN(prodv) && !gomath.IsInf(prodv, 0) && !gomath.IsNaN(pf) && !gomath.IsNaN(qf) {
				if !inRun {
					acc = new(big.Float).SetPrec(4400)
					inRun = true
				}
				t := new(big.Float).SetPrec(4400).SetFloat64(pf)
				t.Mul(t, new(big.Float).SetFloat64(qf))
				acc.Add(acc, t)
				continue
			}
		}
		if err := flush(); err != nil {
			return nil, err
		}
		prodv, err := objects.Binary(ts, pi, qi, objects.OpMultiply)
		if err != nil {
			return nil, err
		}
		if total, err = objects.Binary(ts, total, prodv, objects.OpAdd); err != nil {
			return nil, err
		}
	}
}

// vectorNorm is sqrt(sum(x*x for x in vec)) for non-negative finite values with maximum
// max, computed with scaling, exact squaring and compensated summation and a final
// correction of the square root, as CPython's vector_norm.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	const t27 = 134217729.0 // 2**27 + 1, Veltkamp's splitting constant
	if gomath.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return gomath.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	_, maxE := gomath.Frexp(max)
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	add := func(x float64, frac *float64) {
		old := csum
		csum += x
		*frac += (old - csum) + x
	}
	if maxE >= -1023 {
		scale := gomath.Ldexp(1, -maxE)
		for _, x := range vec {
			x *= scale
			t := x * t27
			hi := t - (t - x)
			lo := x - hi
			add(hi*hi, &frac1)
			add(2*hi*lo, &frac2)
			frac3 += lo * lo
		}
		h := gomath.Sqrt(csum - 1 + (frac1 + frac2 + frac3))
		t := h * t27
		hi := t - (t - h)
		lo := h - hi
		add(-hi*hi, &frac1)
		add(-2*hi*lo, &frac2)
		add(-lo*lo, &frac3)
		x := csum - 1 + (frac1 + frac2 + frac3)
		return (h + x/(2*h)) / scale
	}
	// ldexp(1, -maxE) would overflow: divide by max instead.
	for _, x := range vec {
		x /= max
		add(x*x, &frac1)
	}
	return max * gomath.Sqrt(csum-1+frac1)
}

func hypot(ts *objects.Thread, args []objects.Object) (objects.Object, error) {
	vec := make([]float64, len(args))
	max, nan := 0.0, false
	for i, a := range args {
		x, err := asDouble(ts, a)
		if err != nil {
			return nil, err
		}
		x = gomath.Abs(x)
		vec[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return objects.NewFloat(vectorNorm(vec, max, nan)), nil
}

// asTuple is the items of a tuple, or of tuple(o).
func asTuple(ts *objects.Thread, o objects.Object) ([]objects.Object, error) {
	if t, ok := o.(*objects.Tuple); ok {
		return t.Items(), nil
	}
	var items []objects.Object
	err := forEach(ts, o, func(item objects.Object) error {
		items = append(items, item)
		return nil
	})
	return items, err
}

func dist(ts *objects.Thread, p, q objects.Object) (objects.Object, error) {
	ps, err := asTuple(ts, p)
	if err != nil {
		return nil, err
	}
	qs, err := asTuple(ts, q)
	if err != nil {
		return nil, err
	}
	if len(ps) != len(qs) {
		return nil, objects.Errorf(objects.ValueErrorType, "both points must have the same number of dimensions")
	}
	vec := make([]float64, len(ps))
	max, nan := 0.0, false
	for i := range ps {
		px, err := asDouble(ts, ps[i])
		if err != nil {
			return nil, err
		}
		qx, err := asDouble(ts, qs[i])
		if err != nil {
			return nil, err
		}
		x := gomath.Abs(px - qx)
		vec[i] = x
		nan = nan || gomath.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return objects.NewFloat(vectorNorm(vec, max, nan)), nil
}
