// Package dsl parses Taipan's instruction definition files (defs/*.def): CPython's
// instruction DSL with Go bodies. Only the text between the BEGIN and END markers is
// parsed; bodies, array sizes, conditions and types are kept as raw text with exact
// positions for the analysis to interpret.
package dsl

import (
	"errors"
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2"
)

var parser = participle.MustBuild[File](
	participle.Lexer(definition{}),
	participle.UseLookahead(4),
)

// Parse parses one definition file. Errors are *Error values with file positions.
func Parse(file, src string) (f *File, err error) {
	defer func() {
		// The parser library reports grammar faults by panicking; bad input must not.
		if r := recover(); r != nil {
			f, err = nil, Errorf(Pos{File: file, Line: 1, Col: 1}, "internal parser failure: %v", r)
		}
	}()
	if _, err := Lex(file, src); err != nil {
		return nil, err
	}
	f, err = parser.ParseString(file, src)
	if err != nil {
		var perr participle.Error
		if errors.As(err, &perr) {
			return nil, &Error{Pos: ToPos(perr.Position()), Msg: rephrase(perr.Message())}
		}
		return nil, err
	}
	if err := check(f); err != nil {
		return nil, err
	}
	return f, nil
}

// grammarNames maps participle's names for grammar pieces to plain English.
var grammarNames = map[string]string{
	"Block": "a body in braces", "Item": "a stack item or cache entry", "Name": "a name",
	"Part": "an op name or cache skip", "Annotation": "an annotation", "Definition": "a definition",
	"<ident>": "a name", "<int>": "an integer", "<expr>": "an expression", "<type>": "a type",
	"<body>": "a body in braces", "<eof>": "the end of the definitions",
}

// rephrase turns participle's messages into the project's wording: the first thing the
// grammar expected, named in English, or a note that a definition was expected.
func rephrase(msg string) string {
	const marker = " (expected "
	i := strings.Index(msg, marker)
	if i < 0 {
		if strings.HasPrefix(msg, "unexpected token") {
			return msg + ": expected a definition (inst, op, macro, family or pseudo)"
		}
		return msg
	}
	head, want := msg[:i], strings.TrimSuffix(msg[i+len(marker):], ")")
	first := strings.Fields(want)
	if len(first) == 0 {
		return head
	}
	w := strings.Trim(first[0], "()*?")
	if n, ok := grammarNames[w]; ok {
		w = n
	}
	return head + " (expected " + w + ")"
}

// check validates what the grammar lets through but the DSL forbids.
func check(f *File) error {
	for _, d := range f.Defs {
		switch {
		case d.Inst != nil:
			if err := checkInst(d.Inst); err != nil {
				return err
			}
		case d.Macro != nil:
			// Any name/K is a skip of K cache units, as in CPython: the name only documents
			// what the units hold (cache/2, counter/1).
			for _, p := range d.Macro.Parts {
				if p.Size != nil && *p.Size <= 0 {
					return Errorf(ToPos(p.Pos), "cache skip %s/%d must skip at least one unit", p.Name, *p.Size)
				}
			}
		case d.Pseudo != nil:
			if err := checkPseudo(d.Pseudo); err != nil {
				return err
			}
		case d.Family != nil:
			if d.Family.Size != nil && *d.Family.Size < 0 {
				return Errorf(ToPos(d.Family.Pos), "family %s has a negative cache size", d.Family.Name)
			}
		}
	}
	return nil
}

// checkCacheSize checks the size of a cache input: a named entry is read as one value of
// 1, 2 or 4 units, while unused/K skips any positive number of units.
func checkCacheSize(it *Item) error {
	n := *it.Cache
	switch {
	case n <= 0:
		return Errorf(ToPos(it.Pos), "cache skip %s/%d must skip at least one unit", it.Name, n)
	case it.Name != "unused" && n != 1 && n != 2 && n != 4:
		return Errorf(ToPos(it.Pos), "cache entry %s has size %d; a cache entry is 1, 2 or 4 units", it.Name, n)
	}
	return nil
}

