package analysis

import (
	"math/rand"
	"testing"
	"time"
)

// TestMutationsTerminate runs the analysis on random mutations of valid snippets: each must
// finish quickly with a result or an error, never a panic or a hang.
func TestMutationsTerminate(t *testing.T) {
	seeds := []string{sample, "\nop(_A, (x[oparg], y if (oparg & 1), c/2 -- z: *objects.Int)) {\n\tz = nil\n}\n",
		"\nmacro(M) = _A + unused/1;\nfamily(M, 1) = { X };\npseudo(P, (HAS_ARG)) = { M };\n",
		"\ninst(A, (--)) { s := `}`; r := '}'; /* } */ // }\n}\n"}
	chars := "(){}[]/*`'\"\n -,;:+=|if x1"
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		s := []byte(seeds[r.Intn(len(seeds))])
		for k := r.Intn(4) + 1; k > 0; k-- {
			if len(s) == 0 {
				break
			}
			i := r.Intn(len(s))
			switch r.Intn(3) {
			case 0:
				s = append(s[:i], s[i+1:]...)
			case 1:
				s = append(s[:i], append([]byte{chars[r.Intn(len(chars))]}, s[i:]...)...)
			case 2:
				j := r.Intn(len(s))
				s[i] = s[j]
			}
		}
		src := string(s)
		done := make(chan bool)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("panic %v on %q", p, src)
				}
				close(done)
			}()
			AnalyzeSource("x", src)
		}()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("hang on %q", src)
		}
	}
}
