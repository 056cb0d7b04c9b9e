package csv

import (
	"fmt"

	"github.com/taipanpy/taipan/internal/pyfmt"

	"github.com/taipanpy/taipan/objects"
)

// parserState is where the reader is in a record.
type parserState int

const (
	startRecord parserState = iota
	startField
	escapedChar
	inField
	inQuotedField
	escapeInQuotedField
	quoteInQuotedField
	eatCRNL
	afterEscapedCRNL
)

// eol is the character the parser is fed at the end of each input line.
const eol rune = -2

// reader is a _csv.reader: an iterator over the records parsed from its input's lines.
type reader struct {
	cls      *objects.Type
	st       *state
	input    objects.Object
	dialect  *dialect
	fields   []objects.Object
	state    parserState
	field    []rune
	unquoted bool // the current field had no quotes around it
	lineNum  int64
}

// Type returns _csv.reader.
func (r *reader) Type() *objects.Type { return r.cls }

// newReaderClass makes _csv.reader, whose instances only reader() makes.
func newReaderClass(ts *objects.Thread, st *state) (*objects.Type, error) {
	t := &objects.Type{Name: "_csv.reader", Flags: objects.TypeFinal,
		Doc: "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n"}
	t.Slots.Iter = func(_ *objects.Thread, o objects.Object) (objects.Object, error) { return o, nil }
	t.Slots.IterNext = func(ts *objects.Thread, o objects.Object) (objects.Object, error) { return o.(*reader).next(ts) }
	t.GetSets = []objects.GetSetDef{
		{Name: "dialect", Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return o.(*reader).dialect, nil
		}},
		{Name: "line_num", Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return objects.NewInt(o.(*reader).lineNum), nil
		}},
	}
	return objects.ReadyType(t), nil
}

// newReader is reader(iterable, dialect='excel', **fmtparams).
func (st *state) newReader(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	pos, kw, err := unpackTuple(args, kwnames, 1, 2)
	if err != nil {
		return nil, err
	}
	it, err := objects.GetIter(ts, pos[0])
	if err != nil {
		return nil, err
	}
	var inst objects.Object
	if len(pos) > 1 {
		inst = pos[1]
	}
	d, err := st.makeDialect(ts, st.dialectCls, inst, kw, kwnames)
	if err != nil {
		return nil, err
	}
	dl, ok := d.(*dialect)
	if !ok {
		return nil, objects.Errorf(objects.TypeErrorType, "dialect must be a _csv.Dialect")
	}
	return &reader{cls: st.readerCls, st: st, input: it, dialect: dl}, nil
}

// next parses the next record, or returns nil at the end of the input.
func (r *reader) next(ts *objects.Thread) (objects.Object, error) {
	r.fields = nil
	r.field = r.field[:0]
	r.state = startRecord
	r.unquoted = false
	for {
		line, err := objects.Next(ts, r.input)
		if err != nil {
			return nil, err
		}
		if line == nil {
			if len(r.field) != 0 || r.state == inQuotedField {
				if r.dialect.strict {
					return nil, r.st.csvError("unexpected end of data")
				}
				if err := r.saveField(ts); err != nil {
					return nil, err
				}
				break
			}
			return nil, nil
		}
		s, ok := line.(*objects.Str)
		if !ok {
			return nil, r.st.csvError(fmt.Sprintf("iterator should return strings, not %s (the file should be opened in text mode)", line.Type().Name))
		}
		r.lineNum++
		for v := s.Value(); v != ""; {
			c, w := pyfmt.DecodeRune(v)
			v = v[w:]
			if err := r.processChar(ts, c); err != nil {
				return nil, err
			}
		}
		if err := r.processChar(ts, eol); err != nil {
			return nil, err
		}
		if r.state == startRecord {
			break
		}
	}
	fields := r.fields
	r.fields = nil
	return objects.NewList(fields), nil
}

