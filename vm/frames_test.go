package vm

import (
	"testing"

	"github.com/taipanpy/taipan/objects"
)

func newTestThread() *Thread {
	return NewThread(NewInterpreter(&Runtime{}, nil))
}

func TestFramesComeFromTheDataStack(t *testing.T) {
	th := newTestThread()
	code := &objects.Code{NLocalsplus: 3, StackSize: 5}
	f1, err := PushFrame(&th.Thread, code, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	f2, _ := PushFrame(&th.Thread, code, nil, nil, nil)
	if th.Frame != f2 || f2.Previous != f1 || len(f2.Localsplus) != 8 || f2.SP != 3 {
		t.Fatalf("frame chain or layout wrong: %+v", f2)
	}
	f2.Localsplus[0] = objects.NewInt(7)
	if got := PopFrame(&th.Thread, f2); got != f1 || th.Frame != f1 {
		t.Fatal("PopFrame did not return to the caller")
	}
	// The storage is reused, cleared, by the next call.
	f3, _ := PushFrame(&th.Thread, code, nil, nil, nil)
	if f3 != f2 || f3.Localsplus[0] != nil {
		t.Errorf("frame not recycled cleanly: same struct %v, local %v", f3 == f2, f3.Localsplus[0])
	}
}

func TestEscapedFrameKeepsItsLocals(t *testing.T) {
	th := newTestThread()
	code := &objects.Code{NLocalsplus: 2, StackSize: 2}
	f, _ := PushFrame(&th.Thread, code, nil, nil, nil)
	f.Localsplus[1] = objects.NewStr("kept")
	f.Escaped = true
	PopFrame(&th.Thread, f)
	g, _ := PushFrame(&th.Thread, code, nil, nil, nil)
	g.Localsplus[1] = objects.NewStr("other")
	if g == f || f.Localsplus[1].(*objects.Str).Value() != "kept" {
		t.Errorf("escaped frame lost its locals: %v", f.Localsplus[1])
	}
}

func TestDeepFramesCrossChunks(t *testing.T) {
	th := newTestThread()
	th.RecursionLimit = 100000
	code := &objects.Code{NLocalsplus: 50, StackSize: 50}
	var frames []*Frame
	for i := 0; i < 1000; i++ { // 100k slots: several chunks
		f, err := PushFrame(&th.Thread, code, nil, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		f.Localsplus[0] = objects.NewInt(int64(i))
		frames = append(frames, f)
	}
	for i := len(frames) - 1; i >= 0; i-- {
		if v := frames[i].Localsplus[0].(*objects.Int).String(); v != objects.NewInt(int64(i)).String() {
			t.Fatalf("frame %d holds %s", i, v)
		}
		PopFrame(&th.Thread, frames[i])
	}
	if th.Frame != nil || th.depth != 0 || th.data.top != 0 || len(th.data.saved) != 0 {
		t.Errorf("stack not unwound: depth %d, top %d, saved %d", th.depth, th.data.top, len(th.data.saved))
	}
}

func TestRecursionLimit(t *testing.T) {
	th := newTestThread()
	th.RecursionLimit = 10
	code := &objects.Code{StackSize: 1}
	for i := 0; i < 10; i++ {
		if _, err := PushFrame(&th.Thread, code, nil, nil, nil); err != nil {
			t.Fatalf("frame %d: %v", i, err)
		}
	}
	_, err := PushFrame(&th.Thread, code, nil, nil, nil)
	if err == nil || err.Error() != "RecursionError: maximum recursion depth exceeded" {
		t.Fatalf("got %v, want RecursionError", err)
	}
}
