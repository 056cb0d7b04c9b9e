package pyexpat

import (
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/objects"
)

// dtdEvent is a handler call the document type declaration makes, with where it happens.
type dtdEvent struct {
	off int
	fn  func() error
}

// doctype handles "<!DOCTYPE ...>": it is parsed whole before its handlers run, so that a
// declaration split across calls to Parse is simply parsed again when more input comes.
func (p *xmlparser) doctype(ts *objects.Thread) error {
	i := len("<!DOCTYPE")
	if i >= len(p.buf) {
		return p.eof(errUnclosedToken)
	}
	if !isSpace(p.buf[i]) {
		return p.fail(errSyntax, i)
	}
	i = p.skipSpace(i)
	end, err := p.name(i)
	if err != nil {
		return err
	}
	name := p.text(i, end)
	i = p.skipSpace(end)
	var sysID, pubID string
	hasSys, hasPub := false, false
	sysOff := 0
	if ok, more := p.at(i, "SYSTEM"); more {
		return needMore
	} else if ok {
		sysOff = p.skipSpace(i + 6)
		if i, err = p.literal(sysOff, &sysID); err != nil {
			return err
		}
		hasSys = true
	} else if ok, more := p.at(i, "PUBLIC"); more {
		return needMore
	} else if ok {
		if i, err = p.literal(p.skipSpace(i+6), &pubID); err != nil {
			return err
		}
		for _, c := range pubID {
			if !isPubidChar(c) {
				return p.fail(errPublicID, i)
			}
		}
		sysOff = p.skipSpace(i)
		if i, err = p.literal(sysOff, &sysID); err != nil {
			return err
		}
		hasSys, hasPub = true, true
	}
	i = p.skipSpace(i)
	if i >= len(p.buf) {
		return p.eof(errUnclosedToken)
	}
	startOff := i
	var pre, events []dtdEvent
	if hasSys && p.standalone != 1 && p.paramEntityParsing == 0 {
		pre = append(pre, dtdEvent{sysOff, func() error { return p.notStandalone(ts) }})
	}
	internal, broken := false, false
	closeOff := 0 // where the internal subset's ']' is
	if p.buf[i] == '[' {
		internal = true
		if i, err = p.internalSubset(ts, i+1, &events); err != nil {
			return err
		}
		// A declaration in error ends the subset: the ones before it are reported, then
		// the error (the last event).
		broken = i < 0
		if !broken {
			closeOff = i - 1
			i = p.skipSpace(i)
			if i >= len(p.buf) {
				return p.eof(errUnclosedToken)
			}
		}
	}
	if !broken && p.buf[i] != '>' {
		return p.fail(errSyntax, i)
	}
	endOff := i
	p.sawDoctype = true
	if hasSys || hasPub {
		p.dtdExternal = true
	}
	// The handlers run now, each with the position of its declaration.
	done := 0
	step := func(off int) {
		p.consume(off - done)
		done = off
	}
	header := p.declParts(0, startOff)
	for _, ev := range pre {
		step(ev.off)
		if err := ev.fn(); err != nil {
			return err
		}
	}
	step(startOff)
	if p.has(hStartDoctype) {
		has := 0
		if internal {
			has = 1
		}
		if _, err := p.call(ts, hStartDoctype, p.name2str(name), p.optStrIf(sysID, hasSys), p.optStrIf(pubID, hasPub), objects.NewInt(int64(has))); err != nil {
			return err
		}
	} else {
		for _, part := range header {
			if err := p.reportDefault(ts, part); err != nil {
				return err
			}
		}
	}
	// The brackets around the internal subset are parts of the document type declaration,
	// which go to the default handler only when there is no StartDoctypeDeclHandler.
	bracketsToDefault := internal && !p.has(hStartDoctype)
	if bracketsToDefault {
		if err := p.reportDefault(ts, "["); err != nil {
			return err
		}
	}
	for _, ev := range events {
		step(ev.off)
		if err := ev.fn(); err != nil {
			return err
		}
	}
	if bracketsToDefault {
		if err := p.reportDefault(ts, "]"); err != nil {
			return err
		}
		if closeOff+1 < endOff {
			if err := p.reportDefault(ts, p.text(closeOff+1-done, endOff-done)); err != nil {
				return err
			}
		}
	}
	step(endOff)
	if p.paramEntityParsing != 0 && (hasSys || p.useForeignDTD) && p.has(hExternalEntityRef) {
		// The external subset is the application's to read.
		p.foreignDone = true
		sys, pub := p.optStrIf(sysID, hasSys), p.optStrIf(pubID, hasPub)
		if err := p.externalRef(ts, objects.None, sys, pub); err != nil {
			return err
		}
	}
	if p.has(hEndDoctype) {
		if _, err := p.call(ts, hEndDoctype); err != nil {
			return err
		}
	} else if err := p.reportDefault(ts, ">"); err != nil {
		return err
	}
	step(endOff + 1)
	return nil
}

