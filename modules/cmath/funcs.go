package cmath

import "github.com/taipanpy/taipan/objects"

// The functions as Python sees them: argument conversion and errors.

// raise turns an errno into CPython's exception for it.
func raise(e errno) error {
	if e == errDomain {
		return objects.Errorf(objects.ValueErrorType, "math domain error")
	}
	return objects.Errorf(objects.OverflowErrorType, "math range error")
}

// unary makes a function of one complex argument (METH_O).
func unary(name string, f func(complex128) (complex128, errno), doc string) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethO, Doc: doc,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			z, err := objects.AsComplex(ts, args[0])
			if err != nil {
				return nil, err
			}
			r, e := f(z)
			if e != errNone {
				return nil, raise(e)
			}
			return objects.NewComplex(r), nil
		}}
}

// predicate makes a test of one complex argument.
func predicate(name string, f func(complex128) bool, doc string) objects.MethodDef {
	return objects.MethodDef{Name: name, Flags: objects.MethO, Doc: doc,
		Func: func(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
			z, err := objects.AsComplex(ts, args[0])
			if err != nil {
				return nil, err
			}
			return objects.NewBool(f(z)), nil
		}}
}

// logFunc is log(z[, base]). Only the errno of the last logarithm taken counts, as in
// CPython: log(0, 2) is -inf+nanj, not an error, while a base of 1 divides by zero.
func logFunc(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("log", len(args), 1, 2); err != nil {
		return nil, err
	}
	z, err := objects.AsComplex(ts, args[0])
	if err != nil {
		return nil, err
	}
	r, e := clog(z)
	if len(args) == 2 {
		b, err := objects.AsComplex(ts, args[1])
		if err != nil {
			return nil, err
		}
		var lb complex128
		lb, e = clog(b)
		q, ok := objects.ComplexQuo(r, lb)
		if !ok {
			e = errDomain
		}
		r = q
	}
	if e != errNone {
		return nil, raise(e)
	}
	return objects.NewComplex(r), nil
}

func phase(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	z, err := objects.AsComplex(ts, args[0])
	if err != nil {
		return nil, err
	}
	phi, e := cphase(z)
	if e != errNone {
		return nil, raise(e)
	}
	return objects.NewFloat(phi), nil
}

func polar(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	z, err := objects.AsComplex(ts, args[0])
	if err != nil {
		return nil, err
	}
	phi := atan2(imag(z), real(z))
	r, e := cabs(z)
	if e != errNone {
		return nil, raise(e)
	}
	return objects.NewTuple([]objects.Object{objects.NewFloat(r), objects.NewFloat(phi)}), nil
}

func rect(ts *objects.Thread, _ objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
	if err := objects.CheckPositional("rect", len(args), 2, 2); err != nil {
		return nil, err
	}
	r, err := objects.AsDouble(ts, args[0])
	if err != nil {
		return nil, err
	}
	phi, err := objects.AsDouble(ts, args[1])
	if err != nil {
		return nil, err
	}
	z, e := crect(r, phi)
	if e != errNone {
		return nil, raise(e)
	}
	return objects.NewComplex(z), nil
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
var iscloseArgs = objects.ArgParser{FuncName: "isclose", Params: []string{"a", "b", "rel_tol", "abs_tol"}, MinPos: 2, MaxPos: 2}

func isclose(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var p [4]objects.Object
	if err := iscloseArgs.Parse(args, kwnames, p[:]); err != nil {
		return nil, err
	}
	a, err := objects.AsComplex(ts, p[0])
	if err != nil {
		return nil, err
	}
	b, err := objects.AsComplex(ts, p[1])
	if err != nil {
		return nil, err
	}
	tol := [2]float64{1e-09, 0.0}
	for i, o := range p[2:] {
		if o == nil {
			continue
		}
		if tol[i], err = objects.AsDouble(ts, o); err != nil {
			return nil, err
		}
	}
	if tol[0] < 0 || tol[1] < 0 {
		return nil, objects.Errorf(objects.ValueErrorType, "tolerances must be non-negative")
	}
	return objects.NewBool(isClose(a, b, tol[0], tol[1])), nil
}
