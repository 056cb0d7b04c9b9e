package pyexpat

import (
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/objects"
)

// contentToken handles the token at the start of the buffer inside the root element.
func (p *xmlparser) contentToken(ts *objects.Thread) error {
	switch p.buf[0] {
	case '<':
		return p.markup(ts)
	case '&':
		return p.reference(ts)
	case '\n':
		if err := p.charData(ts, "\n"); err != nil {
			return err
		}
		p.consume(1)
		return nil
	case '\r':
		n := 1
		if len(p.buf) == 1 && !p.final {
			return needMore
		}
		if len(p.buf) > 1 && p.buf[1] == '\n' {
			n = 2
		}
		if err := p.charData(ts, "\n"); err != nil {
			return err
		}
		p.consume(n)
		return nil
	}
	i := 0
	var stop error
	limit := p.convertLimit()
	size := 0
loop:
	for ; i < len(p.buf); i++ {
		if limit > 0 {
			// Text converted from another encoding comes in pieces, as expat converts it
			// through a buffer of its own.
			if size += utf8.RuneLen(p.buf[i]); size > limit {
				break
			}
		}
		switch c := p.buf[i]; c {
		case '<', '&', '\r', '\n':
			break loop
		case ']':
			if i+2 >= len(p.buf) && !p.final {
				if i == 0 {
					return needMore
				}
				break loop
			}
			if i+2 < len(p.buf) && p.buf[i+1] == ']' && p.buf[i+2] == '>' {
				stop = p.fail(errInvalidToken, i+2)
				break loop
			}
		default:
			if !isChar(c) {
				stop = p.fail(errInvalidToken, i)
				break loop
			}
		}
	}
	if i > 0 {
		if p.wantsText(hCharData) {
			if err := p.charData(ts, p.text(0, i)); err != nil {
				return err
			}
		}
		p.consume(i)
	}
	return stop
}

// convertBufSize is the size of the buffer expat converts text of other encodings through.
const convertBufSize = 1024

// convertLimit is how many bytes of UTF-8 one report of character data can hold (0: any).
func (p *xmlparser) convertLimit() int {
	if p.frozen || p.enc == encUTF8 {
		return 0
	}
	return convertBufSize
}

// markup handles a token starting with '<' in content.
func (p *xmlparser) markup(ts *objects.Thread) error {
	if len(p.buf) < 2 {
		return p.eof(errUnclosedToken)
	}
	switch p.buf[1] {
	case '/':
		return p.endTag(ts)
	case '?':
		return p.pi(ts)
	case '!':
		if ok, more := p.at(0, "<!--"); ok {
			return p.comment(ts)
		} else if more {
			return needMore
		}
		if ok, more := p.at(0, "<![CDATA["); ok {
			return p.cdata(ts)
		} else if more {
			return needMore
		}
		return p.fail(errInvalidToken, 2)
	}
	return p.startTag(ts)
}

// attr is an attribute of a start tag.
type attr struct {
	name, value string
	off         int // where its name is in the buffer
}

// startTag handles "<name attrs>" or "<name attrs/>".
func (p *xmlparser) startTag(ts *objects.Thread) error {
	end, err := p.name(1)
	if err != nil {
		return err
	}
	qname := p.text(1, end)
	var attrs []attr
	i := end
	empty := false
	for {
		j := p.skipSpace(i)
		if j >= len(p.buf) {
			return p.eof(errUnclosedToken)
		}
		c := p.buf[j]
		if c == '>' {
			i = j + 1
			break
		}
		if c == '/' {
			if j+1 >= len(p.buf) {
				return p.eof(errUnclosedToken)
			}
			if p.buf[j+1] != '>' {
				return p.fail(errInvalidToken, j+1)
			}
			i, empty = j+2, true
			break
		}
		if j == i {
			return p.fail(errInvalidToken, j)
		}
		nend, err := p.name(j)
		if err != nil {
			return err
		}
		k := p.skipSpace(nend)
		if k >= len(p.buf) {
			return p.eof(errUnclosedToken)
		}
		if p.buf[k] != '=' {
			return p.fail(errInvalidToken, k)
		}
		k = p.skipSpace(k + 1)
		value, after, err := p.attValue(k)
		if err != nil {
			return err
		}
		aname := p.text(j, nend)
		if p.attTypes[qname][aname] {
			value = collapseSpaces(value)
		}
		attrs = append(attrs, attr{name: aname, value: value, off: j})
		i = after
	}
	for a := 1; a < len(attrs); a++ {
		for b := 0; b < a; b++ {
			if attrs[a].name == attrs[b].name {
				return p.fail(errDuplicateAttribute, attrs[a].off)
			}
		}
	}
	if p.state == inProlog && p.useForeignDTD && !p.foreignDone {
		p.foreignDone = true
		if p.paramEntityParsing != 0 && p.has(hExternalEntityRef) {
			had := p.dtdExternal
			p.dtdExternal, p.paramEntityRead = true, false
			if err := p.externalRef(ts, objects.None, objects.None, objects.None); err != nil {
				return err
			}
			if !p.paramEntityRead {
				// The application read no foreign DTD after all.
				p.dtdExternal = had
			}
		} else {
			p.dtdExternal = true
		}
	}
	raw := ""
	if p.defaultIdx != 0 && (!p.has(hStartElement) || empty && !p.has(hEndElement)) {
		raw = p.text(0, i)
	}
	if err := p.startElement(ts, qname, attrs, raw); err != nil {
		return err
	}
	p.consume(i)
	if empty {
		return p.endElement(ts, "")
	}
	return nil
}

