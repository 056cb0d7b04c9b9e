package codegen

import (
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/ast"
)

// optimizeFormat rewrites `'...' % (a, b)`, a str literal formatted with a
// tuple display, as the f-string it amounts to, as CPython 3.13's
// optimize_format does, when every conversion is %s, %r or %a (with
// optional flags, width and precision) and the counts match; otherwise it
// returns nil. The literal parts and format specs it makes have no position
// (-1), as CPython's do, so their instructions take their neighbours'.
func optimizeFormat(x *ast.BinOp, format string, elts []ast.Expr) ast.Expr {
	noPos := ast.Range{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}
	var values []ast.Expr
	pos, n := 0, 0
	for {
		if lit, next := formatLiteral(format, pos); next > pos {
			values = append(values, &ast.Constant{Range: noPos, Value: ast.Str(lit)})
			pos = next
		}
		if pos >= len(format) {
			break
		}
		if n >= len(elts) {
			return nil // more conversions than items
		}
		pos++ // the '%'
		conv, spec, next, ok := formatUnit(format, pos)
		if !ok {
			return nil
		}
		pos = next
		arg := elts[n]
		n++
		fv := &ast.FormattedValue{Range: *arg.Span(), Value: arg, Conversion: int(conv)}
		if spec != "" {
			fv.FormatSpec = &ast.Constant{Range: noPos, Value: ast.Str(spec)}
		}
		values = append(values, fv)
	}
	if n < len(elts) {
		return nil // more items than conversions
	}
	return &ast.JoinedStr{Range: x.Range, Values: values}
}

// formatLiteral reads the text from pos up to the next lone '%', with each
// "%%" turned into "%"; next is where it stops.
func formatLiteral(format string, pos int) (lit string, next int) {
	start := pos
	doubled := false
	for pos < len(format) {
		if format[pos] != '%' {
			pos++
		} else if pos+1 < len(format) && format[pos+1] == '%' {
			doubled = true
			pos += 2
		} else {
			break
		}
	}
	lit = format[start:pos]
	if doubled {
		lit = strings.ReplaceAll(lit, "%%", "%")
	}
	return lit, pos
}

// maxFormatDigits bounds the digits of a width or precision: CPython leaves a
// conversion with three or more to run time.
const maxFormatDigits = 2

// formatUnit reads one conversion after its '%': flags, width, precision and
// the conversion character, which must be s, r or a. spec is the format spec
// of the equivalent replacement field: width and precision, right-aligned
// unless the '-' flag asks for the left (other flags are dropped, as
// CPython drops them).
func formatUnit(format string, pos int) (conv byte, spec string, next int, ok bool) {
	leftAlign := false
	width, prec := -1, -1
	next1 := func() (byte, bool) {
		if pos >= len(format) {
			return 0, false
		}
		c := format[pos]
		pos++
		return c, true
	}
	c, ok := next1()
	for ok && strings.IndexByte("-+ #0", c) >= 0 {
		if c == '-' {
			leftAlign = true
		}
		c, ok = next1()
	}
	if !ok {
		return 0, "", 0, false
	}
	digits := func() bool {
		v, count := 0, 0
		for '0' <= c && c <= '9' {
			v = v*10 + int(c-'0')
			count++
			if count > maxFormatDigits {
				return false
			}
			if c, ok = next1(); !ok {
				return false
			}
		}
		if width == -2 {
			width = v
		} else {
			prec = v
		}
		return true
	}
	if '0' <= c && c <= '9' {
		width = -2
		if !digits() {
			return 0, "", 0, false
		}
	}
	if c == '.' {
		if c, ok = next1(); !ok {
			return 0, "", 0, false
		}
		prec = 0
		if !digits() {
			return 0, "", 0, false
		}
	}
	if c != 's' && c != 'r' && c != 'a' {
		return 0, "", 0, false
	}
	var b strings.Builder
	if !leftAlign && width > 0 {
		b.WriteByte('>')
	}
	if width >= 0 {
		b.WriteString(strconv.Itoa(width))
	}
	if prec >= 0 {
		b.WriteByte('.')
		b.WriteString(strconv.Itoa(prec))
	}
	return c, b.String(), pos, true
}
