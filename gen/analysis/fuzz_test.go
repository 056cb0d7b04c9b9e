package analysis

import "testing"

// FuzzAnalyzeSource checks that no input makes the parser or the analysis panic.
func FuzzAnalyzeSource(f *testing.F) {
	f.Add(sample)
	f.Add("\nop(_A, (x[oparg], y if (oparg & 1), c/2 -- z: *objects.Int)) {\n\tz = nil\n}\n")
	f.Add("\nmacro(M) = _A + unused/1;\nfamily(M, 1) = { X };\npseudo(P, (HAS_ARG)) = { M };\n")
	f.Add("\ninst(A, (--)) { s := `}`; r := '}'; /* } */ // }\n}\n")
	f.Fuzz(func(t *testing.T, src string) {
		a, err := AnalyzeSource("fuzz.def", src)
		if err == nil && a == nil {
			t.Fatal("nil analysis without an error")
		}
	})
}