// saveField ends the current field and adds it to the record.
func (r *reader) saveField(ts *objects.Thread) error {
	q := r.dialect.quoting
	var field objects.Object
	if r.unquoted && len(r.field) == 0 && (q == quoteNotNull || q == quoteStrings) {
		field = objects.None
	} else {
		field = objects.NewStrFromRunes(r.field)
		if r.unquoted && len(r.field) != 0 && (q == quoteNonNumeric || q == quoteStrings) {
			f, err := objects.ToFloat(ts, field)
			if err != nil {
				return err
			}
			field = f
		}
		r.field = r.field[:0]
	}
	r.fields = append(r.fields, field)
	return nil
}

// addChar adds c to the current field, within the field size limit.
func (r *reader) addChar(c rune) error {
	if int64(len(r.field)) >= r.st.fieldLimit {
		return r.st.csvError(fmt.Sprintf("field larger than field limit (%d)", r.st.fieldLimit))
	}
	r.field = append(r.field, c)
	return nil
}

// endLine saves the field ended by a line end (c) and moves to the state after it.
func (r *reader) endLine(ts *objects.Thread, c rune) error {
	if err := r.saveField(ts); err != nil {
		return err
	}
	if c == eol {
		r.state = startRecord
	} else {
		r.state = eatCRNL
	}
	return nil
}

// processChar feeds one character (or eol) to the state machine.
func (r *reader) processChar(ts *objects.Thread, c rune) error {
	d := r.dialect
	isNL := c == '\n' || c == '\r'
	quoting := d.quoting != quoteNone
	switch r.state {
	case startRecord:
		if c == eol {
			return nil
		}
		if isNL {
			r.state = eatCRNL
			return nil
		}
		r.state = startField
		return r.startField(ts, c)
	case startField:
		return r.startField(ts, c)
	case escapedChar:
		if isNL {
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = afterEscapedCRNL
			return nil
		}
		if c == eol {
			c = '\n'
		}
		if err := r.addChar(c); err != nil {
			return err
		}
		r.state = inField
	case afterEscapedCRNL:
		if c == eol {
			return nil
		}
		return r.inField(ts, c)
	case inField:
		return r.inField(ts, c)
	case inQuotedField:
		switch {
		case c == eol:
		case c == d.escapechar:
			r.state = escapeInQuotedField
		case c == d.quotechar && quoting:
			if d.doublequote {
				r.state = quoteInQuotedField
			} else {
				r.state = inField
			}
		default:
			return r.addChar(c)
		}
	case escapeInQuotedField:
		if c == eol {
			c = '\n'
		}
		if err := r.addChar(c); err != nil {
			return err
		}
		r.state = inQuotedField
	case quoteInQuotedField:
		switch {
		case quoting && c == d.quotechar:
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = inQuotedField
		case c == d.delimiter:
			if err := r.saveField(ts); err != nil {
				return err
			}
			r.state = startField
		case isNL || c == eol:
			return r.endLine(ts, c)
		case !d.strict:
			if err := r.addChar(c); err != nil {
				return err
			}
			r.state = inField
		default:
			return r.st.csvError(fmt.Sprintf("'%c' expected after '%c'", d.delimiter, d.quotechar))
		}
	case eatCRNL:
		switch {
		case isNL:
		case c == eol:
			r.state = startRecord
		default:
			return r.st.csvError("new-line character seen in unquoted field - do you need to open the file with newline=''?")
		}
	}
	return nil
}

func (r *reader) startField(ts *objects.Thread, c rune) error {
	d := r.dialect
	r.unquoted = true
	switch {
	case c == '\n' || c == '\r' || c == eol:
		return r.endLine(ts, c)
	case c == d.quotechar && d.quoting != quoteNone:
		r.unquoted = false
		r.state = inQuotedField
	case c == d.escapechar:
		r.state = escapedChar
	case c == ' ' && d.skipInitialSpace:
	case c == d.delimiter:
		return r.saveField(ts)
	default:
		if err := r.addChar(c); err != nil {
			return err
		}
		r.state = inField
	}
	return nil
}

func (r *reader) inField(ts *objects.Thread, c rune) error {
	d := r.dialect
	switch {
	case c == '\n' || c == '\r' || c == eol:
		return r.endLine(ts, c)
	case c == d.escapechar:
		r.state = escapedChar
	case c == d.delimiter:
		if err := r.saveField(ts); err != nil {
			return err
		}
		r.state = startField
	default:
		return r.addChar(c)
	}
	return nil
}
