package tier2

import (
	"flag"
	"testing"

	"github.com/taipanpy/taipan/gen/emit"
)

var update = flag.Bool("update", false, "rewrite the golden files with the generated output")

func TestGolden(t *testing.T) {
	emit.RunCaseGoldens(t, "testdata", Output, *update, Cases)
}
