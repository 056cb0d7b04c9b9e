package builtins_test

import (
	"strings"
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// probe is one expression checked against what CPython 3.13 printed for it.
type probe struct {
	src  string // the Python expression, for messages
	eval func(e *env) (objects.Object, error)
	want string
}

// callB returns a probe body calling builtins.fn(args...).
func callB(fn string, args ...any) func(e *env) (objects.Object, error) {
	return func(e *env) (objects.Object, error) { return e.call(e.get(fn), args...) }
}

// then applies the builtin fn to what body returns, as list(...) or len(...) around it.
func then(fn string, body func(e *env) (objects.Object, error), more ...any) func(e *env) (objects.Object, error) {
	return func(e *env) (objects.Object, error) {
		v, err := body(e)
		if err != nil {
			return nil, err
		}
		return e.call(e.get(fn), append([]any{v}, more...)...)
	}
}

// method calls name on what body returns.
func method(body func(e *env) (objects.Object, error), name string, args ...any) func(e *env) (objects.Object, error) {
	return func(e *env) (objects.Object, error) {
		v, err := body(e)
		if err != nil {
			return nil, err
		}
		m, err := objects.GetAttr(e.ts, v, objects.NewStr(name))
		if err != nil {
			return nil, err
		}
		return e.call(m, args...)
	}
}

// item is body()[key].
func item(body func(e *env) (objects.Object, error), key any) func(e *env) (objects.Object, error) {
	return func(e *env) (objects.Object, error) {
		v, err := body(e)
		if err != nil {
			return nil, err
		}
		return objects.GetItem(e.ts, v, py(key))
	}
}

func slice(start, stop, step any) objects.Object {
	return objects.NewSlice(py(start), py(stop), py(step))
}

func runProbes(t *testing.T, probes []probe) {
	t.Helper()
	e := newEnv(t, "")
	for _, p := range probes {
		got := e.show(p.eval(e))
		want := p.want
		// Addresses differ from run to run.
		if i := strings.Index(want, " at 0x"); i >= 0 {
			if j := strings.Index(got, " at 0x"); j == i {
				got = got[:j]
			}
			want = want[:i]
		}
		if got != want {
			t.Errorf("%s: got %s, want %s", p.src, got, want)
		}
	}
}

func TestRange(t *testing.T) {
	r := func(args ...any) func(e *env) (objects.Object, error) { return callB("range", args...) }
	runProbes(t, []probe{
		{"range()", r(), "!! TypeError range expected at least 1 argument, got 0"},
		{"range(1,2,0)", r(1, 2, 0), "!! ValueError range() arg 3 must not be zero"},
		{"range(1,2,3,4)", r(1, 2, 3, 4), "!! TypeError range expected at most 3 arguments, got 4"},
		{"range('a')", r("a"), "!! TypeError 'str' object cannot be interpreted as an integer"},
		{"range(1.0)", r(1.0), "!! TypeError 'float' object cannot be interpreted as an integer"},
		{"range(x=1)", r(kw{"x", 1}), "!! TypeError range() takes no keyword arguments"},
		{"range(5)[10]", item(r(5), 10), "!! IndexError range object index out of range"},
		{"range(5)['a']", item(r(5), "a"), "!! TypeError range indices must be integers or slices, not str"},
		{"range(5)[1:3]", item(r(5), slice(1, 3, nil)), "range(1, 3)"},
		{"range(0,10,3)[::-1]", item(r(0, 10, 3), slice(nil, nil, -1)), "range(9, -3, -3)"},
		{"range(10**20)", r(big10(20)), "range(0, 100000000000000000000)"},
		{"len(range(10**20))", then("len", r(big10(20))), "!! OverflowError Python int too large to convert to C ssize_t"},
		{"range(10**20)[5]", item(r(big10(20)), 5), "5"},
		{"range(10**20)[-1]", item(r(big10(20)), -1), "99999999999999999999"},
		{"range(3).index(5)", method(r(3), "index", 5), "!! ValueError 5 is not in range"},
		{"range(3).index('a')", method(r(3), "index", "a"), "!! ValueError sequence.index(x): x not in sequence"},
		{"range(3).count(1)", method(r(3), "count", 1), "1"},
		{"range(3).count(1.0)", method(r(3), "count", 1.0), "1"},
		{"range(1,10,2)", r(1, 10, 2), "range(1, 10, 2)"},
		{"list(reversed(range(1,10,3)))", then("list", then("reversed", r(1, 10, 3))), "[7, 4, 1]"},
		{"list(reversed(range(10**20, 10**20+3)))", then("list", then("reversed", r(big10(20), big10(20).Add(objects.NewInt(3))))),
			"[100000000000000000002, 100000000000000000001, 100000000000000000000]"},
		{"iter(range(3))", then("iter", r(3)), "<range_iterator object at 0x7f0e0a606cd0>"},
		{"reversed(range(3))", then("reversed", r(3)), "<range_iterator object at 0x7f0e0a606df0>"},
		{"type(iter(range(10**20)))", then("type", then("iter", r(big10(20)))), "<class 'longrange_iterator'>"},
		{"range(3).start", func(e *env) (objects.Object, error) {
			v, _ := r(3)(e)
			return objects.GetAttr(e.ts, v, objects.NewStr("start"))
		}, "0"},
		{"range(-5)", r(-5), "range(0, -5)"},
		{"range(3).index(True)", method(r(3), "index", true), "1"},
		{"range(3)[1.5]", item(r(3), 1.5), "!! TypeError range indices must be integers or slices, not float"},
		{"range(3)[10**30]", item(r(3), big10(30)), "!! IndexError range object index out of range"},
		{"range(1,2,3).__reduce__()", method(r(1, 2, 3), "__reduce__"), "(<class 'range'>, (1, 2, 3))"},
		{"bool(range(0))", func(e *env) (objects.Object, error) {
			v, _ := r(0)(e)
			b, err := objects.IsTrue(e.ts, v)
			return objects.NewBool(b), err
		}, "False"},
		{"range(10**20)[10**19:]", item(r(big10(20)), slice(big10(19), nil, nil)), "range(10000000000000000000, 100000000000000000000)"},
		{"iter(range(10**20)).__length_hint__()", method(then("iter", r(big10(20))), "__length_hint__"), "100000000000000000000"},
		{"range(1,2,[])", r(1, 2, []any{}), "!! TypeError 'list' object cannot be interpreted as an integer"},
		{"reversed(range(3)).__length_hint__()", method(then("reversed", r(3)), "__length_hint__"), "3"},
		{"range(2**63)", r(pow2(63)), "range(0, 9223372036854775808)"},
		{"range(3)[1:2:0]", item(r(3), slice(1, 2, 0)), "!! ValueError slice step cannot be zero"},
		{"range(0,10)[3:-2:2]", item(r(0, 10), slice(3, -2, 2)), "range(3, 8, 2)"},
		{"range(5)[-6]", item(r(5), -6), "!! IndexError range object index out of range"},
		{"range(5)[2**63]", item(r(5), pow2(63)), "!! IndexError range object index out of range"},
		{"range(2**64)[2**63]", item(r(pow2(64)), pow2(63)), "9223372036854775808"},
		{"range(True)", r(true), "range(0, 1)"},
		{"list(range(-3,3)[::-2])", then("list", item(r(-3, 3), slice(nil, nil, -2))), "[2, 0, -2]"},
		{"list(range(2**63-2, 2**63+1))", then("list", r(pow2(63).Sub(objects.NewInt(2)), pow2(63).Add(objects.NewInt(1)))),
			"[9223372036854775806, 9223372036854775807, 9223372036854775808]"},
		{"list(range(5, -5, -3))", then("list", r(5, -5, -3)), "[5, 2, -1, -4]"},
		{"len(range(5, -5, -3))", then("len", r(5, -5, -3)), "4"},
	})
}

// TestRangeCompareHash checks equality, hashing, `in` and comparison of ranges.
func TestRangeCompareHash(t *testing.T) {
	e := newEnv(t, "")
	rng := func(args ...any) objects.Object {
		v, err := e.call(e.get("range"), args...)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	eq := func(a, b objects.Object) bool {
		ok, err := objects.Equal(e.ts, a, b)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	hash := func(o objects.Object) int64 {
		h, err := objects.Hash(e.ts, o)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	if !eq(rng(3), rng(0, 3, 1)) || !eq(rng(0), rng(5, 5)) || !eq(rng(1, 2, 5), rng(1, 3, 7)) || eq(rng(3), rng(4)) {
		t.Error("range equality differs from CPython's")
	}
	if hash(rng(0)) != hash(rng(5, 5)) || hash(rng(1, 2, 5)) != hash(rng(1, 3, 7)) {
		t.Error("equal ranges hash differently")
	}
	// CPython 3.13 with any PYTHONHASHSEED: ints and None hash without the seed.
	if h := hash(rng(3)); h != -8338477496398685190 {
		t.Errorf("hash(range(3)) = %d, want -8338477496398685190", h)
	}
	if h := hash(rng(1, 2, 5)); h != -1269592299258668772 {
		t.Errorf("hash(range(1,2,5)) = %d, want -1269592299258668772", h)
	}
	_, err := objects.Compare(e.ts, rng(3), rng(4), objects.CmpLT)
	if got := e.show(nil, err); got != "!! TypeError '<' not supported between instances of 'range' and 'range'" {
		t.Errorf("range < range: %s", got)
	}
	for _, c := range []struct {
		r    objects.Object
		v    any
		want bool
	}{
		{rng(big10(20)), 5, true},
		{rng(3), 2.0, true},
		{rng(0, 10, 3), 6, true},
		{rng(0, 10, 3), 7, false},
		{rng(10, 0, -2), 0, false},
		{rng(10, 0, -2), 2, true},
		{rng(3), "a", false},
	} {
		got, err := objects.Contains(e.ts, c.r, py(c.v))
		if err != nil || got != c.want {
			t.Errorf("%v in %s = %v, %v; want %v", c.v, e.show(c.r, nil), got, err, c.want)
		}
	}
}
