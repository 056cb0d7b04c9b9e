package pyexpat_test

import (
	"testing"

	"github.com/taipanpy/taipan/modules/internal/golden"
)

// testdata/cases.json holds CPython 3.13's results for testdata/cases.py, made by
// `cpython313 modules/internal/golden/gen_golden.py testdata/cases.py > testdata/cases.json`.
func TestAgainstCPython(t *testing.T) { golden.Run(t, "testdata/cases.json") }
