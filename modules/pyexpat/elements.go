package pyexpat

import (
	"strings"

	"github.com/taipanpy/taipan/objects"
)

// The namespace names the xml and xmlns prefixes are bound to.
const (
	xmlNamespace   = "http://www.w3.org/XML/1998/namespace"
	xmlnsNamespace = "http://www.w3.org/2000/xmlns/"
)

// splitQName splits "prefix:local"; prefix is "" when there is none.
func splitQName(q string) (prefix, local string) {
	if i := strings.IndexByte(q, ':'); i > 0 && i < len(q)-1 {
		return q[:i], q[i+1:]
	}
	return "", q
}

// lookupNS returns the namespace name prefix is bound to ("" for the default namespace when
// there is none); ok is false for an unbound prefix.
func (p *xmlparser) lookupNS(prefix string) (string, bool) {
	if b := p.bindings[prefix]; len(b) > 0 {
		return b[len(b)-1], true
	}
	if prefix == "xml" {
		return xmlNamespace, true
	}
	return "", prefix == ""
}

// expandName is a qualified name as reported with namespace processing: the namespace
// name, the separator and the local part (and the prefix, with namespace_prefixes).
func (p *xmlparser) expandName(q string, isAttr bool) (string, bool) {
	prefix, local := splitQName(q)
	if isAttr && prefix == "" {
		return q, true
	}
	uri, ok := p.lookupNS(prefix)
	if !ok {
		return "", false
	}
	if uri == "" {
		return local, true
	}
	name := uri + p.nsSep + local
	if p.nsPrefixes && prefix != "" {
		name += p.nsSep + prefix
	}
	return name, true
}

// startElement reports a start tag, with its namespace declarations first.
func (p *xmlparser) startElement(ts *objects.Thread, qname string, attrs []attr, raw string) error {
	el := openElement{raw: qname, name: qname}
	// Attributes the document type declaration gives defaults for.
	nspec := len(attrs)
	for _, d := range p.attDefaults[qname] {
		found := false
		for _, a := range attrs[:nspec] {
			if a.name == d.name {
				found = true
				break
			}
		}
		if !found {
			attrs = append(attrs, attr{name: d.name, value: d.value})
		}
	}
	if p.namespaces {
		kept := attrs[:0:0]
		var decls [][2]string
		removed := 0
		for i, a := range attrs {
			var prefix string
			switch {
			case a.name == "xmlns":
			case strings.HasPrefix(a.name, "xmlns:"):
				prefix = a.name[len("xmlns:"):]
			default:
				kept = append(kept, a)
				continue
			}
			if i < nspec {
				removed++
			}
			switch {
			case prefix == "xmlns":
				return p.fail(errReservedPrefixNS, 0)
			case prefix == "xml" && a.value != xmlNamespace:
				return p.fail(errReservedPrefixXML, 0)
			case prefix != "xml" && (a.value == xmlNamespace || a.value == xmlnsNamespace):
				return p.fail(errReservedNSURI, 0)
			case prefix != "" && a.value == "":
				return p.fail(errUndeclaringPrefix, 0)
			}
			decls = append(decls, [2]string{prefix, a.value})
		}
		for _, d := range decls {
			p.bindings[d[0]] = append(p.bindings[d[0]], d[1])
			el.prefixes = append(el.prefixes, d[0])
		}
		attrs, nspec = kept, nspec-removed
		name, ok := p.expandName(qname, false)
		if !ok {
			p.popBindings(el.prefixes)
			return p.fail(errUnboundPrefix, 0)
		}
		el.name = name
		for i := range attrs {
			n, ok := p.expandName(attrs[i].name, true)
			if !ok {
				p.popBindings(el.prefixes)
				return p.fail(errUnboundPrefix, attrs[i].off)
			}
			attrs[i].name = n
			for _, b := range attrs[:i] {
				if b.name == n {
					p.popBindings(el.prefixes)
					return p.fail(errDuplicateAttribute, 0)
				}
			}
		}
		p.stack = append(p.stack, el)
		for _, d := range decls {
			if p.has(hStartNS) {
				if _, err := p.call(ts, hStartNS, p.optName(d[0]), p.optStr(d[1])); err != nil {
					return err
				}
			}
		}
	} else {
		p.stack = append(p.stack, el)
	}
	if p.state == inProlog {
		p.state = inContent
	}
	if !p.has(hStartElement) {
		return p.reportDefault(ts, raw)
	}
	if p.specifiedAttributes {
		attrs = attrs[:nspec]
	}
	var container objects.Object
	if p.orderedAttributes {
		items := make([]objects.Object, 0, 2*len(attrs))
		for _, a := range attrs {
			items = append(items, p.name2str(a.name), p.str(a.value))
		}
		container = objects.NewList(items)
	} else {
		d := objects.NewDict()
		for _, a := range attrs {
			if err := d.SetItem(ts, p.name2str(a.name), p.str(a.value)); err != nil {
				return err
			}
		}
		container = d
	}
	_, err := p.call(ts, hStartElement, p.name2str(el.name), container)
	return err
}

// endElement reports the end of the innermost open element, then the end of the namespace
// declarations its start tag made.
func (p *xmlparser) endElement(ts *objects.Thread, raw string) error {
	el := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	if len(p.stack) == 0 && !p.external {
		p.state = inEpilog
	}
	if p.has(hEndElement) {
		if _, err := p.call(ts, hEndElement, p.name2str(el.name)); err != nil {
			return err
		}
	} else if err := p.reportDefault(ts, raw); err != nil {
		return err
	}
	for i := len(el.prefixes) - 1; i >= 0; i-- {
		if p.has(hEndNS) {
			if _, err := p.call(ts, hEndNS, p.optName(el.prefixes[i])); err != nil {
				return err
			}
		}
	}
	p.popBindings(el.prefixes)
	return nil
}

// popBindings undoes the namespace declarations of an element.
func (p *xmlparser) popBindings(prefixes []string) {
	for _, pr := range prefixes {
		b := p.bindings[pr]
		p.bindings[pr] = b[:len(b)-1]
	}
}