// collapseSpaces normalizes the value of an attribute declared with a type other than
// CDATA: no leading or trailing spaces, single spaces between tokens.
func collapseSpaces(v string) string {
	var sb strings.Builder
	space := false
	for i := 0; i < len(v); i++ {
		if v[i] == ' ' {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteByte(v[i])
	}
	return sb.String()
}

// attValue scans the quoted attribute value at off, normalized: references replaced and
// white space characters made spaces.
func (p *xmlparser) attValue(off int) (string, int, error) {
	if off >= len(p.buf) {
		return "", 0, p.eof(errUnclosedToken)
	}
	q := p.buf[off]
	if q != '"' && q != '\'' {
		return "", 0, p.fail(errInvalidToken, off)
	}
	var sb strings.Builder
	for i := off + 1; i < len(p.buf); {
		c := p.buf[i]
		switch {
		case c == q:
			return sb.String(), i + 1, nil
		case c == '<':
			return "", 0, p.fail(errInvalidToken, i)
		case c == '&':
			if i+1 < len(p.buf) && p.buf[i+1] == '#' {
				r, next, err := p.charRef(i)
				if err != nil {
					return "", 0, err
				}
				sb.WriteRune(r)
				i = next
				continue
			}
			name, next, err := p.entityRef(i)
			if err != nil {
				return "", 0, err
			}
			if err := p.attEntity(&sb, name, i, 0); err != nil {
				return "", 0, err
			}
			i = next
		case c == '\r':
			sb.WriteByte(' ')
			if i+1 < len(p.buf) && p.buf[i+1] == '\n' {
				i++
			}
			i++
		case c == '\n' || c == '\t':
			sb.WriteByte(' ')
			i++
		case !isChar(c):
			return "", 0, p.fail(errInvalidToken, i)
		default:
			sb.WriteRune(c)
			i++
		}
	}
	return "", 0, p.eof(errUnclosedToken)
}

// attEntity appends the replacement text of the entity name, referenced in an attribute
// value at buf[off], to sb.
func (p *xmlparser) attEntity(sb *strings.Builder, name string, off, depth int) error {
	if v, ok := predefined[name]; ok {
		sb.WriteString(v)
		return nil
	}
	e := p.entities[name]
	if e == nil {
		if p.undefinedEntityOK() {
			return nil
		}
		return p.fail(errUndefinedEntity, off)
	}
	if !e.internal {
		return p.fail(errAttrExternalEntity, off)
	}
	if e.open {
		return p.fail(errRecursiveEntityRef, off)
	}
	e.open = true
	defer func() { e.open = false }()
	v := e.value
	for i := 0; i < len(v); {
		c := v[i]
		switch c {
		case '<':
			return p.fail(errInvalidToken, 0)
		case '\t', '\n', '\r':
			sb.WriteByte(' ')
			i++
		case '&':
			end := i + 1
			for end < len(v) && v[end] != ';' {
				end++
			}
			if end >= len(v) {
				return p.fail(errInvalidToken, off)
			}
			ref := string(v[i+1 : end])
			if strings.HasPrefix(ref, "#") {
				r, ok := parseCharRef(ref[1:])
				if !ok {
					return p.fail(errBadCharRef, off)
				}
				sb.WriteRune(r)
			} else if err := p.attEntity(sb, ref, off, depth+1); err != nil {
				return err
			}
			i = end + 1
		default:
			sb.WriteRune(c)
			i++
		}
	}
	return nil
}

// parseCharRef decodes the digits of a character reference ("65" or "x41").
func parseCharRef(s string) (rune, bool) {
	base := rune(10)
	if strings.HasPrefix(s, "x") {
		base, s = 16, s[1:]
	}
	if s == "" {
		return 0, false
	}
	var v rune
	for _, c := range s {
		var d rune
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case base == 16 && c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case base == 16 && c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		v = v*base + d
		if v > 0x10FFFF {
			return 0, false
		}
	}
	return v, isChar(v)
}

// undefinedEntityOK reports whether a reference to an undeclared entity is skipped rather
// than an error: when the document type declaration has parts the parser did not read and
// the document does not say it is standalone.
func (p *xmlparser) undefinedEntityOK() bool {
	return p.dtdExternal && p.standalone != 1
}

// endTag handles "</name>".
func (p *xmlparser) endTag(ts *objects.Thread) error {
	end, err := p.name(2)
	if err != nil {
		return err
	}
	qname := p.text(2, end)
	k := p.skipSpace(end)
	if k >= len(p.buf) {
		return p.eof(errUnclosedToken)
	}
	if p.buf[k] != '>' {
		return p.fail(errInvalidToken, k)
	}
	if len(p.stack) <= p.entityDepth {
		return p.fail(errAsyncEntity, 0)
	}
	if p.stack[len(p.stack)-1].raw != qname {
		return p.fail(errTagMismatch, 2)
	}
	raw := ""
	if p.defaultIdx != 0 && !p.has(hEndElement) {
		raw = p.text(0, k+1)
	}
	if err := p.endElement(ts, raw); err != nil {
		return err
	}
	p.consume(k + 1)
	return nil
}

// comment handles "<!--...-->".
func (p *xmlparser) comment(ts *objects.Thread) error {
	for i := 4; i < len(p.buf); i++ {
		c := p.buf[i]
		if c == '-' && i+1 < len(p.buf) && p.buf[i+1] == '-' {
			if i+2 >= len(p.buf) {
				break
			}
			if p.buf[i+2] != '>' {
				return p.fail(errInvalidToken, i+2)
			}
			if p.has(hComment) {
				if _, err := p.call(ts, hComment, p.str(normalizeNewlines(p.text(4, i)))); err != nil {
					return err
				}
			} else if err := p.reportDefault(ts, p.text(0, i+3)); err != nil {
				return err
			}
			p.consume(i + 3)
			return nil
		}
		if !isChar(c) {
			return p.fail(errInvalidToken, i)
		}
	}
	return p.eof(errUnclosedToken)
}

// pi handles "<?target data?>".
func (p *xmlparser) pi(ts *objects.Thread) error {
	end, err := p.name(2)
	if err != nil {
		return err
	}
	target := p.text(2, end)
	if strings.EqualFold(target, "xml") {
		return p.fail(errMisplacedXMLPI, 0)
	}
	data := end
	if p.buf[end] != '?' {
		if !isSpace(p.buf[end]) {
			return p.fail(errInvalidToken, end)
		}
		data = p.skipSpace(end)
	}
	for i := data; i < len(p.buf); i++ {
		c := p.buf[i]
		if c == '?' {
			if i+1 >= len(p.buf) {
				break
			}
			if p.buf[i+1] == '>' {
				if p.has(hPI) {
					if _, err := p.call(ts, hPI, p.name2str(target), p.str(normalizeNewlines(p.text(data, i)))); err != nil {
						return err
					}
				} else if err := p.reportDefault(ts, p.text(0, i+2)); err != nil {
					return err
				}
				p.consume(i + 2)
				return nil
			}
			if i == end {
				return p.fail(errInvalidToken, i+1)
			}
		}
		if !isChar(c) {
			return p.fail(errInvalidToken, i)
		}
	}
	return p.eof(errUnclosedToken)
}

// cdata handles a CDATA section; its text is reported line by line, as expat does.
func (p *xmlparser) cdata(ts *objects.Thread) error {
	const open = len("<![CDATA[")
	end := -1
	for i := open; i+2 < len(p.buf); i++ {
		if p.buf[i] == ']' && p.buf[i+1] == ']' && p.buf[i+2] == '>' {
			end = i
			break
		}
	}
	unclosed := false
	if end < 0 {
		if !p.final {
			return needMore
		}
		end, unclosed = len(p.buf), true
	}
	for i := open; i < end; i++ {
		if !isChar(p.buf[i]) {
			return p.fail(errInvalidToken, i)
		}
	}
	if p.has(hStartCdata) {
		if _, err := p.call(ts, hStartCdata); err != nil {
			return err
		}
	} else if err := p.reportDefault(ts, "<![CDATA["); err != nil {
		return err
	}
	p.consume(open)
	end -= open
	for end > 0 {
		n := 0
		text := "\n"
		switch p.buf[0] {
		case '\n':
			n = 1
		case '\r':
			n = 1
			if end > 1 && p.buf[1] == '\n' {
				n = 2
			}
		default:
			// Like expat, a run of text stops before a ']', and a ']' followed by another
			// (or by the closing "]]>") is passed on its own.
			if p.buf[0] == ']' && (end == 1 || p.buf[1] == ']') {
				n, text = 1, "]"
				break
			}
			limit, size := p.convertLimit(), 0
			for n < end && p.buf[n] != '\n' && p.buf[n] != '\r' && (p.buf[n] != ']' || n == 0) {
				if limit > 0 {
					if size += utf8.RuneLen(p.buf[n]); size > limit {
						break
					}
				}
				n++
			}
			text = p.text(0, n)
		}
		if err := p.charData(ts, text); err != nil {
			return err
		}
		p.consume(n)
		end -= n
	}
	if unclosed {
		return p.fail(errUnclosedCdata, 0)
	}
	if p.has(hEndCdata) {
		if _, err := p.call(ts, hEndCdata); err != nil {
			return err
		}
	} else if err := p.reportDefault(ts, "]]>"); err != nil {
		return err
	}
	p.consume(3)
	return nil
}

// reference handles "&...;" in content.
func (p *xmlparser) reference(ts *objects.Thread) error {
	if len(p.buf) > 1 && p.buf[1] == '#' {
		r, next, err := p.charRef(0)
		if err != nil {
			return err
		}
		if err := p.charDataRaw(ts, string(r), p.text(0, next)); err != nil {
			return err
		}
		p.consume(next)
		return nil
	}
	if len(p.buf) == 1 {
		return p.eof(errUnclosedToken)
	}
	name, next, err := p.entityRef(0)
	if err != nil {
		return err
	}
	raw := p.text(0, next)
	if v, ok := predefined[name]; ok {
		if err := p.charDataRaw(ts, v, raw); err != nil {
			return err
		}
		p.consume(next)
		return nil
	}
	e := p.entities[name]
	switch {
	case e == nil:
		if !p.undefinedEntityOK() {
			return p.fail(errUndefinedEntity, 0)
		}
		if p.has(hSkippedEntity) {
			if _, err := p.call(ts, hSkippedEntity, p.name2str(name), objects.NewInt(0)); err != nil {
				return err
			}
		} else if err := p.reportDefault(ts, raw); err != nil {
			return err
		}
	case e.notation != "":
		return p.fail(errBinaryEntityRef, 0)
	case !e.internal:
		if p.has(hExternalEntityRef) {
			if err := p.externalRef(ts, p.name2str(name), p.optStr(e.systemID), p.optStr(e.public)); err != nil {
				return err
			}
		} else if err := p.reportDefault(ts, raw); err != nil {
			return err
		}
	case p.defaultIdx == hDefault && p.has(hDefault):
		// A plain default handler keeps internal entities unexpanded.
		if p.has(hSkippedEntity) {
			if _, err := p.call(ts, hSkippedEntity, p.name2str(name), objects.NewInt(0)); err != nil {
				return err
			}
		} else if err := p.reportDefault(ts, raw); err != nil {
			return err
		}
	default:
		if e.open {
			return p.fail(errRecursiveEntityRef, 0)
		}
		if err := p.expand(ts, e); err != nil {
			return err
		}
	}
	p.consume(next)
	return nil
}

// expand parses an internal entity's replacement text as content, in place of the
// reference at the start of the buffer.
func (p *xmlparser) expand(ts *objects.Thread, e *entity) error {
	saved, savedDepth := p.scan, p.entityDepth
	p.scan = scan{buf: e.value, cur: p.cur, final: true, frozen: true}
	p.entityDepth = len(p.stack)
	e.open = true
	err := func() error {
		for len(p.buf) > 0 {
			if err := p.contentToken(ts); err != nil {
				return err
			}
		}
		if len(p.stack) != p.entityDepth {
			return p.fail(errAsyncEntity, 0)
		}
		return nil
	}()
	e.open = false
	if xe, ok := err.(*xmlError); ok {
		xe.pos = saved.cur
	}
	p.scan, p.entityDepth = saved, savedDepth
	return err
}
