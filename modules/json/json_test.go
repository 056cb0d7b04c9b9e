package json_test

import (
	"strings"
	"testing"

	"github.com/taipanpy/taipan/modules/internal/golden"
)

// testdata/cases.json holds CPython 3.13's results for testdata/cases.py, made by
// `cpython313 modules/internal/golden/gen_golden.py testdata/cases.py > testdata/cases.json`.
func TestAgainstCPython(t *testing.T) { golden.Run(t, "testdata/cases.json") }

// A decoding error is a json.decoder.JSONDecodeError, looked up when it is raised: without
// Lib there is no json package, and the failed import is what the caller sees.
func TestDecodeErrorImportsJSONDecoder(t *testing.T) {
	for _, expr := range []string{
		`_json.scanstring('"abc', 1)`,
		`_json.make_scanner(C())('[1,]', 0)`,
	} {
		got := golden.Eval("import _json\nclass C:\n    strict = True\n    object_hook = object_pairs_hook = None\n    parse_float, parse_int, parse_constant = float, int, str", expr)
		if !strings.HasPrefix(got, "ModuleNotFoundError: No module named 'json") {
			t.Errorf("%s: got %s, want the ModuleNotFoundError of importing json.decoder", expr, got)
		}
	}
}