// notStandalone asks the NotStandaloneHandler whether a document that is not standalone
// may go on; a false answer is an error.
func (p *xmlparser) notStandalone(ts *objects.Thread) error {
	if !p.has(hNotStandalone) {
		return nil
	}
	res, err := p.call(ts, hNotStandalone)
	if err != nil {
		return err
	}
	if ok, err := objects.IsTrue(ts, res); err != nil {
		return err
	} else if !ok {
		return p.fail(errNotStandalone, 0)
	}
	return nil
}

// externalRef calls the ExternalEntityRefHandler; a false result is an error.
func (p *xmlparser) externalRef(ts *objects.Thread, context, sys, pub objects.Object) error {
	res, err := p.call(ts, hExternalEntityRef, context, p.optStrIf(p.base, p.hasBase), sys, pub)
	if err != nil {
		return err
	}
	if ok, err := objects.IsTrue(ts, res); err != nil {
		return err
	} else if !ok {
		return p.fail(21, 0)
	}
	return nil
}

// declParts splits buf[from:to] as expat passes a declaration to the default handler: runs
// of white space, quoted literals, and the words between.
func (p *xmlparser) declParts(from, to int) []string {
	var parts []string
	for i := from; i < to; {
		j := i + 1
		switch c := p.buf[i]; {
		case isSpace(c):
			for j < to && isSpace(p.buf[j]) {
				j++
			}
		case c == '"' || c == '\'':
			for j < to && p.buf[j] != c {
				j++
			}
			j++
		case c == ')':
			if j < to && strings.ContainsRune("*?+", p.buf[j]) {
				j++
			}
		case strings.ContainsRune("[]>(|,", c):
		default:
			for j < to && !isSpace(p.buf[j]) && !strings.ContainsRune("\"'[]>()|,", p.buf[j]) {
				j++
			}
		}
		parts = append(parts, p.text(i, j))
		i = j
	}
	return parts
}

// literal scans a quoted system or public literal at off into *out.
func (p *xmlparser) literal(off int, out *string) (int, error) {
	end, err := p.quoted(off)
	if err != nil {
		return 0, err
	}
	*out = p.text(off+1, end-1)
	return end, nil
}

