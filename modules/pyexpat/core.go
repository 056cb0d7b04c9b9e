package pyexpat

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// The parts of a document the tokenizer can be in.
const (
	inProlog = iota
	inContent
	inEpilog
)

// openElement is an element whose end tag has not been seen.
type openElement struct {
	raw      string   // its name as written
	name     string   // its name as reported (expanded with namespaces)
	prefixes []string // the prefixes its start tag declared, in order
}

// entity is an entity declared in the document type declaration.
type entity struct {
	name             string
	value            []rune // replacement text of an internal entity
	internal         bool
	systemID, public string
	notation         string
	open             bool // being expanded (a reference to it now is recursive)
}

// attDefault is an attribute default an ATTLIST declaration gives.
type attDefault struct {
	name, value string
}

// needMore is returned by a scanning function that reached the end of the buffer inside a
// token whose end it needs.
type needMoreError struct{}

func (needMoreError) Error() string { return "need more input" }

var needMore error = needMoreError{}

// scan is the tokenizer's state: what is buffered, where it begins in the document, and
// where in the document the parser is.
type scan struct {
	buf    []rune
	cur    position
	final  bool
	frozen bool // the buffer is an entity's replacement text: positions stay at the reference
}

// posAt is the position of buf[off].
func (p *xmlparser) posAt(off int) position {
	pos := p.cur
	if p.frozen {
		return pos
	}
	for _, r := range p.buf[:off] {
		pos.advance(r, p.width(r))
	}
	return pos
}

// consume drops the first n characters of the buffer, moving the position past them.
func (p *xmlparser) consume(n int) {
	if !p.frozen {
		p.consumed += int64(n)
		for _, r := range p.buf[:n] {
			p.cur.advance(r, p.width(r))
		}
	}
	p.buf = p.buf[n:]
}

// fail is the error code at buf[off].
func (p *xmlparser) fail(code, off int) error {
	return &xmlError{code: code, pos: p.posAt(off)}
}

// at reports whether the buffer holds s at off; more is set when the buffer ends within a
// prefix of s, so the answer needs more input.
func (p *xmlparser) at(off int, s string) (ok, more bool) {
	i := off
	for _, c := range s {
		if i >= len(p.buf) {
			return false, !p.final
		}
		if p.buf[i] != c {
			return false, false
		}
		i++
	}
	return true, false
}

// name scans an XML name at off and returns the offset after it. It returns needMore when
// the name may continue past the buffer, and an invalid token error when there is none.
func (p *xmlparser) name(off int) (int, error) {
	if off >= len(p.buf) {
		if p.final {
			return 0, p.fail(errUnclosedToken, 0)
		}
		return 0, needMore
	}
	if !isNameStart(p.buf[off]) {
		return 0, p.fail(errInvalidToken, off)
	}
	i := off + 1
	for i < len(p.buf) && isNameChar(p.buf[i]) {
		i++
	}
	if p.namespaces {
		// With namespaces, names are qualified names: at most one colon, between two
		// non-empty parts.
		colon := -1
		for j := off; j < i; j++ {
			if p.buf[j] != ':' {
				continue
			}
			if j == off || colon >= 0 {
				return 0, p.fail(errInvalidToken, j)
			}
			if j+1 < i && !isNameStart(p.buf[j+1]) {
				return 0, p.fail(errInvalidToken, j+1)
			}
			colon = j
		}
	}
	if i == len(p.buf) {
		if p.final {
			return 0, p.fail(errUnclosedToken, 0)
		}
		return 0, needMore
	}
	return i, nil
}

// skipSpace returns the offset of the first character at or after off that is not white
// space (len(buf) when the buffer ends first).
func (p *xmlparser) skipSpace(off int) int {
	for off < len(p.buf) && isSpace(p.buf[off]) {
		off++
	}
	return off
}

// eof is the error for a token the buffer ends inside: needMore until the input is final.
func (p *xmlparser) eof(code int) error {
	if p.final {
		return p.fail(code, 0)
	}
	return needMore
}

// text returns buf[from:to] as a string.
func (p *xmlparser) text(from, to int) string { return string(p.buf[from:to]) }

// normalizeNewlines turns CR LF and lone CR into LF, as XML's end-of-line handling does.
func normalizeNewlines(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// run tokenizes what is buffered, calling the handlers, until the buffer is used up or
// holds only the start of a token.
func (p *xmlparser) run(ts *objects.Thread) error {
	if p.external && p.atStart && len(p.buf) > 0 {
		// An external entity may begin with a text declaration.
		if ok, more := p.at(0, "<?xml"); more {
			return nil
		} else if ok && len(p.buf) > 5 && isSpace(p.buf[5]) {
			end, _, err := p.scanTo(5, "?>")
			if err == needMore {
				return nil
			} else if err != nil {
				return err
			}
			p.consume(end)
		}
		p.atStart = false
	}
	for len(p.buf) > 0 {
		var err error
		switch p.state {
		case inContent:
			err = p.contentToken(ts)
		default:
			err = p.prologToken(ts)
		}
		if err == needMore {
			return nil
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// step handles one token.
func (p *xmlparser) step(ts *objects.Thread) error {
	if len(p.buf) == 0 {
		return nil
	}
	if p.state == inContent {
		return p.contentToken(ts)
	}
	return p.prologToken(ts)
}

// finish checks the document is complete once the input is final.
func (p *xmlparser) finish() error {
	if p.external {
		return p.finishExternal()
	}
	if len(p.buf) > 0 || len(p.raw) > 0 {
		return p.fail(errUnclosedToken, 0)
	}
	if p.state != inEpilog {
		return p.fail(errNoElements, 0)
	}
	return nil
}

// charRef decodes the character reference starting at buf[off] ("&#"); it returns the
// offset after it.
func (p *xmlparser) charRef(off int) (rune, int, error) {
	i := off + 2
	hex := false
	if i < len(p.buf) && p.buf[i] == 'x' {
		hex = true
		i++
	}
	start := i
	var v rune
	for ; i < len(p.buf); i++ {
		c := p.buf[i]
		var d rune
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case hex && c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case hex && c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		case c == ';' && i > start:
			if !isChar(v) {
				return 0, 0, p.fail(errBadCharRef, off)
			}
			return v, i + 1, nil
		default:
			return 0, 0, p.fail(errInvalidToken, i)
		}
		if hex {
			v = v*16 + d
		} else {
			v = v*10 + d
		}
		if v > 0x10FFFF {
			v = 0x110000
		}
	}
	return 0, 0, p.eof(errUnclosedToken)
}

// predefined are the entities every document has.
var predefined = map[string]string{"lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"}

// entityRef scans "&name;" at off and returns the name and the offset after it.
func (p *xmlparser) entityRef(off int) (string, int, error) {
	end, err := p.name(off + 1)
	if err != nil {
		return "", 0, err
	}
	if p.buf[end] != ';' {
		return "", 0, p.fail(errInvalidToken, end)
	}
	return p.text(off+1, end), end + 1, nil
}

// quoted scans a quoted literal at off and returns the offset after the closing quote.
func (p *xmlparser) quoted(off int) (int, error) {
	if off >= len(p.buf) {
		return 0, p.eof(errUnclosedToken)
	}
	q := p.buf[off]
	if q != '"' && q != '\'' {
		return 0, p.fail(errInvalidToken, off)
	}
	for i := off + 1; i < len(p.buf); i++ {
		if p.buf[i] == q {
			return i + 1, nil
		}
	}
	return 0, p.eof(errUnclosedToken)
}
