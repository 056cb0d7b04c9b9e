package tokenizer

import "strconv"

// Kind is a token type. The values and names follow CPython 3.13's token
// module, so that a Kind converts to and from token.* integers unchanged.
type Kind uint8

// Token kinds, numbered as in CPython 3.13's Lib/token.py.
const (
	ENDMARKER Kind = iota
	NAME
	NUMBER
	STRING
	NEWLINE
	INDENT
	DEDENT
	LPAR
	RPAR
	LSQB
	RSQB
	COLON
	COMMA
	SEMI
	PLUS
	MINUS
	STAR
	SLASH
	VBAR
	AMPER
	LESS
	GREATER
	EQUAL
	DOT
	PERCENT
	LBRACE
	RBRACE
	EQEQUAL
	NOTEQUAL
	LESSEQUAL
	GREATEREQUAL
	TILDE
	CIRCUMFLEX
	LEFTSHIFT
	RIGHTSHIFT
	DOUBLESTAR
	PLUSEQUAL
	MINEQUAL
	STAREQUAL
	SLASHEQUAL
	PERCENTEQUAL
	AMPEREQUAL
	VBAREQUAL
	CIRCUMFLEXEQUAL
	LEFTSHIFTEQUAL
	RIGHTSHIFTEQUAL
	DOUBLESTAREQUAL
	DOUBLESLASH
	DOUBLESLASHEQUAL
	AT
	ATEQUAL
	RARROW
	ELLIPSIS
	COLONEQUAL
	EXCLAMATION
	OP
	TYPE_IGNORE
	TYPE_COMMENT
	SOFT_KEYWORD
	FSTRING_START
	FSTRING_MIDDLE
	FSTRING_END
	COMMENT
	NL
	ERRORTOKEN
	ENCODING
	N_TOKENS
)

var kindNames = [...]string{
	ENDMARKER:        "ENDMARKER",
	NAME:             "NAME",
	NUMBER:           "NUMBER",
	STRING:           "STRING",
	NEWLINE:          "NEWLINE",
	INDENT:           "INDENT",
	DEDENT:           "DEDENT",
	LPAR:             "LPAR",
	RPAR:             "RPAR",
	LSQB:             "LSQB",
	RSQB:             "RSQB",
	COLON:            "COLON",
	COMMA:            "COMMA",
	SEMI:             "SEMI",
	PLUS:             "PLUS",
	MINUS:            "MINUS",
	STAR:             "STAR",
	SLASH:            "SLASH",
	VBAR:             "VBAR",
	AMPER:            "AMPER",
	LESS:             "LESS",
	GREATER:          "GREATER",
	EQUAL:            "EQUAL",
	DOT:              "DOT",
	PERCENT:          "PERCENT",
	LBRACE:           "LBRACE",
	RBRACE:           "RBRACE",
	EQEQUAL:          "EQEQUAL",
	NOTEQUAL:         "NOTEQUAL",
	LESSEQUAL:        "LESSEQUAL",
	GREATEREQUAL:     "GREATEREQUAL",
	TILDE:            "TILDE",
	CIRCUMFLEX:       "CIRCUMFLEX",
	LEFTSHIFT:        "LEFTSHIFT",
	RIGHTSHIFT:       "RIGHTSHIFT",
	DOUBLESTAR:       "DOUBLESTAR",
	PLUSEQUAL:        "PLUSEQUAL",
	MINEQUAL:         "MINEQUAL",
	STAREQUAL:        "STAREQUAL",
	SLASHEQUAL:       "SLASHEQUAL",
	PERCENTEQUAL:     "PERCENTEQUAL",
	AMPEREQUAL:       "AMPEREQUAL",
	VBAREQUAL:        "VBAREQUAL",
	CIRCUMFLEXEQUAL:  "CIRCUMFLEXEQUAL",
	LEFTSHIFTEQUAL:   "LEFTSHIFTEQUAL",
	RIGHTSHIFTEQUAL:  "RIGHTSHIFTEQUAL",
	DOUBLESTAREQUAL:  "DOUBLESTAREQUAL",
	DOUBLESLASH:      "DOUBLESLASH",
	DOUBLESLASHEQUAL: "DOUBLESLASHEQUAL",
	AT:               "AT",
	ATEQUAL:          "ATEQUAL",
	RARROW:           "RARROW",
	ELLIPSIS:         "ELLIPSIS",
	COLONEQUAL:       "COLONEQUAL",
	EXCLAMATION:      "EXCLAMATION",
	OP:               "OP",
	TYPE_IGNORE:      "TYPE_IGNORE",
	TYPE_COMMENT:     "TYPE_COMMENT",
	SOFT_KEYWORD:     "SOFT_KEYWORD",
	FSTRING_START:    "FSTRING_START",
	FSTRING_MIDDLE:   "FSTRING_MIDDLE",
	FSTRING_END:      "FSTRING_END",
	COMMENT:          "COMMENT",
	NL:               "NL",
	ERRORTOKEN:       "ERRORTOKEN",
	ENCODING:         "ENCODING",
	N_TOKENS:         "N_TOKENS",
}

// String returns the kind's name as in CPython's token.tok_name ("NAME",
// "LPAR", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// IsOperator reports whether k is one of the exact operator kinds (LPAR
// through EXCLAMATION), the kinds the tokenize module folds into OP.
func (k Kind) IsOperator() bool { return k >= LPAR && k <= EXCLAMATION }

