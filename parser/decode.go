package parser

import (
	"github.com/taipanpy/taipan/internal/pyfmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/modules/unicodedata/ucd"
	"github.com/taipanpy/taipan/tokenizer"
)

// decodeLiteral decodes the body of a string or bytes literal (or an f-string's literal
// text), resolving escapes unless raw. A str result is in ast.Str's encoding.
func (p *parser) decodeLiteral(body string, isBytes, raw bool, t *tokenizer.Token) (string, bool) {
	if strings.IndexByte(body, '\r') >= 0 {
		body = strings.ReplaceAll(strings.ReplaceAll(body, "\r\n", "\n"), "\r", "\n")
	}
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				p.errorOnToken("bytes can only contain ASCII literal characters", t)
				return "", false
			}
		}
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body, true
	}
	out := make([]byte, 0, len(body))
	// pos counts positions as CPython's escape decoder sees them: a non-ASCII character of a
	// str literal was first rewritten as a 10-byte \UXXXXXXXX escape.
	pos := 0
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			if c >= 0x80 && !isBytes {
				_, n := utf8.DecodeRuneInString(body[i:])
				out = append(out, body[i:i+n]...)
				i += n
				pos += 10
				continue
			}
			out = append(out, c)
			i++
			pos++
			continue
		}
		escPos := pos
		if i+1 >= len(body) {
			out = append(out, '\\')
			i++
			pos++
			continue
		}
		e := body[i+1]
		i += 2
		pos += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(e - '0')
			digitsFrom := i - 1
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + rune(body[i]-'0')
				i++
				pos++
			}
			if v > 0o377 {
				p.warn(t.Start.Offset, t.Start.Line, "invalid octal escape sequence '\\"+body[digitsFrom:i]+"'")
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = pyfmt.AppendRune(out, v)
			}
		case 'x', 'u', 'U':
			width := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			if isBytes && e != 'x' {
				out = append(out, '\\', e)
				continue
			}
			j := 0
			for j < width && i+j < len(body) && isHex(body[i+j]) {
				j++
			}
			if j < width {
				if isBytes {
					p.errorOnToken("(value error) invalid \\x escape at position "+strconv.Itoa(escPos), t)
				} else {
					names := map[byte]string{'x': `truncated \xXX escape`, 'u': `truncated \uXXXX escape`, 'U': `truncated \UXXXXXXXX escape`}
					p.unicodeError(t, escPos, pos+j-1, names[e])
				}
				return "", false
			}
			v, _ := strconv.ParseUint(body[i:i+width], 16, 32)
			i += width
			pos += width
			if isBytes {
				out = append(out, byte(v))
				continue
			}
			if v > 0x10FFFF {
				p.unicodeError(t, escPos, pos-1, "illegal Unicode character")
				return "", false
			}
			out = pyfmt.AppendRune(out, rune(v))
		case 'N':
			if isBytes {
				out = append(out, '\\', 'N')
				continue
			}
			if i >= len(body) || body[i] != '{' {
				p.unicodeError(t, escPos, pos-1, `malformed \N character escape`)
				return "", false
			}
			end := strings.IndexByte(body[i:], '}')
			if end < 0 {
				p.unicodeError(t, escPos, pos+len(body)-i-1, `malformed \N character escape`)
				return "", false
			}
			if end == 1 {
				// An empty name is malformed, the error ending before the brace.
				p.unicodeError(t, escPos, pos, `malformed \N character escape`)
				return "", false
			}
			name := body[i+1 : i+end]
			r, ok := ucd.LookupRune(name)
			i += end + 1
			pos += end + 1
			if !ok {
				p.unicodeError(t, escPos, pos-1, "unknown Unicode character name")
				return "", false
			}
			out = pyfmt.AppendRune(out, r)
		default:
			// An unknown escape keeps its backslash, with a warning about the first.
			p.warn(t.Start.Offset, t.Start.Line, "invalid escape sequence '\\"+string(rune(e))+"'")
			out = append(out, '\\')
			i--
			pos--
		}
	}
	return string(out), true
}

func (p *parser) unicodeError(t *tokenizer.Token, from, to int, what string) {
	msg := "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
		strconv.Itoa(from) + "-" + strconv.Itoa(to) + ": " + what
	p.errorOnToken(msg, t)
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
