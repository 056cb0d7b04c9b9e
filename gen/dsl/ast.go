package dsl

import "github.com/alecthomas/participle/v2/lexer"

// File is a parsed definition file: its definitions in source order.
type File struct {
	Defs []*Definition `parser:"@@*"`
}

// Definition is one top-level construct; exactly one field is set.
type Definition struct {
	Inst   *InstDef   `parser:"  @@"`
	Macro  *MacroDef  `parser:"| @@"`
	Family *FamilyDef `parser:"| @@"`
	Pseudo *PseudoDef `parser:"| @@"`
}

// InstDef is `parser:"annotations inst(NAME, (inputs -- outputs)) { body }"`, or the same with `parser:"op"`.
type InstDef struct {
	Pos         lexer.Position
	Annotations []*Annotation `parser:"@@*"`
	Kind        string        `parser:"@('inst' | 'op')"`
	NamePos     *Name         `parser:"'(' @@ ','"`
	Inputs      []*Item       `parser:"'(' ( @@ ( ',' @@ )* )?"`
	Dashes      string        `parser:"@'--'"`
	Outputs     []*Item       `parser:"( @@ ( ',' @@ )* )? ')' ')'"`
	Block       *Block        `parser:"@@"`
}

// Name is an identifier with its position.
type Name struct {
	Pos  lexer.Position
	Name string `parser:"@Ident"`
}

// Annotation is one of specializing, override, register, replaced, pure, split, tier1,
// tier2, or replicate(N).
type Annotation struct {
	Pos   lexer.Position
	Name  string `parser:"@('specializing' | 'override' | 'register' | 'replaced' | 'pure' | 'split' | 'tier1' | 'tier2' | 'replicate')"`
	Count *int   `parser:"( '(' @Int ')' )?"`
}

// Item is a stack item or (among inputs) a cache entry: `parser:"name/size"`, `parser:"name[size]"`,
// `parser:"name: Type"`, `parser:"name if (cond)"`, or `parser:"name: Type if (cond)"`.
type Item struct {
	Pos   lexer.Position
	Name  string `parser:"@Ident"`
	Cache *int   `parser:"( '/' @Int )?"`
	Array string `parser:"( '[' @Expr ']' )?"`
	Type  string `parser:"( ':' @Type )?"`
	Cond  string `parser:"( 'if' '(' @Expr ')' )?"`
}

// Block is a body: the raw text between the braces, braces included.
type Block struct {
	Pos  lexer.Position
	Text string `parser:"@Body"`
}

// MacroDef is `parser:"macro(NAME) = part + part ...;"`.
type MacroDef struct {
	Pos   lexer.Position
	Name  string  `parser:"'macro' '(' @Ident ')' '='"`
	Parts []*Part `parser:"@@ ( '+' @@ )* ';'"`
}

// Part is a macro element: an op name, or a cache skip `parser:"unused/K"`; any name with a
// size (`parser:"cache/2"`) is a skip.
type Part struct {
	Pos  lexer.Position
	Name string `parser:"@Ident"`
	Size *int   `parser:"( '/' @Int )?"`
}

// FamilyDef is `parser:"family(HEAD, SIZE) = { MEMBER, ... };"`.
type FamilyDef struct {
	Pos      lexer.Position
	Name     string  `parser:"'family' '(' @Ident ','"`
	Size     *int    `parser:"( @Int"`
	SizeName string  `parser:"| @Ident ) ')' '=' '{'"`
	Members  []*Name `parser:"( @@ ( ',' @@ )* ','? )? '}' ';'"`
}

// PseudoDef is `parser:"pseudo(NAME[, (inputs -- outputs)][, (FLAG, ...)]) = { TARGET, ... };"`.
// The parenthesised groups are parsed alike; check tells the stack effect (it has `--`) from
// the flag list and fills Effect and Flags.
type PseudoDef struct {
	Pos     lexer.Position
	Name    string         `parser:"'pseudo' '(' @Ident"`
	Groups  []*PseudoGroup `parser:"( ',' @@ )* ')' '=' '{'"`
	Targets []*Name        `parser:"( @@ ( ',' @@ )* ','? )? '}' ';'"`

	// Effect is the declared stack effect, nil when the definition gives none.
	Effect *PseudoGroup
	// Flags are the flag names listed.
	Flags []*Name
}

// PseudoGroup is one parenthesised group of a pseudo definition: a stack effect
// `parser:"(inputs -- outputs)"` or a flag list `parser:"(FLAG, ...)"` (items without dashes).
type PseudoGroup struct {
	Pos     lexer.Position
	Inputs  []*Item `parser:"'(' ( @@ ( ',' @@ )* )?"`
	Dashes  string  `parser:"( @'--'"`
	Outputs []*Item `parser:"( @@ ( ',' @@ )* )? )? ')'"`
}

// ToPos converts a lexer position.
func ToPos(p lexer.Position) Pos {
	return Pos{File: p.Filename, Line: p.Line, Col: p.Column, Offset: p.Offset}
}