// internalSubset parses the declarations between '[' and ']', collecting their handler
// calls; it returns the offset after the ']'.
func (p *xmlparser) internalSubset(ts *objects.Thread, i int, events *[]dtdEvent) (int, error) {
	for {
		if sp := p.skipSpace(i); sp > i {
			// White space between declarations goes to the default handler.
			raw := p.text(i, sp)
			*events = append(*events, dtdEvent{i, func() error { return p.reportDefault(ts, raw) }})
			i = sp
		}
		if i >= len(p.buf) {
			return 0, p.eof(errUnclosedToken)
		}
		start := i
		switch c := p.buf[i]; {
		case c == ']':
			return i + 1, nil
		case c == '%':
			_, end, err := p.entityRef(i)
			if err != nil {
				return 0, err
			}
			raw := p.text(start, end)
			*events = append(*events, dtdEvent{start, func() error {
				p.dtdExternal = true
				if p.standalone != 1 && p.paramEntityParsing == 0 {
					p.dtdSkipDecls = true
				}
				if err := p.reportDefault(ts, raw); err != nil {
					return err
				}
				if p.standalone != 1 {
					return p.notStandalone(ts)
				}
				return nil
			}})
			i = end
		case c != '<':
			return 0, p.fail(errSyntax, i)
		default:
			if ok, more := p.at(i, "<!--"); more {
				return 0, needMore
			} else if ok {
				end, text, err := p.scanTo(i+4, "-->")
				if err != nil {
					return 0, err
				}
				raw := p.text(start, end)
				*events = append(*events, dtdEvent{start, func() error {
					if p.has(hComment) {
						_, err := p.call(ts, hComment, p.str(normalizeNewlines(text)))
						return err
					}
					return p.reportDefault(ts, raw)
				}})
				i = end
				continue
			}
			if ok, more := p.at(i, "<?"); more {
				return 0, needMore
			} else if ok {
				nend, err := p.name(i + 2)
				if err != nil {
					return 0, err
				}
				end, text, err := p.scanTo(nend, "?>")
				if err != nil {
					return 0, err
				}
				target, data := p.text(i+2, nend), strings.TrimLeft(text, " \t\r\n")
				raw := p.text(start, end)
				*events = append(*events, dtdEvent{start, func() error {
					if p.has(hPI) {
						_, err := p.call(ts, hPI, p.name2str(target), p.str(normalizeNewlines(data)))
						return err
					}
					return p.reportDefault(ts, raw)
				}})
				i = end
				continue
			}
			end, err := p.declEnd(i)
			if err != nil {
				return 0, err
			}
			evs, err := p.markupDecl(ts, start, end)
			if xe, ok := err.(*xmlError); ok {
				// The declarations before this one are reported before its error.
				*events = append(*events, dtdEvent{start, func() error { return xe }})
				return -1, nil
			} else if err != nil {
				return 0, err
			}
			*events = append(*events, evs...)
			i = end
		}
	}
}

// scanTo finds s from off on; it returns the offset after it and the text before it.
func (p *xmlparser) scanTo(off int, s string) (int, string, error) {
	rs := []rune(s)
	for i := off; i+len(rs) <= len(p.buf); i++ {
		match := true
		for j, r := range rs {
			if p.buf[i+j] != r {
				match = false
				break
			}
		}
		if match {
			return i + len(rs), p.text(off, i), nil
		}
	}
	return 0, "", p.eof(errUnclosedToken)
}

// declEnd finds the '>' closing the markup declaration at off, skipping quoted strings.
func (p *xmlparser) declEnd(off int) (int, error) {
	var quote rune
	for i := off + 2; i < len(p.buf); i++ {
		c := p.buf[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i + 1, nil
		case c == '<':
			return 0, p.fail(errSyntax, i)
		}
	}
	return 0, p.eof(errUnclosedToken)
}

// declToken is a token of a markup declaration: a name or keyword, a quoted literal
// (quoted set, without its quotes) or a punctuation character.
type declToken struct {
	text   string
	quoted bool
	off    int
}

// declTokens splits the markup declaration buf[start:end].
func (p *xmlparser) declTokens(start, end int) ([]declToken, error) {
	var out []declToken
	i := start + 2
	for i < end-1 {
		c := p.buf[i]
		switch {
		case isSpace(c):
			i++
		case c == '"' || c == '\'':
			j := i + 1
			for p.buf[j] != c {
				j++
			}
			out = append(out, declToken{text: p.text(i+1, j), quoted: true, off: i})
			i = j + 1
		case isNameChar(c) || c == '#':
			j := i + 1
			for j < end-1 && isNameChar(p.buf[j]) {
				j++
			}
			out = append(out, declToken{text: p.text(i, j), off: i})
			i = j
		case strings.ContainsRune("()|,*?+%", c):
			out = append(out, declToken{text: string(c), off: i})
			i++
		default:
			return nil, p.fail(errSyntax, i)
		}
	}
	return out, nil
}

