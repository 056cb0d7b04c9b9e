package sre_test

import (
	"testing"

	"github.com/taipanpy/taipan/modules/internal/golden"
)

// testdata/engine.json holds CPython 3.13's results of matching the patterns of
// testdata/gen.py, made by `cpython313 modules/sre/testdata/gen.py > testdata/engine.json`.
func TestEngineAgainstCPython(t *testing.T) { golden.Run(t, "testdata/engine.json") }

// testdata/cases.json holds CPython 3.13's results for testdata/cases.py, made by
// `cpython313 modules/internal/golden/gen_golden.py testdata/cases.py > testdata/cases.json`.
func TestAPIAgainstCPython(t *testing.T) { golden.Run(t, "testdata/cases.json") }
