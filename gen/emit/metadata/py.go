package metadata

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/taipanpy/taipan/gen/analysis"
)

// PyMetadata renders _opcode_metadata.py: the variables of CPython's Lib/_opcode_metadata.py
// (_specializations, _specialized_opmap, opmap, HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE), for
// Taipan's opcode and dis modules.
func PyMetadata(a *analysis.Analysis) []byte {
	var b bytes.Buffer
	b.WriteString("# " + Header + "\n")
	b.WriteString("# The opcode tables of Taipan's instruction set, for the opcode and dis modules.\n")
	b.WriteString("_specializations = {\n")
	specialized := map[string]bool{}
	var members []string
	for _, f := range a.FamilyOrder {
		fmt.Fprintf(&b, "    %q: [\n", f.Name)
		for _, m := range f.Members {
			fmt.Fprintf(&b, "        %q,\n", m.Name)
			specialized[m.Name] = true
			members = append(members, m.Name)
		}
		b.WriteString("    ],\n")
	}
	b.WriteString("}\n\n")
	sort.Strings(members)
	b.WriteString("_specialized_opmap = {\n")
	for _, n := range members {
		fmt.Fprintf(&b, "    '%s': %d,\n", n, a.Opmap[n])
	}
	b.WriteString("}\n\n")
	b.WriteString("opmap = {\n")
	for _, n := range a.OpmapOrder {
		if !specialized[n] {
			fmt.Fprintf(&b, "    '%s': %d,\n", n, a.Opmap[n])
		}
	}
	b.WriteString("}\n\n")
	fmt.Fprintf(&b, "HAVE_ARGUMENT = %d\n", a.HaveArgument)
	fmt.Fprintf(&b, "MIN_INSTRUMENTED_OPCODE = %d\n", a.MinInstrumented)
	return b.Bytes()
}