// checkPseudo tells a pseudo's stack effect from its flag list: CPython 3.14's form is
// pseudo(NAME, (effect), (flags)), and the effect may be left out, as in 3.13's
// pseudo(NAME, (flags)).
func checkPseudo(p *PseudoDef) error {
	for i, g := range p.Groups {
		switch {
		case g.Dashes != "" && i > 0:
			return Errorf(ToPos(g.Pos), "pseudo %s: the stack effect must come before the flags", p.Name)
		case g.Dashes != "":
			for _, it := range append(append([]*Item{}, g.Inputs...), g.Outputs...) {
				if it.Cache != nil {
					return Errorf(ToPos(it.Pos), "pseudo %s: cache entry %s/%d in a stack effect; pseudo-instructions have no caches", p.Name, it.Name, *it.Cache)
				}
				if err := checkItem(it); err != nil {
					return err
				}
			}
			p.Effect = g
		case p.Flags != nil || i > 1:
			return Errorf(ToPos(g.Pos), "pseudo %s: one stack effect and one flag list at most", p.Name)
		case len(g.Inputs) == 0:
			return Errorf(ToPos(g.Pos), "pseudo %s: an empty flag list; leave it out", p.Name)
		default:
			for _, it := range g.Inputs {
				if it.Cache != nil || it.Array != "" || it.Type != "" || it.Cond != "" {
					return Errorf(ToPos(it.Pos), "pseudo %s: a flag is a bare name such as HAS_ARG, not %s", p.Name, it.String())
				}
				p.Flags = append(p.Flags, &Name{Pos: it.Pos, Name: it.Name})
			}
		}
	}
	return nil
}

func checkInst(in *InstDef) error {
	for _, a := range in.Annotations {
		switch {
		case a.Name == "replicate" && a.Count == nil:
			return Errorf(ToPos(a.Pos), "replicate needs a count: replicate(N)")
		case a.Name == "replicate" && *a.Count < 1:
			return Errorf(ToPos(a.Pos), "replicate count must be positive, not %d", *a.Count)
		case a.Name != "replicate" && a.Count != nil:
			return Errorf(ToPos(a.Pos), "annotation %s takes no argument", a.Name)
		}
	}
	seenStack := false
	for _, it := range in.Inputs {
		if it.Cache != nil {
			if err := checkItem(it); err != nil {
				return err
			}
			if seenStack {
				return Errorf(ToPos(it.Pos), "cache entry %s/%d must come before the stack inputs", it.Name, *it.Cache)
			}
			if err := checkCacheSize(it); err != nil {
				return err
			}
			continue
		}
		seenStack = true
		if err := checkItem(it); err != nil {
			return err
		}
	}
	for _, it := range in.Outputs {
		if it.Cache != nil {
			return Errorf(ToPos(it.Pos), "cache entry %s/%d cannot be an output", it.Name, *it.Cache)
		}
		if err := checkItem(it); err != nil {
			return err
		}
	}
	return nil
}

func checkItem(it *Item) error {
	if it.Cache != nil && (it.Array != "" || it.Type != "" || it.Cond != "") {
		return Errorf(ToPos(it.Pos), "cache entry %s/%d cannot have a size, type or condition", it.Name, *it.Cache)
	}
	if it.Array != "" && it.Type != "" {
		return Errorf(ToPos(it.Pos), "array item %s cannot have a type (it is always a slice of the stack)", it.Name)
	}
	if it.Array != "" && it.Cond != "" {
		return Errorf(ToPos(it.Pos), "array item %s cannot have a condition", it.Name)
	}
	return nil
}

// Signature renders an inst or op's stack effect as written, normalised to single spaces:
// "(counter/1, lhs, rhs -- res)".
func (in *InstDef) Signature() string {
	var b strings.Builder
	b.WriteString("(")
	for i, it := range in.Inputs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(it.String())
	}
	if len(in.Inputs) > 0 {
		b.WriteString(" ")
	}
	b.WriteString("--")
	for i, it := range in.Outputs {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(" " + it.String())
	}
	b.WriteString(")")
	return b.String()
}

// String renders the item as written.
func (it *Item) String() string {
	s := it.Name
	if it.Cache != nil {
		return fmt.Sprintf("%s/%d", s, *it.Cache)
	}
	if it.Array != "" {
		s += "[" + it.Array + "]"
	}
	if it.Type != "" {
		s += ": " + it.Type
	}
	if it.Cond != "" {
		s += " if (" + it.Cond + ")"
	}
	return s
}
