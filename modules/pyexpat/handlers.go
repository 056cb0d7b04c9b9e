package pyexpat

import "github.com/taipanpy/taipan/objects"

// The handlers a parser calls, in the order CPython lists them; 0 stands for none.
const (
	hStartElement = iota + 1
	hEndElement
	hPI
	hCharData
	hUnparsedEntityDecl
	hNotationDecl
	hStartNS
	hEndNS
	hComment
	hStartCdata
	hEndCdata
	hDefault
	hDefaultExpand
	hNotStandalone
	hExternalEntityRef
	hStartDoctype
	hEndDoctype
	hEntityDecl
	hXMLDecl
	hElementDecl
	hAttlistDecl
	hSkippedEntity
	numHandlers
)

// handlerNames are the attributes the handlers are set through.
var handlerNames = [numHandlers]string{"",
	"StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler", "CharacterDataHandler",
	"UnparsedEntityDeclHandler", "NotationDeclHandler", "StartNamespaceDeclHandler", "EndNamespaceDeclHandler",
	"CommentHandler", "StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
	"DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler", "StartDoctypeDeclHandler",
	"EndDoctypeDeclHandler", "EntityDeclHandler", "XmlDeclHandler", "ElementDeclHandler",
	"AttlistDeclHandler", "SkippedEntityHandler",
}

// has reports whether handler h is set.
func (p *xmlparser) has(h int) bool { return p.handlers[h] != nil && !p.muted }

// call calls handler h, after handing on the buffered character data.
func (p *xmlparser) call(ts *objects.Thread, h int, args ...objects.Object) (objects.Object, error) {
	if h != hCharData {
		if err := p.flush(ts); err != nil {
			return nil, err
		}
	}
	fn := p.handlers[h]
	if fn == nil || p.muted {
		return objects.None, nil
	}
	p.inCallback++
	defer func() { p.inCallback-- }()
	return objects.Call(ts, fn, args, nil)
}

// wantsText reports whether text that handler h would get is wanted: by h or else by the
// default handler.
func (p *xmlparser) wantsText(h int) bool {
	return p.has(h) || p.defaultIdx != 0 && !p.muted
}

// reportDefault passes raw document text to the default handler, if one is set.
func (p *xmlparser) reportDefault(ts *objects.Thread, raw string) error {
	if p.defaultIdx == 0 || raw == "" || !p.has(p.defaultIdx) || p.muted {
		return nil
	}
	_, err := p.call(ts, p.defaultIdx, p.str(raw))
	return err
}

// charData reports character data.
func (p *xmlparser) charData(ts *objects.Thread, s string) error { return p.charDataRaw(ts, s, s) }

// charDataRaw reports character data s, written raw in the document: to the character data
// handler (through the buffer when buffer_text is on), or else raw to the default handler.
func (p *xmlparser) charDataRaw(ts *objects.Thread, s, raw string) error {
	if !p.has(hCharData) {
		return p.reportDefault(ts, raw)
	}
	if !p.bufferText {
		_, err := p.call(ts, hCharData, p.str(s))
		return err
	}
	if p.charBufLen+len(s) > p.bufferSize {
		if err := p.flush(ts); err != nil {
			return err
		}
		if len(s) > p.bufferSize {
			_, err := p.call(ts, hCharData, p.str(s))
			return err
		}
	}
	p.charBuf = append(p.charBuf, s...)
	p.charBufLen += len(s)
	return nil
}

// flush hands the buffered character data to the character data handler.
func (p *xmlparser) flush(ts *objects.Thread) error {
	if p.charBufLen == 0 {
		return nil
	}
	s := string(p.charBuf)
	p.charBuf, p.charBufLen = p.charBuf[:0], 0
	if !p.has(hCharData) {
		return nil
	}
	_, err := p.call(ts, hCharData, p.str(s))
	return err
}

// str makes a str of document text.
func (p *xmlparser) str(s string) objects.Object { return objects.NewStr(s) }

// name2str makes a str of a name, through the parser's intern dictionary when it has one.
func (p *xmlparser) name2str(s string) objects.Object {
	o := objects.NewStr(s)
	if p.intern == nil {
		return o
	}
	if v := p.intern.GetStr(o); v != nil {
		return v
	}
	p.intern.SetStr(o, o)
	return o
}

// optStr is s, or None when it is empty.
func (p *xmlparser) optStr(s string) objects.Object { return p.optStrIf(s, s != "") }

// optStrIf is s when ok, else None.
func (p *xmlparser) optStrIf(s string, ok bool) objects.Object {
	if !ok {
		return objects.None
	}
	return p.str(s)
}

// optName is a namespace prefix, None for the default namespace.
func (p *xmlparser) optName(s string) objects.Object {
	if s == "" {
		return objects.None
	}
	return p.name2str(s)
}