// markupDecl parses an ENTITY, ELEMENT, ATTLIST or NOTATION declaration.
func (p *xmlparser) markupDecl(ts *objects.Thread, start, end int) ([]dtdEvent, error) {
	toks, err := p.declTokens(start, end)
	if err != nil {
		return nil, err
	}
	parts := p.declParts(start, end)
	bad := p.fail(errSyntax, start)
	if len(toks) < 2 || toks[0].quoted {
		return nil, bad
	}
	def := func() error {
		for _, part := range parts {
			if err := p.reportDefault(ts, part); err != nil {
				return err
			}
		}
		return nil
	}
	if toks[0].text == "ENTITY" || toks[0].text == "ATTLIST" {
		evs, err := p.markupDecl2(ts, start, end, toks, def)
		for i := range evs {
			fn, first := evs[i].fn, i == 0
			evs[i].fn = func() error {
				// After a parameter entity reference it did not read, expat cannot know
				// what declarations mean in a document that is not standalone, and
				// ignores them.
				if p.dtdSkipDecls {
					if first {
						return def()
					}
					return nil
				}
				return fn()
			}
		}
		return evs, err
	}
	return p.markupDecl2(ts, start, end, toks, def)
}

// markupDecl2 parses a markup declaration split into toks.
func (p *xmlparser) markupDecl2(ts *objects.Thread, start, end int, toks []declToken, def func() error) ([]dtdEvent, error) {
	bad := p.fail(errSyntax, start)
	switch toks[0].text {
	case "ENTITY":
		return p.entityDecl(ts, start, toks[1:], def)
	case "ELEMENT":
		model, rest, err := p.contentModel(toks[2:], start)
		if err != nil {
			return nil, err
		}
		if len(rest) != 0 {
			return nil, bad
		}
		name := toks[1].text
		at := toks[len(toks)-1]
		if len(toks) > 3 && strings.Contains("?*+", at.text) {
			at = toks[len(toks)-2]
		}
		return []dtdEvent{{at.off, func() error {
			if p.has(hElementDecl) {
				_, err := p.call(ts, hElementDecl, p.name2str(name), model)
				return err
			}
			return def()
		}}}, nil
	case "ATTLIST":
		return p.attlistDecl(ts, start, toks[1:], def)
	case "NOTATION":
		name := toks[1].text
		var sysID, pubID objects.Object = objects.None, objects.None
		rest := toks[2:]
		switch {
		case len(rest) == 2 && rest[0].text == "SYSTEM" && rest[1].quoted:
			sysID = p.str(rest[1].text)
		case len(rest) >= 2 && len(rest) <= 3 && rest[0].text == "PUBLIC" && rest[1].quoted:
			pubID = p.str(rest[1].text)
			if len(rest) == 3 {
				sysID = p.str(rest[2].text)
			}
		default:
			return nil, bad
		}
		at := toks[len(toks)-1].off
		if len(rest) == 2 && rest[0].text == "PUBLIC" {
			at = end - 1 // a system literal might have followed
		}
		return []dtdEvent{{at, func() error {
			if p.has(hNotationDecl) {
				_, err := p.call(ts, hNotationDecl, p.name2str(name), p.optStr(p.base), sysID, pubID)
				return err
			}
			return def()
		}}}, nil
	}
	return nil, bad
}

