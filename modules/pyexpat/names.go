package pyexpat

// isSpace reports whether r is XML white space (production S).
func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// isNameStart reports whether r may begin an XML name (XML 1.0 fifth edition NameStartChar).
func isNameStart(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '_', r == ':':
		return true
	case r < 0xC0:
		return false
	case r <= 0x2FF:
		return r != 0xD7 && r != 0xF7
	case r >= 0x370 && r <= 0x1FFF:
		return r != 0x37E
	case r == 0x200C, r == 0x200D:
		return true
	case r >= 0x2070 && r <= 0x218F, r >= 0x2C00 && r <= 0x2FEF, r >= 0x3001 && r <= 0xD7FF,
		r >= 0xF900 && r <= 0xFDCF, r >= 0xFDF0 && r <= 0xFFFD, r >= 0x10000 && r <= 0xEFFFF:
		return true
	}
	return false
}

// isNameChar reports whether r may continue an XML name (NameChar).
func isNameChar(r rune) bool {
	switch {
	case isNameStart(r), r >= '0' && r <= '9', r == '-', r == '.', r == 0xB7:
		return true
	case r >= 0x300 && r <= 0x36F, r == 0x203F, r == 0x2040:
		return true
	}
	return false
}

// isChar reports whether r is a character XML allows in a document (production Char).
func isChar(r rune) bool {
	switch {
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r == '\t', r == '\n', r == '\r':
		return true
	case r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}

// isPubidChar reports whether r may appear in a public identifier literal.
func isPubidChar(r rune) bool {
	switch {
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9':
		return true
	}
	switch r {
	case ' ', '\r', '\n', '-', '\'', '(', ')', '+', ',', '.', '/', ':', '=', '?', ';', '!', '*', '#', '@', '$', '_', '%':
		return true
	}
	return false
}
