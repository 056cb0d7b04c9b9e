package tokenizer

import (
	"os"
	"path/filepath"
	"testing"
)

// benchCorpus loads the files to tokenize: every top-level .py file of the
// directory named by TAIPAN_BENCH_PYLIB (for instance CPython's Lib), or
// else the golden snippets repeated to about a megabyte.
func benchCorpus(b *testing.B) [][]byte {
	dir := os.Getenv("TAIPAN_BENCH_PYLIB")
	if dir == "" {
		dir = filepath.Join("testdata", "golden")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil || len(files) == 0 {
		b.Skipf("no .py files in %s", dir)
	}
	var corpus [][]byte
	size := 0
	for size < 1<<20 {
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			// Keep only files that tokenize cleanly, so every run does the
			// same full amount of work.
			if _, err := tokenizeAll(src, Options{}); err != nil {
				continue
			}
			corpus = append(corpus, src)
			size += len(src)
		}
		if os.Getenv("TAIPAN_BENCH_PYLIB") != "" {
			break
		}
	}
	return corpus
}

// BenchmarkTokenize tokenizes the corpus in the parser's mode and reports
// throughput in bytes and tokens per second.
func BenchmarkTokenize(b *testing.B) {
	corpus := benchCorpus(b)
	size := 0
	for _, src := range corpus {
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	tokens := 0
	for b.Loop() {
		for _, src := range corpus {
			tz := New(src, "<bench>", Options{})
			for {
				tok, err := tz.Next()
				if err != nil {
					b.Fatal(err)
				}
				tokens++
				if tok.Kind == ENDMARKER {
					break
				}
			}
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
