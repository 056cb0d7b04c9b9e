package posix

import "strings"

// normpath normalizes a POSIX path as posixpath.normpath: it collapses separators and "."
// and resolves ".." lexically, keeping exactly two leading slashes (which POSIX leaves to
// the implementation) and making "" into ".".
func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var parts []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(parts) == 0) || (len(parts) > 0 && parts[len(parts)-1] == "..") {
			parts = append(parts, c)
		} else if len(parts) > 0 {
			parts = parts[:len(parts)-1]
		}
	}
	out := strings.Repeat("/", initial) + strings.Join(parts, "/")
	if out == "" {
		return "."
	}
	return out
}

// splitroot splits a POSIX path into drive (always empty), root and tail, as
// posixpath.splitroot: two leading slashes stay the root, one or three or more become one.
func splitroot(p string) (string, string, string) {
	switch {
	case !strings.HasPrefix(p, "/"):
		return "", "", p
	case !strings.HasPrefix(p, "//") || strings.HasPrefix(p, "///"):
		return "", "/", p[1:]
	default:
		return "", "//", p[2:]
	}
}
