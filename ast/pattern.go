package ast

// MatchValue matches a value pattern (a literal or a dotted name).
type MatchValue struct {
	Range
	Value Expr
}

// MatchSingleton matches None, True or False by identity.
type MatchSingleton struct {
	Range
	Value Value
}

// MatchSequence is `[p, ...]` or `(p, ...)`.
type MatchSequence struct {
	Range
	Patterns []Pattern
}

// MatchMapping is `{key: p, ..., **rest}`.
type MatchMapping struct {
	Range
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is `Cls(p, ..., attr=p, ...)`.
type MatchClass struct {
	Range
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is `*name` or `*_` in a sequence pattern.
type MatchStar struct {
	Range
	Name string
}

// MatchAs is `p as name`, a capture `name`, or the wildcard `_` (both fields empty).
type MatchAs struct {
	Range
	Pattern Pattern
	Name    string
}

// MatchOr is `p | q | ...`.
type MatchOr struct {
	Range
	Patterns []Pattern
}

func (*MatchValue) astNode()     {}
func (*MatchSingleton) astNode() {}
func (*MatchSequence) astNode()  {}
func (*MatchMapping) astNode()   {}
func (*MatchClass) astNode()     {}
func (*MatchStar) astNode()      {}
func (*MatchAs) astNode()        {}
func (*MatchOr) astNode()        {}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}
