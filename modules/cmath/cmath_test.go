package cmath_test

import (
	"testing"

	"github.com/taipanpy/taipan/modules/internal/golden"
)

func TestAgainstCPython(t *testing.T) { golden.Run(t, "testdata/cases.json") }
