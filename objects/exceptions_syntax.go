package objects

import "strings"

// SyntaxError and its subclasses: the location members taken from the second argument,
// (filename, lineno, offset, text[, end_lineno, end_offset]), and a str that names the file
// and line.

// SyntaxError's members, in layout order.
const (
	syntaxMsg = iota
	syntaxFilename
	syntaxLineno
	syntaxOffset
	syntaxText
	syntaxEndLineno
	syntaxEndOffset
	syntaxPrintFileAndLine
)

var _ = defineSpec(SyntaxErrorType, &excSpec{
	members: []excMember{{name: "msg"}, {name: "filename"}, {name: "lineno"}, {name: "offset"},
		{name: "text"}, {name: "end_lineno"}, {name: "end_offset"}, {name: "print_file_and_line"}},
	init: initSyntaxError,
	str:  syntaxErrorStr,
})

func initSyntaxError(ts *Thread, e *BaseException, args []Object, kw []kwArg) error {
	if err := baseInit(e, args, kw); err != nil {
		return err
	}
	if len(args) >= 1 {
		e.setField(syntaxMsg, args[0])
	}
	if len(args) != 2 {
		return nil
	}
	info, err := IterableItems(ts, args[1])
	if err != nil {
		return err
	}
	switch n := len(info); {
	case n < 4:
		return Errorf(TypeErrorType, "function takes at least 4 arguments (%d given)", n)
	case n > 6:
		return Errorf(TypeErrorType, "function takes at most 6 arguments (%d given)", n)
	case n == 5:
		return Errorf(TypeErrorType, "end_offset must be provided when end_lineno is provided")
	}
	for i, v := range info {
		e.setField(syntaxFilename+i, v)
	}
	return nil
}

func syntaxErrorStr(ts *Thread, e *BaseException) (*Str, error) {
	msg, err := StrOf(ts, e.field(syntaxMsg))
	if err != nil {
		return nil, err
	}
	file := ""
	if s, ok := e.field(syntaxFilename).(*Str); ok {
		file = s.value[strings.LastIndexByte(s.value, '/')+1:]
	}
	lineno, haveLine := e.field(syntaxLineno).(*Int)
	if haveLine && lineno.ext != nil {
		haveLine = false // CPython asks for an exact int here
	}
	switch {
	case file != "" && haveLine:
		return NewStr(msg.value + " (" + file + ", line " + lineno.String() + ")"), nil
	case file != "":
		return NewStr(msg.value + " (" + file + ")"), nil
	case haveLine:
		return NewStr(msg.value + " (line " + lineno.String() + ")"), nil
	}
	return msg, nil
}

// NewSyntaxError returns a SyntaxError (or IndentationError, TabError ...) as the compiler
// reports one: msg, and the location (line numbers and 1-based column offsets; 0 end
// values leave end_lineno and end_offset as given by CPython for a point location). A nil
// text is None.
func NewSyntaxError(t *Type, msg, filename string, lineno, offset int, text Object, endLineno, endOffset int) *BaseException {
	if text == nil {
		text = None
	}
	loc := []Object{NewStr(filename), NewInt(int64(lineno)), NewInt(int64(offset)), text,
		NewInt(int64(endLineno)), NewInt(int64(endOffset))}
	return NewException(t, NewStr(msg), NewTuple(loc))
}
