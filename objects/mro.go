package objects

import "strings"

// computeMRO linearises a class's bases with C3, as CPython's mro_implementation: the class,
// then a merge of its bases' MROs and the list of bases that keeps every list's order.
func computeMRO(t *Type) ([]*Type, error) {
	if len(t.Bases) == 1 {
		return append([]*Type{t}, t.Bases[0].MRO...), nil
	}
	for i, b := range t.Bases {
		for _, c := range t.Bases[i+1:] {
			if b == c {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", b.Name)
			}
		}
	}
	seqs := make([][]*Type, 0, len(t.Bases)+1)
	for _, b := range t.Bases {
		seqs = append(seqs, b.MRO)
	}
	seqs = append(seqs, t.Bases)
	result := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return result, nil
		}
		var candidate *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			if !inTail(seqs, s[0]) {
				candidate = s[0]
				break
			}
		}
		if candidate == nil {
			return nil, mroConflictError(seqs)
		}
		result = append(result, candidate)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == candidate {
				seqs[i] = s[1:]
			}
		}
	}
}

// inTail reports whether c appears in some list after its head.
func inTail(seqs [][]*Type, c *Type) bool {
	for _, s := range seqs {
		if len(s) == 0 {
			continue
		}
		for _, x := range s[1:] {
			if x == c {
				return true
			}
		}
	}
	return false
}

// mroConflictError names the heads left unmerged, in the order of the bases, each once, as
// CPython's set_mro_error does.
func mroConflictError(seqs [][]*Type) error {
	var names []string
	seen := map[*Type]bool{}
	for _, s := range seqs {
		if len(s) > 0 && !seen[s[0]] {
			seen[s[0]] = true
			names = append(names, s[0].Name)
		}
	}
	return Errorf(TypeErrorType, "Cannot create a consistent method resolution order (MRO) for bases %s", strings.Join(names, ", "))
}
