package symtable

import (
	"fmt"
	"sort"
	"strings"
)

// Dump returns a readable listing of the scope e and its children: each scope
// as "TYPE NAME line=N nested=0|1", then its parameters and its symbols (sorted,
// with their flags and scope), then its children indented. The compiler's
// golden tests compare it with the same listing made from CPython's symtable.
func Dump(e *Entry) string {
	var b strings.Builder
	dump(&b, e, "")
	return b.String()
}

func dump(b *strings.Builder, e *Entry, indent string) {
	nested := 0
	if e.Nested {
		nested = 1
	}
	fmt.Fprintf(b, "%s%s %s line=%d nested=%d\n", indent, e.Type, e.Name, e.Lineno, nested)
	if len(e.Varnames) > 0 {
		fmt.Fprintf(b, "%s  varnames: %s\n", indent, strings.Join(e.Varnames, " "))
	}
	syms := append([]Symbol(nil), e.syms...)
	sort.Slice(syms, func(i, j int) bool { return syms[i].Name < syms[j].Name })
	for _, s := range syms {
		words := s.Flags.String()
		if s.Scope != Unresolved {
			if words != "" {
				words += " "
			}
			words += s.Scope.String()
		}
		fmt.Fprintf(b, "%s  %s: %s\n", indent, s.Name, words)
	}
	for _, c := range e.Children {
		dump(b, c, indent+"  ")
	}
}
