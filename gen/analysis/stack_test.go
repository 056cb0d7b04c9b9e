package analysis

import "testing"

// TestEffectSizes pins the offset algebra: popping x, y[oparg], z[oparg*2] and then pushing
// x, b[oparg*4], c.
func TestEffectSizes(t *testing.T) {
	in := []*StackItem{{Name: "x"}, {Name: "y", Size: "oparg"}, {Name: "z", Size: "oparg*2"}}
	out := []*StackItem{{Name: "x"}, {Name: "b", Size: "oparg*4"}, {Name: "c"}}
	var off StackOffset
	for i := len(in) - 1; i >= 0; i-- {
		off.Pop(in[i])
	}
	if got, want := off.Go(), "-1 - oparg*2 - oparg"; got != want {
		t.Errorf("base = %q, want %q", got, want)
	}
	for _, o := range out {
		off.Push(o)
	}
	if got, want := off.Go(), "1 - oparg*2 - oparg + oparg*4"; got != want {
		t.Errorf("top = %q, want %q", got, want)
	}
}

func TestOffsetRendering(t *testing.T) {
	cases := []struct {
		popped, pushed []string
		want           string
	}{
		{nil, nil, "0"},
		{[]string{"1"}, []string{"1"}, "0"},
		{[]string{"1", "1"}, nil, "-2"},
		{[]string{"oparg"}, nil, "-oparg"},
		{nil, []string{"oparg-1"}, "(oparg-1)"},
		{[]string{"oparg&1"}, []string{"1"}, "1 - oparg&1"},
		{[]string{"b2i(x != nil)", "oparg"}, []string{"oparg"}, "-b2i(x != nil)"},
		{[]string{"2+oparg"}, []string{"3"}, "3 - (2+oparg)"},
	}
	for _, c := range cases {
		o := StackOffset{Popped: c.popped, Pushed: c.pushed}
		if got := o.Go(); got != c.want {
			t.Errorf("%v/%v: got %q, want %q", c.popped, c.pushed, got, c.want)
		}
	}
}