// entityDecl parses the rest of an ENTITY declaration and records the entity.
func (p *xmlparser) entityDecl(ts *objects.Thread, start int, toks []declToken, def func() error) ([]dtdEvent, error) {
	bad := p.fail(errSyntax, start)
	param := false
	if toks[0].text == "%" {
		param, toks = true, toks[1:]
	}
	if len(toks) < 2 || toks[0].quoted {
		return nil, bad
	}
	e := &entity{name: toks[0].text}
	rest := toks[1:]
	switch {
	case len(rest) == 1 && rest[0].quoted:
		v, err := p.entityValue(rest[0].text, rest[0].off)
		if xe, ok := err.(*xmlError); ok && xe.code == errParamEntityRef {
			// expat declares the entity with the text before the reference, then fails.
			e.value, e.internal = []rune(v), true
			evs := p.entityEvents(ts, e, false, def, rest[0].off)
			return append(evs, dtdEvent{rest[0].off, func() error { return xe }}), nil
		}
		if err != nil {
			return nil, err
		}
		e.value, e.internal = []rune(v), true
	case len(rest) >= 2 && rest[0].text == "SYSTEM" && rest[1].quoted:
		e.systemID, rest = rest[1].text, rest[2:]
	case len(rest) >= 3 && rest[0].text == "PUBLIC" && rest[1].quoted && rest[2].quoted:
		e.public, e.systemID, rest = rest[1].text, rest[2].text, rest[3:]
	default:
		return nil, bad
	}
	if !e.internal {
		switch {
		case len(rest) == 0:
		case len(rest) == 2 && rest[0].text == "NDATA" && !rest[1].quoted && !param:
			e.notation = rest[1].text
		default:
			return nil, bad
		}
	}
	return p.entityEvents(ts, e, param, def, toks[len(toks)-1].off), nil
}

// entityEvents records a declared entity and makes the handler call declaring it.
func (p *xmlparser) entityEvents(ts *objects.Thread, e *entity, param bool, def func() error, at int) []dtdEvent {
	return []dtdEvent{{at, func() error {
		// Declarations are recorded as their handlers run, since a declaration parsed
		// before the rest of the input arrived is parsed again. Only the first
		// declaration of an entity counts.
		if !param {
			if _, dup := p.entities[e.name]; dup {
				return def()
			}
			p.entities[e.name] = e
		} else if p.paramEntities[e.name] {
			return def()
		} else {
			p.paramEntities[e.name] = true
		}
		opt := func(s string, ok bool) objects.Object { return p.optStrIf(s, ok) }
		if e.notation != "" && p.has(hUnparsedEntityDecl) {
			_, err := p.call(ts, hUnparsedEntityDecl, p.name2str(e.name), p.optStr(p.base), p.str(e.systemID),
				opt(e.public, e.public != ""), p.str(e.notation))
			return err
		}
		if p.has(hEntityDecl) {
			isParam := 0
			if param {
				isParam = 1
			}
			_, err := p.call(ts, hEntityDecl, p.name2str(e.name), objects.NewInt(int64(isParam)), opt(string(e.value), e.internal),
				p.optStr(p.base), opt(e.systemID, !e.internal), opt(e.public, e.public != ""), opt(e.notation, e.notation != ""))
			return err
		}
		return def()
	}}}
}

// entityValue is an entity's replacement text: its character references replaced.
// Parameter entity references cannot appear inside declarations of the internal subset.
func (p *xmlparser) entityValue(v string, off int) (string, error) {
	if !strings.ContainsAny(v, "&%\r") {
		return v, nil
	}
	var sb strings.Builder
	for i := 0; i < len(v); {
		switch v[i] {
		case '%':
			return sb.String(), p.fail(errParamEntityRef, off+1+utf8.RuneCountInString(v[:i]))
		case '&':
			end := strings.IndexByte(v[i:], ';')
			if end < 0 {
				return "", p.fail(errInvalidToken, off)
			}
			ref := v[i+1 : i+end]
			if strings.HasPrefix(ref, "#") {
				r, ok := parseCharRef(ref[1:])
				if !ok {
					return "", p.fail(errBadCharRef, off)
				}
				sb.WriteRune(r)
			} else {
				sb.WriteString(v[i : i+end+1])
			}
			i += end + 1
		case '\r':
			sb.WriteByte('\n')
			if i+1 < len(v) && v[i+1] == '\n' {
				i++
			}
			i++
		default:
			sb.WriteByte(v[i])
			i++
		}
	}
	return sb.String(), nil
}

