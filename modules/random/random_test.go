package random

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// testdata/random.json holds CPython 3.13's outputs (testdata/gen_random.py).

type golden struct {
	Seed      string   `json:"seed"`
	Random    []string `json:"random"`
	Bits      []string `json:"bits"`
	StateHead []string `json:"state_head"`
	Index     int      `json:"index"`
	After     string   `json:"after"`
}

func seedObject(t *testing.T, s string) objects.Object {
	switch s {
	case "True":
		return objects.True
	case "3.5":
		return objects.NewFloat(3.5)
	}
	i, err := objects.ParseInt(s, 10)
	if err != nil {
		t.Fatal(err)
	}
	return i
}

func call(t *testing.T, o objects.Object, name string, args ...objects.Object) objects.Object {
	t.Helper()
	r, err := objects.CallMethod(nil, o, name, args...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return r
}

func newRandomClass(t *testing.T) objects.Object {
	objects.ReadyBuiltinTypes()
	m := objects.NewModule("_random")
	if err := initModule(nil, m); err != nil {
		t.Fatal(err)
	}
	return m.Dict.GetStr(objects.NewStr("Random"))
}

func TestAgainstCPython(t *testing.T) {
	cls := newRandomClass(t)
	data, err := os.ReadFile("testdata/random.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []golden
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		r, err := objects.Call(nil, cls, []objects.Object{seedObject(t, c.Seed)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range c.Random {
			got := objects.FloatHex(call(t, r, "random").(*objects.Float).Value())
			if got != want {
				t.Errorf("seed %s: random #%d = %s, want %s", c.Seed, i, got, want)
			}
		}
		for i, k := range []int64{1, 7, 31, 32, 33, 64, 100, 1000} {
			got := call(t, r, "getrandbits", objects.NewInt(k)).(*objects.Int).String()
			if got != c.Bits[i] {
				t.Errorf("seed %s: getrandbits(%d) = %s, want %s", c.Seed, k, got, c.Bits[i])
			}
		}
		st := call(t, r, "getstate").(*objects.Tuple)
		for i, want := range c.StateHead {
			if got := st.Items()[i].(*objects.Int).String(); got != want {
				t.Errorf("seed %s: state[%d] = %s, want %s", c.Seed, i, got, want)
			}
		}
		if got := st.Items()[624].(*objects.Int).String(); got != strconv.Itoa(c.Index) {
			t.Errorf("seed %s: index %s, want %d", c.Seed, got, c.Index)
		}
		after := objects.FloatHex(call(t, r, "random").(*objects.Float).Value())
		// Restoring the state replays the same output.
		call(t, r, "setstate", st)
		again := objects.FloatHex(call(t, r, "random").(*objects.Float).Value())
		if after != c.After || again != c.After {
			t.Errorf("seed %s: after getstate %s, after setstate %s, want %s", c.Seed, after, again, c.After)
		}
	}
}

func TestErrors(t *testing.T) {
	cls := newRandomClass(t)
	r, err := objects.Call(nil, cls, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []objects.Object
		want string
	}{
		{"getrandbits", []objects.Object{objects.NewInt(-1)}, "number of bits must be non-negative"},
		{"getrandbits", []objects.Object{objects.NewFloat(1)}, "'float' object cannot be interpreted as an integer"},
		{"setstate", []objects.Object{objects.NewTuple(nil)}, "state vector is the wrong size"},
		{"setstate", []objects.Object{objects.NewInt(1)}, "state vector must be a tuple"},
		{"seed", []objects.Object{objects.NewInt(1), objects.NewInt(2)}, "seed expected at most 1 argument, got 2"},
	} {
		_, err := objects.CallMethod(nil, r, c.name, c.args...)
		e, ok := err.(*objects.BaseException)
		if !ok || e.Args()[0].(*objects.Str).Value() != c.want {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := objects.Call(nil, cls, []objects.Object{objects.NewInt(1), objects.NewInt(2)}, nil); err == nil {
		t.Errorf("Random(1, 2) did not fail")
	}
	// seed(None) draws from the system's randomness and still works.
	call(t, r, "seed", objects.None)
	call(t, r, "random")
}
