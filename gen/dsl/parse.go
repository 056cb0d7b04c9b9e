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
			for _, p := range d.Macro.Parts {
				if p.Size != nil && !validCacheSize(*p.Size) && p.Name != "unused" {
					return Errorf(ToPos(p.Pos), "cache entry %s has size %d; a cache entry is 1, 2 or 4 units", p.Name, *p.Size)
				}
				if p.Size != nil && *p.Size <= 0 {
					return Errorf(ToPos(p.Pos), "cache skip %s/%d must skip at least one unit", p.Name, *p.Size)
				}
			}
		case d.Family != nil:
			if d.Family.Size != nil && *d.Family.Size < 0 {
				return Errorf(ToPos(d.Family.Pos), "family %s has a negative cache size", d.Family.Name)
			}
		}
	}
	return nil
}

func validCacheSize(n int) bool { return n == 1 || n == 2 || n == 4 }

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
			if !validCacheSize(*it.Cache) {
				return Errorf(ToPos(it.Pos), "cache entry %s has size %d; a cache entry is 1, 2 or 4 units", it.Name, *it.Cache)
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
