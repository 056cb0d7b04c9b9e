package objects

import "strings"

// Argument Clinic starts the docstring of a built-in with its signature,
// "name(params)\n--\n\n"; __doc__ shows the text after it and __text_signature__ the
// "(params)" part, which inspect.signature reads.

// signatureEnd ends the signature.
const signatureEnd = ")\n--\n\n"

// splitDoc returns the signature in doc ("" when it starts with none) and the text after
// it. name is the function's or type's name; only its last dotted part counts.
func splitDoc(name, doc string) (sig, text string) {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if !strings.HasPrefix(doc, name+"(") {
		return "", doc
	}
	start := len(name)
	// A blank line before the end marker means the text is not a signature.
	for i := start; i < len(doc); i++ {
		if strings.HasPrefix(doc[i:], signatureEnd) {
			return doc[start : i+1], doc[i+len(signatureEnd):]
		}
		if doc[i] == '\n' && i+1 < len(doc) && doc[i+1] == '\n' {
			break
		}
	}
	return "", doc
}

// docText is the __doc__ of a built-in from its internal docstring: None when empty.
func docText(name, doc string) Object {
	_, text := splitDoc(name, doc)
	return docOrNone(text)
}

// textSignature is the __text_signature__ of a built-in: None when its docstring starts
// with no signature.
func textSignature(name, doc string) Object {
	sig, _ := splitDoc(name, doc)
	return docOrNone(sig)
}
