package tokenizer

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// decodeSource applies PEP 263 and PEP 3120: it strips a UTF-8 BOM, reads
// an encoding declaration from the first two lines, decodes the text to
// UTF-8 and rejects NUL bytes. It returns the text and the normalized
// encoding name.
func decodeSource(src []byte, filename string) ([]byte, string, error) {
	bom := bytes.HasPrefix(src, utf8BOM)
	if bom {
		src = src[len(utf8BOM):]
	}
	if bytes.IndexByte(src, 0) >= 0 {
		// compile() rejects the string before tokenizing, so CPython's error has no position
		// at all (lineno and offset are None); zero stands for that here.
		err := declarationError(filename, "source code string cannot contain null bytes")
		err.Offset = 0
		return nil, "utf-8", err
	}
	encoding := "utf-8"
	if name, ok := codingSpec(src); ok {
		encoding = normalEncodingName(name)
		if bom && encoding != "utf-8" {
			return nil, "utf-8", declarationError(filename, "encoding problem: "+encoding+" with BOM")
		}
	}
	builtin, dec, ok := codecDecoder(encoding)
	switch {
	case !ok:
		return nil, encoding, declarationError(filename, "unknown encoding: "+encoding)
	case builtin == "utf-8":
		if err := checkUTF8(src, filename); err != nil {
			return nil, encoding, err
		}
		return src, encoding, nil
	case builtin == "iso-8859-1":
		return decodeLatin1(src), encoding, nil
	case builtin == "ascii":
		for i, c := range src {
			if c >= 0x80 {
				return nil, encoding, declarationError(filename, fmt.Sprintf(
					"'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i))
			}
		}
		return src, encoding, nil
	}
	text, err := dec(src)
	if err != nil {
		return nil, encoding, declarationError(filename, "(unicode error) "+err.Error())
	}
	return text, encoding, nil
}

// declarationError is an error about the source as a whole, which CPython
// reports without a line (lineno 0, offset -1).
func declarationError(filename, msg string) *SyntaxError {
	return &SyntaxError{Type: syntaxErrorType, Msg: msg, Filename: filename, Offset: -1}
}

// codingSpec finds a PEP 263 declaration: a comment matching
// "coding[:=]\s*([-\w.]+)" on line 1, or on line 2 when line 1 is blank or
// a comment.
func codingSpec(src []byte) (string, bool) {
	for lineNo := 0; lineNo < 2 && len(src) > 0; lineNo++ {
		end := bytes.IndexAny(src, "\r\n")
		if end < 0 {
			end = len(src)
		}
		line := src[:end]
		if name, ok := codingInLine(line); ok {
			return name, true
		}
		// Only a blank or comment-only first line lets line 2 declare.
		trimmed := bytes.TrimLeft(line, " \t\f")
		if len(trimmed) > 0 && trimmed[0] != '#' {
			return "", false
		}
		src = src[end:]
		if len(src) > 0 && src[0] == '\r' {
			src = src[1:]
		}
		if len(src) > 0 && src[0] == '\n' {
			src = src[1:]
		}
	}
	return "", false
}

// codingInLine extracts the encoding name from one comment line.
func codingInLine(line []byte) (string, bool) {
	trimmed := bytes.TrimLeft(line, " \t\f")
	if len(trimmed) == 0 || trimmed[0] != '#' {
		return "", false
	}
	rest := trimmed
	for {
		i := bytes.Index(rest, []byte("coding"))
		if i < 0 {
			return "", false
		}
		rest = rest[i+len("coding"):]
		if len(rest) == 0 || rest[0] != ':' && rest[0] != '=' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], " \t")
		n := 0
		for n < len(rest) && (isIdentChar(rest[n]) && rest[n] < 128 || rest[n] == '-' || rest[n] == '.') {
			n++
		}
		if n == 0 {
			continue
		}
		return string(rest[:n]), true
	}
}

// normalEncodingName folds the spellings of UTF-8 and Latin-1 to the names
// the tokenize module reports, as CPython's get_normal_name does.
func normalEncodingName(name string) string {
	n := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	if len(n) > 12 {
		n = n[:12]
	}
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return name
}

// decodeLatin1 maps every byte to the code point of the same value.
func decodeLatin1(src []byte) []byte {
	out := make([]byte, 0, len(src)+len(src)/8)
	for _, c := range src {
		if c < 0x80 {
			out = append(out, c)
		} else {
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}

// checkUTF8 reports the first byte that is not valid UTF-8 the way CPython
// does when it runs a file without an encoding declaration.
func checkUTF8(src []byte, filename string) error {
	if utf8.Valid(src) {
		return nil
	}
	line, lineStart := 1, 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			in := ""
			if filename != "" {
				in = " in file " + filename
			}
			msg := fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x'%s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details", src[i], in, line)
			col := utf8.RuneCount(src[lineStart:i]) + 1
			end := bytes.IndexAny(src[lineStart:], "\r\n")
			if end < 0 {
				end = len(src) - lineStart
			}
			return &SyntaxError{Type: syntaxErrorType, Msg: msg, Filename: filename,
				Text:   strings.ToValidUTF8(string(src[lineStart:lineStart+end]), "\ufffd"),
				Lineno: line, Offset: col, EndLineno: line, EndOffset: col}
		}
		if r == '\n' {
			line++
			lineStart = i + 1
		}
		i += size
	}
	return nil
}
