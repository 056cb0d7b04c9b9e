package parser

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/tokenizer"
)

// maxStrDigits is CPython's default sys.get_int_max_str_digits(), which also bounds decimal
// int literals.
const maxStrDigits = 4300

// parseNumber converts a NUMBER token to its constant value.
func (p *parser) parseNumber(t *tokenizer.Token) ast.Value {
	s := t.Text
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	if n := len(s); n > 0 && (s[n-1] == 'j' || s[n-1] == 'J') {
		f, err := strconv.ParseFloat(s[:n-1], 64)
		if err != nil && !isRangeError(err) {
			p.errorOnToken("invalid imaginary literal", t)
			return nil
		}
		return ast.Complex(complex(0, f))
	}
	isHex := len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
	if !isHex && strings.ContainsAny(s, ".eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !isRangeError(err) {
			p.errorOnToken("invalid float literal", t)
			return nil
		}
		return ast.Float(f)
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, digits = 16, s[2:]
		case 'o', 'O':
			base, digits = 8, s[2:]
		case 'b', 'B':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && len(digits) > maxStrDigits {
		// CPython converts the literal with int()'s default digit limit and turns the
		// ValueError into a SyntaxError with no column.
		p.errorLC("SyntaxError", fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxStrDigits, len(digits)),
			t.Start.Line, -1, t.End.Line, -1)
		return nil
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return ast.Int(v)
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		p.errorOnToken("invalid decimal literal", t)
		return nil
	}
	return &ast.BigInt{V: b}
}

func isRangeError(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