// attlistDecl parses the rest of an ATTLIST declaration: one AttlistDeclHandler call per
// attribute, and the defaults start tags get.
func (p *xmlparser) attlistDecl(ts *objects.Thread, start int, toks []declToken, def func() error) ([]dtdEvent, error) {
	bad := p.fail(errSyntax, start)
	elName := toks[0].text
	toks = toks[1:]
	var events []dtdEvent
	for len(toks) > 0 {
		if len(toks) < 3 || toks[0].quoted {
			return nil, bad
		}
		attName := toks[0].text
		toks = toks[1:]
		var typ string
		if toks[0].text == "NOTATION" {
			typ, toks = "NOTATION", toks[1:]
		}
		if toks[0].text == "(" {
			j := 1
			for j < len(toks) && toks[j].text != ")" {
				j++
			}
			if j == len(toks) {
				return nil, bad
			}
			var sb strings.Builder
			for _, t := range toks[:j+1] {
				sb.WriteString(t.text)
			}
			typ += sb.String()
			toks = toks[j+1:]
		} else if typ == "" {
			typ, toks = toks[0].text, toks[1:]
		}
		if len(toks) == 0 {
			return nil, bad
		}
		var value objects.Object = objects.None
		off := toks[0].off
		required := 0
		var dflt string
		hasDefault := false
		switch {
		case toks[0].text == "#REQUIRED":
			required, toks = 1, toks[1:]
		case toks[0].text == "#IMPLIED":
			toks = toks[1:]
		case toks[0].text == "#FIXED" && len(toks) > 1 && toks[1].quoted:
			off = toks[1].off
			required, dflt, hasDefault, toks = 1, toks[1].text, true, toks[2:]
		case toks[0].quoted:
			dflt, hasDefault, toks = toks[0].text, true, toks[1:]
		default:
			return nil, bad
		}
		if hasDefault {
			dflt = normalizeAttDefault(dflt)
			if typ != "CDATA" {
				dflt = collapseSpaces(dflt)
			}
			value = p.str(dflt)
		}
		typ2, req, dflt2 := typ, required, dflt
		events = append(events, dtdEvent{off, func() error {
			p.recordAttribute(elName, attName, typ2, dflt2, hasDefault)
			if p.has(hAttlistDecl) {
				_, err := p.call(ts, hAttlistDecl, p.name2str(elName), p.name2str(attName), p.str(typ2), value, objects.NewInt(int64(req)))
				return err
			}
			return nil
		}})
	}
	if !p.has(hAttlistDecl) {
		// The declaration goes to the default handler whole, its attributes recorded all
		// the same.
		record := events
		return []dtdEvent{{start, func() error {
			for _, ev := range record {
				if err := ev.fn(); err != nil {
					return err
				}
			}
			return def()
		}}}, nil
	}
	return events, nil
}

// recordAttribute notes what an ATTLIST declaration says of an attribute: whether its
// values are tokens, and its default. The first declaration of an attribute counts.
func (p *xmlparser) recordAttribute(elName, attName, typ, dflt string, hasDefault bool) {
	types := p.attTypes[elName]
	if types == nil {
		types = map[string]bool{}
		p.attTypes[elName] = types
	}
	if _, known := types[attName]; known {
		return
	}
	types[attName] = typ != "CDATA"
	if hasDefault {
		p.attDefaults[elName] = append(p.attDefaults[elName], attDefault{attName, dflt})
	}
}

