package collections

import (
	"math/rand"
	"testing"

	"github.com/taipanpy/taipan/objects"
)

// TestDequeRingAgainstSlice runs random operations on a deque's ring buffer and on a slice,
// and checks that they hold the same items after each one.
func TestDequeRingAgainstSlice(t *testing.T) {
	for _, maxlen := range []int{-1, 0, 1, 7, 64} {
		r := rand.New(rand.NewSource(int64(maxlen) + 2))
		d := newDeque(DequeType, maxlen)
		var ref []int
		trimLeft := func() {
			if maxlen >= 0 && len(ref) > maxlen {
				ref = ref[len(ref)-maxlen:]
			}
		}
		trimRight := func() {
			if maxlen >= 0 && len(ref) > maxlen {
				ref = ref[:maxlen]
			}
		}
		for step := 0; step < 5000; step++ {
			v := r.Intn(1000)
			switch op := r.Intn(8); {
			case op == 0:
				d.pushRight(objects.NewInt(int64(v)))
				ref = append(ref, v)
				trimLeft()
			case op == 1:
				d.pushLeft(objects.NewInt(int64(v)))
				ref = append([]int{v}, ref...)
				trimRight()
			case op == 2 && len(ref) > 0:
				d.popRight()
				ref = ref[:len(ref)-1]
			case op == 3 && len(ref) > 0:
				d.popLeft()
				ref = ref[1:]
			case op == 4:
				k := r.Intn(41) - 20
				d.rotate(k)
				if n := len(ref); n > 0 {
					k = ((k % n) + n) % n
					ref = append(append([]int(nil), ref[n-k:]...), ref[:n-k]...)
				}
			case op == 5 && (maxlen < 0 || len(ref) < maxlen):
				i := r.Intn(len(ref) + 1)
				d.insertAt(i, objects.NewInt(int64(v)))
				ref = append(ref[:i], append([]int{v}, ref[i:]...)...)
			case op == 6 && len(ref) > 0:
				i := r.Intn(len(ref))
				d.deleteAt(i)
				ref = append(ref[:i], ref[i+1:]...)
			case op == 7 && r.Intn(50) == 0:
				d.clear()
				ref = nil
			}
			if d.n != len(ref) {
				t.Fatalf("maxlen %d step %d: length %d, want %d", maxlen, step, d.n, len(ref))
			}
			for i, want := range ref {
				if got, _ := d.at(i).(*objects.Int).Int64(); got != int64(want) {
					t.Fatalf("maxlen %d step %d: item %d is %d, want %d", maxlen, step, i, got, want)
				}
			}
		}
	}
}
