package pyexpat

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// encoding is how the input's bytes map to characters.
type encoding int

const (
	encUTF8 encoding = iota
	encUTF16LE
	encUTF16BE
	encLatin1
	encASCII
	encTable // a single-byte encoding given by a 256-entry table (Python codecs)
)

// badRune stands for bytes that are not a character of the input's encoding.
const badRune rune = -1

// lookupEncoding maps an encoding name, as a document or ParserCreate gives it, to one the
// decoder knows; ok is false for the others.
func lookupEncoding(name string) (encoding, bool) {
	switch strings.ToUpper(name) {
	case "UTF-8", "UTF8":
		return encUTF8, true
	case "UTF-16", "UTF16":
		return encUTF16LE, true // the byte order comes from the byte order mark
	case "UTF-16LE":
		return encUTF16LE, true
	case "UTF-16BE":
		return encUTF16BE, true
	case "ISO-8859-1", "ISO8859-1", "LATIN-1", "LATIN1", "L1", "ISO_8859-1":
		return encLatin1, true
	case "US-ASCII", "ASCII":
		return encASCII, true
	}
	return 0, false
}

// width is the number of bytes r takes in the input.
func (p *xmlparser) width(r rune) int {
	switch p.enc {
	case encUTF8:
		if r == badRune {
			return 1
		}
		return utf8.RuneLen(r)
	case encUTF16LE, encUTF16BE:
		if r > 0xFFFF {
			return 4
		}
		return 2
	}
	return 1
}

// feed adds bytes of input: it settles the encoding when it can, then decodes every complete
// character into the buffer the tokenizer reads, keeping an incomplete one for the next call.
func (p *xmlparser) feed(data []byte, final bool) error {
	p.raw = append(p.raw, data...)
	if !p.encKnown {
		if !p.detectEncoding(final) {
			return nil
		}
	}
	raw := p.raw
	p.buf = slices.Grow(p.buf, len(raw))
	switch p.enc {
	case encUTF8:
		for len(raw) > 0 {
			if raw[0] < utf8.RuneSelf {
				p.buf = append(p.buf, rune(raw[0]))
				raw = raw[1:]
				continue
			}
			if !final && !utf8.FullRune(raw) {
				break
			}
			r, n := utf8.DecodeRune(raw)
			if r == utf8.RuneError && n <= 1 {
				r, n = badRune, 1
			}
			p.buf = append(p.buf, r)
			raw = raw[n:]
		}
	case encUTF16LE, encUTF16BE:
		for len(raw) >= 2 {
			u := p.unit16(raw)
			if u >= 0xD800 && u < 0xDC00 {
				if len(raw) < 4 {
					if final {
						p.buf = append(p.buf, badRune)
						raw = raw[2:]
						continue
					}
					break
				}
				lo := p.unit16(raw[2:])
				if lo < 0xDC00 || lo > 0xDFFF {
					p.buf = append(p.buf, badRune)
					raw = raw[2:]
					continue
				}
				p.buf = append(p.buf, 0x10000+(rune(u)-0xD800)<<10+(rune(lo)-0xDC00))
				raw = raw[4:]
				continue
			}
			if u >= 0xDC00 && u <= 0xDFFF {
				p.buf = append(p.buf, badRune)
			} else {
				p.buf = append(p.buf, rune(u))
			}
			raw = raw[2:]
		}
	case encLatin1:
		for _, b := range raw {
			p.buf = append(p.buf, rune(b))
		}
		raw = nil
	case encASCII:
		for _, b := range raw {
			if b >= 0x80 {
				p.buf = append(p.buf, badRune)
			} else {
				p.buf = append(p.buf, rune(b))
			}
		}
		raw = nil
	case encTable:
		for _, b := range raw {
			p.buf = append(p.buf, p.table[b])
		}
		raw = nil
	}
	p.raw = append(p.raw[:0], raw...)
	return nil
}

func (p *xmlparser) unit16(b []byte) uint16 {
	if p.enc == encUTF16LE {
		return uint16(b[0]) | uint16(b[1])<<8
	}
	return uint16(b[0])<<8 | uint16(b[1])
}

// detectEncoding settles the encoding from a byte order mark, the first characters or the
// XML declaration, as expat does; false means more bytes are needed to tell. A byte order
// mark is dropped, though it counts in byte offsets.
func (p *xmlparser) detectEncoding(final bool) bool {
	raw := p.raw
	if p.userEnc && p.enc == encUTF8 {
		// Only a UTF-8 byte order mark can come first.
		if !final && len(raw) < 3 && strings.HasPrefix("\xef\xbb\xbf", string(raw)) {
			return false
		}
		p.encKnown = true
		if strings.HasPrefix(string(raw), "\xef\xbb\xbf") {
			p.raw = p.raw[3:]
			p.cur.byteIdx += 3
			p.cur.col++
		}
		return true
	}
	if len(raw) < 4 && !final {
		// A byte order mark or a UTF-16 "<?" may still be coming.
		if len(raw) == 0 || raw[0] == 0xFE || raw[0] == 0xFF || raw[0] == 0xEF || raw[0] == 0 ||
			raw[0] == '<' && (len(raw) == 1 || raw[1] == 0 || raw[1] == '?') {
			return false
		}
	}
	bom := func(n int, e encoding) bool {
		p.enc, p.encKnown = e, true
		p.raw = p.raw[n:]
		p.cur.byteIdx += int64(n)
		if n > 0 {
			p.cur.col++ // expat counts the byte order mark as a column
		}
		return true
	}
	switch {
	case len(raw) >= 2 && raw[0] == 0xFE && raw[1] == 0xFF:
		return bom(2, encUTF16BE)
	case len(raw) >= 2 && raw[0] == 0xFF && raw[1] == 0xFE:
		return bom(2, encUTF16LE)
	case len(raw) >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF:
		if p.userEnc && p.enc != encUTF8 {
			break
		}
		return bom(3, encUTF8)
	case len(raw) >= 2 && raw[0] == 0 && raw[1] != 0 && !p.userEnc:
		return bom(0, encUTF16BE)
	case len(raw) >= 2 && raw[0] != 0 && raw[1] == 0 && !p.userEnc:
		return bom(0, encUTF16LE)
	}
	if p.userEnc {
		p.encKnown = true
		return true
	}
	// An ASCII-compatible document: its XML declaration may name the encoding.
	if len(raw) >= 5 && string(raw[:5]) == "<?xml" || !final && len(raw) < 5 && strings.HasPrefix("<?xml", string(raw)) {
		end := strings.Index(string(raw), "?>")
		if end < 0 {
			if !final && len(raw) < 1024 {
				return false
			}
		} else if name, ok := declaredEncoding(string(raw[:end])); ok {
			if e, ok := lookupEncoding(name); ok {
				if e == encUTF16LE || e == encUTF16BE {
					p.encErr = errIncorrectEncoding
				} else {
					p.enc = e
				}
			} else {
				p.tableEncoding(name)
				p.declErr, p.pyErr = p.pyErr, nil
			}
		}
	}
	p.encKnown = true
	return true
}

// declaredEncoding finds the encoding pseudo-attribute of an XML declaration.
func declaredEncoding(decl string) (string, bool) {
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return "", false
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return "", false
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return "", false
	}
	end := strings.IndexByte(rest[1:], rest[0])
	if end < 0 {
		return "", false
	}
	return rest[1 : 1+end], true
}
