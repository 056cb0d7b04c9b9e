// Package tokenize is CPython's _tokenize module: TokenizerIter, the C tokenizer that
// Lib/tokenize.py drives, here Taipan's own tokenizer in its tokenize-module mode.
package tokenize

import (
	"strings"
	"unicode/utf8"

	"github.com/taipanpy/taipan/modules/internal/goclass"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/tokenizer"
	"github.com/taipanpy/taipan/vm"
)

// Module is the _tokenize module.
var Module = vm.BuiltinModule{Name: "_tokenize", Init: initModule}

// tokenIter is a TokenizerIter: the tokens of the text its readline gave.
type tokenIter struct {
	cls   *objects.Type
	tz    *tokenizer.Tokenizer
	text  []byte
	extra bool
	done  bool
}

func (it *tokenIter) Type() *objects.Type { return it.cls }

var iterArgs = objects.ArgParser{FuncName: "tokenizeriter", Params: []string{"readline", "extra_tokens", "encoding"},
	MinPos: 1, MaxPos: 1, MinKw: 1}

func initModule(ts *objects.Thread, m *objects.Module) error {
	var cls *objects.Type
	cls, err := goclass.New(ts, goclass.Spec{Module: "_tokenize", Name: "TokenizerIter", Slots: []string{},
		New: func(ts *objects.Thread, sub *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
			return newIter(ts, sub, args, kwnames)
		},
		Methods: []objects.MethodDef{
			goclass.Method("__iter__", objects.MethNoArgs, func(_ *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return self, nil
			}),
			goclass.Method("__next__", objects.MethNoArgs, func(ts *objects.Thread, self objects.Object, _ []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				v, err := next(ts, self)
				if v == nil && err == nil {
					return nil, objects.NewException(objects.StopIterationType)
				}
				return v, err
			}),
		}})
	if err != nil {
		return err
	}
	cls.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	cls.Slots.IterNext = next
	m.Dict.SetStr(objects.NewStr("TokenizerIter"), cls)
	return nil
}

// newIter reads every line readline gives (bytes decoded with encoding, or str) and starts the
// tokenizer on the text.
func newIter(ts *objects.Thread, cls *objects.Type, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	var v [3]objects.Object
	if err := iterArgs.Parse(args, kwnames, v[:]); err != nil {
		return nil, err
	}
	extra, err := objects.IsTrue(ts, v[1])
	if err != nil {
		return nil, err
	}
	var text []byte
	for {
		line, err := objects.Call(ts, v[0], nil, nil)
		if err != nil {
			if e, ok := err.(*objects.BaseException); ok && e.Type().IsSubtype(objects.StopIterationType) {
				break
			}
			return nil, err
		}
		var s string
		switch l := line.(type) {
		case *objects.Str:
			s = l.Value()
		case *objects.Bytes:
			if v[2] == nil || v[2] == objects.None {
				return nil, objects.Errorf(objects.TypeErrorType, "readline() returned a non-string object")
			}
			enc, ok := v[2].(*objects.Str)
			if !ok {
				return nil, objects.Errorf(objects.TypeErrorType, "tokenizeriter() argument 'encoding' must be str, not %s", v[2].Type().Name)
			}
			d, err := objects.DecodeBytes(ts, string(l.Value()), enc.Value(), "strict")
			if err != nil {
				return nil, err
			}
			s = d.Value()
		default:
			return nil, objects.Errorf(objects.TypeErrorType, "readline() returned a non-string object")
		}
		if s == "" {
			break
		}
		text = append(text, s...)
	}
	tz := tokenizer.New(text, "<string>", tokenizer.Options{ExtraTokens: extra})
	if extra {
		tz.Next() // the ENCODING token, which tokenize.py makes itself
	}
	return &tokenIter{cls: cls, tz: tz, text: tz.Source(), extra: extra}, nil
}

// next returns the next (type, string, start, end, line) tuple, or nil at the end.
func next(ts *objects.Thread, o objects.Object) (objects.Object, error) {
	it, ok := o.(*tokenIter)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "'%s' object is not an iterator", o.Type().Name)
	}
	if it.done {
		return nil, nil
	}
	tok, err := it.tz.Next()
	if err != nil {
		it.done = true
		if se, ok := err.(*tokenizer.SyntaxError); ok && strings.HasSuffix(se.Msg, " was never closed") {
			// The tokenize module reports an open bracket at the end of the input, as CPython's
			// tokenizer does in this mode, on the last line.
			e := *se
			e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset = "unexpected EOF in multi-line statement",
				strings.Count(string(it.text), "\n"), 0, 0, 0
			err = &e
		}
		return nil, vm.CompileError(err)
	}
	if tok.Kind == tokenizer.ENDMARKER {
		it.done = true
	}
	startLine := tok.Start.Offset - tok.Start.Col
	endLine := tok.End.Offset - tok.End.Col
	if tok.Start.Line == tok.End.Line {
		endLine = startLine // the implicit final newline ends past the text
	}
	sc, ec := it.charCol(startLine, tok.Start), it.charCol(endLine, tok.End)
	line := it.lines(startLine, tok.End.Offset)
	if tok.Kind == tokenizer.ENDMARKER || (tok.Kind == tokenizer.DEDENT && startLine >= len(it.text)) {
		line = ""
	}
	pos := func(l, c int) objects.Object {
		return objects.NewTuple([]objects.Object{objects.NewInt(int64(l)), objects.NewInt(int64(c))})
	}
	return objects.NewTuple([]objects.Object{
		objects.NewInt(int64(tok.Kind)), objects.NewStr(tok.Text),
		pos(tok.Start.Line, sc), pos(tok.End.Line, ec), objects.NewStr(line),
	}), nil
}

// charCol converts a byte position to the character column tokenize reports.
func (it *tokenIter) charCol(lineStart int, p tokenizer.Pos) int {
	end := lineStart + p.Col
	extra := 0
	if end > len(it.text) {
		extra = end - len(it.text) // the implicit final newline
		end = len(it.text)
	}
	if lineStart > end {
		return p.Col
	}
	return utf8.RuneCount(it.text[lineStart:end]) + extra
}

// lines returns the physical lines from the one starting at from to the one holding the
// token's last character, which ends before to.
func (it *tokenIter) lines(from, to int) string {
	if from >= len(it.text) {
		return ""
	}
	last := max(to-1, from)
	if last >= len(it.text) {
		return string(it.text[from:])
	}
	end := strings.IndexByte(string(it.text[last:]), '\n')
	if end < 0 {
		return string(it.text[from:])
	}
	return string(it.text[from : last+end+1])
}