// operators maps every operator spelling to its exact kind, as
// token.EXACT_TOKEN_TYPES does.
var operators = map[string]Kind{
	"!": EXCLAMATION, "!=": NOTEQUAL, "%": PERCENT, "%=": PERCENTEQUAL,
	"&": AMPER, "&=": AMPEREQUAL, "(": LPAR, ")": RPAR, "*": STAR,
	"**": DOUBLESTAR, "**=": DOUBLESTAREQUAL, "*=": STAREQUAL, "+": PLUS,
	"+=": PLUSEQUAL, ",": COMMA, "-": MINUS, "-=": MINEQUAL, "->": RARROW,
	".": DOT, "...": ELLIPSIS, "/": SLASH, "//": DOUBLESLASH,
	"//=": DOUBLESLASHEQUAL, "/=": SLASHEQUAL, ":": COLON, ":=": COLONEQUAL,
	";": SEMI, "<": LESS, "<<": LEFTSHIFT, "<<=": LEFTSHIFTEQUAL,
	"<=": LESSEQUAL, "=": EQUAL, "==": EQEQUAL, ">": GREATER,
	">=": GREATEREQUAL, ">>": RIGHTSHIFT, ">>=": RIGHTSHIFTEQUAL, "@": AT,
	"@=": ATEQUAL, "[": LSQB, "]": RSQB, "^": CIRCUMFLEX,
	"^=": CIRCUMFLEXEQUAL, "{": LBRACE, "|": VBAR, "|=": VBAREQUAL,
	"}": RBRACE, "~": TILDE,
}

// OperatorKind returns the exact kind of an operator spelling: "(" gives
// LPAR, "**=" gives DOUBLESTAREQUAL. The second result is false when s is not
// an operator.
func OperatorKind(s string) (Kind, bool) {
	k, ok := operators[s]
	return k, ok
}

// oneChar is the kind of a single-character operator, or OP when c is none.
func oneChar(c byte) Kind {
	switch c {
	case '!':
		return EXCLAMATION
	case '%':
		return PERCENT
	case '&':
		return AMPER
	case '(':
		return LPAR
	case ')':
		return RPAR
	case '*':
		return STAR
	case '+':
		return PLUS
	case ',':
		return COMMA
	case '-':
		return MINUS
	case '.':
		return DOT
	case '/':
		return SLASH
	case ':':
		return COLON
	case ';':
		return SEMI
	case '<':
		return LESS
	case '=':
		return EQUAL
	case '>':
		return GREATER
	case '@':
		return AT
	case '[':
		return LSQB
	case ']':
		return RSQB
	case '^':
		return CIRCUMFLEX
	case '{':
		return LBRACE
	case '|':
		return VBAR
	case '}':
		return RBRACE
	case '~':
		return TILDE
	}
	return OP
}

// twoChars is the kind of a two-character operator, or OP when c1c2 is none.
// "<>" is NOTEQUAL here as in CPython's tokenizer; the parser rejects it
// unless Barry-as-FLUFL mode is on.
func twoChars(c1, c2 byte) Kind {
	switch c1 {
	case '!':
		if c2 == '=' {
			return NOTEQUAL
		}
	case '%':
		if c2 == '=' {
			return PERCENTEQUAL
		}
	case '&':
		if c2 == '=' {
			return AMPEREQUAL
		}
	case '*':
		switch c2 {
		case '*':
			return DOUBLESTAR
		case '=':
			return STAREQUAL
		}
	case '+':
		if c2 == '=' {
			return PLUSEQUAL
		}
	case '-':
		switch c2 {
		case '=':
			return MINEQUAL
		case '>':
			return RARROW
		}
	case '/':
		switch c2 {
		case '/':
			return DOUBLESLASH
		case '=':
			return SLASHEQUAL
		}
	case ':':
		if c2 == '=' {
			return COLONEQUAL
		}
	case '<':
		switch c2 {
		case '<':
			return LEFTSHIFT
		case '=':
			return LESSEQUAL
		case '>':
			return NOTEQUAL
		}
	case '=':
		if c2 == '=' {
			return EQEQUAL
		}
	case '>':
		switch c2 {
		case '=':
			return GREATEREQUAL
		case '>':
			return RIGHTSHIFT
		}
	case '@':
		if c2 == '=' {
			return ATEQUAL
		}
	case '^':
		if c2 == '=' {
			return CIRCUMFLEXEQUAL
		}
	case '|':
		if c2 == '=' {
			return VBAREQUAL
		}
	}
	return OP
}

// threeChars is the kind of a three-character operator, or OP when none.
func threeChars(c1, c2, c3 byte) Kind {
	if c3 == '=' {
		switch {
		case c1 == '*' && c2 == '*':
			return DOUBLESTAREQUAL
		case c1 == '/' && c2 == '/':
			return DOUBLESLASHEQUAL
		case c1 == '<' && c2 == '<':
			return LEFTSHIFTEQUAL
		case c1 == '>' && c2 == '>':
			return RIGHTSHIFTEQUAL
		}
	}
	if c1 == '.' && c2 == '.' && c3 == '.' {
		return ELLIPSIS
	}
	return OP
}
