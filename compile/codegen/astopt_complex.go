package codegen

import "github.com/taipanpy/taipan/ast"

// foldComplex folds the sum or difference of a complex constant and a real
// or complex one, so that literals such as 1+2j (common in match patterns,
// which allow only such sums) become constants as in CPython. Other
// operations on complex numbers are left to run time.
func foldComplex(l, r ast.Value, op ast.Operator) ast.Value {
	_, lc := l.(ast.Complex)
	_, rc := r.(ast.Complex)
	if !lc && !rc {
		return nil
	}
	a, aok := asComplex(l)
	b, bok := asComplex(r)
	if !aok || !bok {
		return nil
	}
	switch op.(type) {
	case ast.Add:
		return ast.Complex(a + b)
	case ast.Sub:
		return ast.Complex(a - b)
	}
	return nil
}

// asComplex returns a number constant as a complex128; ints and floats
// have an imaginary part of +0.0, as complex(x) gives.
func asComplex(v ast.Value) (complex128, bool) {
	if c, ok := v.(ast.Complex); ok {
		return complex128(c), true
	}
	f, ok := asFloat(v)
	return complex(f, 0), ok
}
