package pyexpat

import (
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/objects"
)

// prologToken handles the token at the start of the buffer before or after the root
// element.
func (p *xmlparser) prologToken(ts *objects.Thread) error {
	atStart := p.atStart
	p.atStart = false
	junk := errSyntax
	if p.state == inEpilog {
		junk = errJunkAfterDoc
	}
	c := p.buf[0]
	if isSpace(c) {
		n := p.skipSpace(0)
		if n == len(p.buf) && !p.final {
			p.atStart = atStart
			return needMore
		}
		if err := p.reportDefault(ts, p.text(0, n)); err != nil {
			return err
		}
		p.consume(n)
		return nil
	}
	if c != '<' {
		if !isChar(c) {
			return p.fail(errInvalidToken, 0)
		}
		if isNameChar(c) {
			// A name token out of place; one ending in a character no token may hold there
			// is an invalid token at that character.
			i := 1
			for i < len(p.buf) && isNameChar(p.buf[i]) {
				i++
			}
			if i < len(p.buf) && !isSpace(p.buf[i]) && !strings.ContainsRune(">)|,[%+*?", p.buf[i]) {
				return p.fail(errInvalidToken, i)
			}
		}
		return p.fail(junk, 0)
	}
	if len(p.buf) < 2 {
		p.atStart = atStart
		return p.eof(errUnclosedToken)
	}
	var err error
	switch p.buf[1] {
	case '?':
		if atStart {
			if ok, more := p.at(0, "<?xml"); more {
				err = needMore
			} else if ok && len(p.buf) > 5 && (isSpace(p.buf[5]) || p.buf[5] == '?') {
				err = p.xmlDecl(ts)
			} else if ok && len(p.buf) == 5 {
				err = p.eof(errUnclosedToken)
			} else {
				err = p.pi(ts)
			}
		} else {
			if p.state == inEpilog {
				if ok, _ := p.at(0, "<?xml"); ok && len(p.buf) > 5 && (isSpace(p.buf[5]) || p.buf[5] == '?') {
					return p.fail(errJunkAfterDoc, 0)
				}
			}
			err = p.pi(ts)
		}
	case '!':
		if ok, more := p.at(0, "<!--"); ok {
			err = p.comment(ts)
		} else if more {
			err = needMore
		} else if ok, more := p.at(0, "<!DOCTYPE"); ok && p.state == inProlog && !p.sawDoctype {
			err = p.doctype(ts)
		} else if more {
			err = needMore
		} else {
			err = p.fail(junk, 0)
		}
	default:
		if p.state == inEpilog {
			return p.fail(errJunkAfterDoc, 0)
		}
		err = p.startTag(ts)
	}
	if err == needMore {
		p.atStart = atStart
	}
	return err
}

// xmlDecl handles the XML declaration.
func (p *xmlparser) xmlDecl(ts *objects.Thread) error {
	end := -1
	for i := 5; i+1 < len(p.buf); i++ {
		if p.buf[i] == '?' && p.buf[i+1] == '>' {
			end = i
			break
		}
	}
	if end < 0 {
		return p.eof(errUnclosedToken)
	}
	text := p.text(5, end)
	fields, ok := pseudoAttrs(text)
	at := func(byteOff int) int { return 5 + utf8.RuneCountInString(text[:byteOff]) }
	if !ok {
		return p.fail(errXMLDecl, 0)
	}
	if len(fields) == 0 || fields[0].name != "version" {
		if len(fields) == 0 {
			return p.fail(errXMLDecl, 0)
		}
		return p.fail(errXMLDecl, at(fields[0].nameOff))
	}
	version, encodingName, standalone := fields[0].value, "", -1
	hasEncoding, encodingOff := false, 0
	for i, f := range fields[1:] {
		switch {
		case f.name == "encoding" && i == 0:
			encodingName, hasEncoding, encodingOff = f.value, true, f.valueOff
		case f.name == "standalone" && (i == 0 || i == 1 && hasEncoding):
			switch f.value {
			case "yes":
				standalone = 1
			case "no":
				standalone = 0
			default:
				return p.fail(errXMLDecl, at(f.valueOff))
			}
		default:
			return p.fail(errXMLDecl, at(f.nameOff))
		}
	}
	p.standalone = standalone
	if p.has(hXMLDecl) {
		enc := objects.Object(objects.None)
		if hasEncoding {
			enc = p.str(encodingName)
		}
		if _, err := p.call(ts, hXMLDecl, p.str(version), enc, objects.NewInt(int64(standalone))); err != nil {
			return err
		}
	} else if err := p.reportDefault(ts, p.text(0, end+2)); err != nil {
		return err
	}
	if p.declErr != nil {
		err := p.declErr
		p.declErr = nil
		return err
	}
	if p.encErr != 0 && hasEncoding {
		return p.fail(p.encErr, at(encodingOff))
	}
	p.consume(end + 2)
	return nil
}

// pseudoAttr is a name="value" pair of an XML declaration, with the byte offsets of its
// name and of its value's first character.
type pseudoAttr struct {
	name, value       string
	nameOff, valueOff int
}

// pseudoAttrs splits the pseudo-attributes of an XML declaration.
func pseudoAttrs(s string) ([]pseudoAttr, bool) {
	var out []pseudoAttr
	pos := 0
	for {
		t := strings.TrimLeft(s[pos:], " \t\r\n")
		if t == "" {
			return out, true
		}
		if len(t) == len(s)-pos && len(out) > 0 {
			return nil, false
		}
		nameOff := len(s) - len(t)
		eq := strings.IndexByte(t, '=')
		if eq <= 0 {
			return nil, false
		}
		name := strings.TrimRight(t[:eq], " \t\r\n")
		rest := strings.TrimLeft(t[eq+1:], " \t\r\n")
		if rest == "" || rest[0] != '"' && rest[0] != '\'' {
			return nil, false
		}
		end := strings.IndexByte(rest[1:], rest[0])
		if end < 0 {
			return nil, false
		}
		valueOff := len(s) - len(rest) + 1
		out = append(out, pseudoAttr{name, rest[1 : 1+end], nameOff, valueOff})
		pos = valueOff + end + 1
	}
}
