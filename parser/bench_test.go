package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParseCorpus parses the golden sources, or, when TAIPAN_BENCH_LIB names a
// directory (a CPython Lib), every .py file under it; it reports lines per second.
func BenchmarkParseCorpus(b *testing.B) {
	var files [][]byte
	root := os.Getenv("TAIPAN_BENCH_LIB")
	if root == "" {
		paths, _ := filepath.Glob("testdata/ast/*.py")
		for _, p := range paths {
			src, _ := os.ReadFile(p)
			files = append(files, src)
		}
	} else {
		filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
				if src, err := os.ReadFile(path); err == nil {
					if _, perr := Parse(src, path, Exec); perr == nil {
						files = append(files, src)
					}
				}
			}
			return nil
		})
	}
	lines, size := 0, 0
	for _, f := range files {
		lines += strings.Count(string(f), "\n")
		size += len(f)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			Parse(f, "bench.py", Exec)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
