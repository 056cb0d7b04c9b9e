// Package suggest finds the name a mistyped one most likely meant, for the "Did you mean"
// hints of NameError and AttributeError, with the distance and limits CPython 3.13 uses
// (Python/suggestions.c): a Levenshtein distance where a change of case costs 1 and any other
// edit 2, candidates far from the wrong name ignored.
package suggest

import "unicode"

const (
	moveCost          = 2
	caseCost          = 1
	maxCandidateItems = 750
	maxStringSize     = 40
)

// substitutionCost is the cost of replacing a by b.
func substitutionCost(a, b rune) int {
	switch {
	case a == b:
		return 0
	case unicode.ToLower(a) == unicode.ToLower(b):
		return caseCost
	}
	return moveCost
}

// distance is the weighted edit distance between a and b, or a value above maxCost when it
// exceeds maxCost.
func distance(a, b []rune, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return moveCost * (len(a) + len(b))
	}
	if len(a) > maxStringSize || len(b) > maxStringSize {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	row := make([]int, len(a))
	for i := range row {
		row[i] = (i + 1) * moveCost
	}
	result := 0
	for bi, bc := range b {
		dist := bi * moveCost
		result = dist
		minimum := int(^uint(0) >> 1)
		for i, ac := range a {
			substitute := dist + substitutionCost(bc, ac)
			dist = row[i]
			insertDelete := min(result, dist) + moveCost
			result = min(insertDelete, substitute)
			row[i] = result
			minimum = min(minimum, result)
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// Closest returns the candidate wrong most likely meant, or "" when none is close enough; of
// equally close candidates the first wins.
func Closest(candidates []string, wrong string) string {
	if len(candidates) > maxCandidateItems {
		return ""
	}
	w := []rune(wrong)
	if len(w) > maxStringSize {
		return ""
	}
	best, suggestion := len(w), ""
	for _, c := range candidates {
		if c == wrong {
			continue
		}
		cr := []rune(c)
		maxDistance := min((len(cr)+len(w)+3)*moveCost/6, best-1)
		d := distance(w, cr, maxDistance)
		if d > maxDistance {
			continue
		}
		if suggestion == "" || d < best {
			suggestion, best = c, d
		}
	}
	return suggestion
}