// normalizeAttDefault replaces the white space characters and predefined or character
// references of a default attribute value.
func normalizeAttDefault(v string) string {
	var sb strings.Builder
	for i := 0; i < len(v); {
		c := v[i]
		switch c {
		case '\t', '\n', '\r':
			sb.WriteByte(' ')
			i++
		case '&':
			end := strings.IndexByte(v[i:], ';')
			if end < 0 {
				sb.WriteByte(c)
				i++
				continue
			}
			ref := v[i+1 : i+end]
			if s, ok := predefined[ref]; ok {
				sb.WriteString(s)
			} else if r, ok := parseCharRef(strings.TrimPrefix(ref, "#")); ok && strings.HasPrefix(ref, "#") {
				sb.WriteRune(r)
			} else {
				sb.WriteString(v[i : i+end+1])
			}
			i += end + 1
		default:
			sb.WriteByte(c)
			i++
		}
	}
	return sb.String()
}

// The content model types and quantifiers of pyexpat.model.
const (
	ctypeEmpty  = 1
	ctypeAny    = 2
	ctypeMixed  = 3
	ctypeName   = 4
	ctypeChoice = 5
	ctypeSeq    = 6
)

// contentModel parses an element declaration's content specification into the tuple
// ElementDeclHandler gets: (type, quantifier, name, children).
func (p *xmlparser) contentModel(toks []declToken, start int) (objects.Object, []declToken, error) {
	bad := p.fail(errSyntax, start)
	model := func(typ, quant int, name objects.Object, children []objects.Object) objects.Object {
		return objects.NewTuple([]objects.Object{objects.NewInt(int64(typ)), objects.NewInt(int64(quant)), name, objects.NewTuple(children)})
	}
	if len(toks) == 0 {
		return nil, nil, bad
	}
	switch toks[0].text {
	case "EMPTY":
		return model(ctypeEmpty, 0, objects.None, nil), toks[1:], nil
	case "ANY":
		return model(ctypeAny, 0, objects.None, nil), toks[1:], nil
	case "(":
	default:
		return nil, nil, bad
	}
	if len(toks) > 1 && toks[1].text == "#PCDATA" {
		var names []objects.Object
		i := 2
		for i < len(toks) && toks[i].text == "|" && i+1 < len(toks) {
			names = append(names, model(ctypeName, 0, p.name2str(toks[i+1].text), nil))
			i += 2
		}
		if i >= len(toks) || toks[i].text != ")" {
			return nil, nil, bad
		}
		i++
		quant := 0
		if i < len(toks) && toks[i].text == "*" {
			quant = 2
			i++
		} else if len(names) > 0 {
			return nil, nil, bad
		}
		return model(ctypeMixed, quant, objects.None, names), toks[i:], nil
	}
	var group func(toks []declToken) (objects.Object, []declToken, error)
	quantOf := func(toks []declToken) (int, []declToken) {
		if len(toks) > 0 {
			switch toks[0].text {
			case "?":
				return 1, toks[1:]
			case "*":
				return 2, toks[1:]
			case "+":
				return 3, toks[1:]
			}
		}
		return 0, toks
	}
	particle := func(toks []declToken) (objects.Object, []declToken, error) {
		if len(toks) == 0 {
			return nil, nil, bad
		}
		if toks[0].text == "(" {
			return group(toks)
		}
		if toks[0].quoted || !isNameStart([]rune(toks[0].text)[0]) {
			return nil, nil, bad
		}
		q, rest := quantOf(toks[1:])
		return model(ctypeName, q, p.name2str(toks[0].text), nil), rest, nil
	}
	group = func(toks []declToken) (objects.Object, []declToken, error) {
		toks = toks[1:]
		var children []objects.Object
		sep := ""
		for {
			c, rest, err := particle(toks)
			if err != nil {
				return nil, nil, err
			}
			children = append(children, c)
			toks = rest
			if len(toks) == 0 {
				return nil, nil, bad
			}
			t := toks[0].text
			if t == ")" {
				break
			}
			if t != "|" && t != "," || sep != "" && t != sep {
				return nil, nil, p.fail(errSyntax, toks[0].off)
			}
			sep = t
			toks = toks[1:]
		}
		typ := ctypeSeq
		if sep == "|" {
			typ = ctypeChoice
		}
		q, rest := quantOf(toks[1:])
		return model(typ, q, objects.None, children), rest, nil
	}
	return group(toks)
}
