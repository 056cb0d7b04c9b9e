package csv

import (
	"fmt"

	"github.com/taipanpy/taipan/internal/pyfmt"

	"github.com/taipanpy/taipan/objects"
)

// writer is a _csv.writer: it formats records and passes each line to its file's write.
type writer struct {
	cls     *objects.Type
	st      *state
	write   objects.Object
	dialect *dialect
	rec     []byte // the record being built, in the encoding of strs
	nfields int
}

// Type returns _csv.writer.
func (w *writer) Type() *objects.Type { return w.cls }

// newWriterClass makes _csv.writer, whose instances only writer() makes.
func newWriterClass(ts *objects.Thread, st *state) (*objects.Type, error) {
	t := &objects.Type{Name: "_csv.writer", Flags: objects.TypeFinal,
		Doc: "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n"}
	t.Methods = []objects.MethodDef{
		{Name: "writerow", Flags: objects.MethO,
			Doc: "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  Non-string\nelements will be converted to string.",
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return self.(*writer).writeRow(ts, args[0])
			}},
		{Name: "writerows", Flags: objects.MethO,
			Doc: "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file.  Non-string\nelements will be converted to string.",
			Func: func(ts *objects.Thread, self objects.Object, args []objects.Object, _ *objects.Tuple) (objects.Object, error) {
				return self.(*writer).writeRows(ts, args[0])
			}},
	}
	t.GetSets = []objects.GetSetDef{
		{Name: "dialect", Get: func(_ *objects.Thread, o objects.Object) (objects.Object, error) {
			return o.(*writer).dialect, nil
		}},
	}
	return objects.ReadyType(t), nil
}

// newWriter is writer(fileobj, dialect='excel', **fmtparams).
func (st *state) newWriter(ts *objects.Thread, _ objects.Object, args []objects.Object, kwnames *objects.Tuple) (objects.Object, error) {
	pos, kw, err := unpackTuple(args, kwnames, 1, 2)
	if err != nil {
		return nil, err
	}
	write, err := objects.GetAttr(ts, pos[0], objects.NewStr("write"))
	if err != nil {
		if !objects.IsException(err.(objects.Object), objects.AttributeErrorType) {
			return nil, err
		}
		write = nil
	}
	if write == nil || write.Type().Slots.Call == nil {
		return nil, objects.Errorf(objects.TypeErrorType, "argument 1 must have a \"write\" method")
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
	return &writer{cls: st.writerCls, st: st, write: write, dialect: dl}, nil
}

// isNumber is PyNumber_Check: whether o converts to a number.
func isNumber(o objects.Object) bool {
	s := &o.Type().Slots
	return s.Index != nil || s.Int != nil || s.Float != nil || o.Type().IsSubtype(objects.ComplexType)
}

func (w *writer) writeRow(ts *objects.Thread, seq objects.Object) (objects.Object, error) {
	d := w.dialect
	it, err := objects.GetIter(ts, seq)
	if err != nil {
		if objects.IsException(err.(objects.Object), objects.TypeErrorType) {
			return nil, w.st.csvError(fmt.Sprintf("iterable expected, not %s", seq.Type().Name))
		}
		return nil, err
	}
	w.rec = w.rec[:0]
	w.nfields = 0
	nullField := false
	for {
		field, err := objects.Next(ts, it)
		if err != nil {
			return nil, err
		}
		if field == nil {
			break
		}
		var quoted bool
		switch d.quoting {
		case quoteNonNumeric:
			quoted = !isNumber(field)
		case quoteAll:
			quoted = true
		case quoteStrings:
			_, quoted = field.(*objects.Str)
		case quoteNotNull:
			quoted = field != objects.None
		}
		nullField = field == objects.None
		var s *objects.Str
		switch f := field.(type) {
		case *objects.Str:
			s = f
		default:
			if !nullField {
				if s, err = objects.StrOf(ts, field); err != nil {
					return nil, err
				}
			}
		}
		if err := w.appendField(s, quoted); err != nil {
			return nil, err
		}
	}
	if w.nfields > 0 && len(w.rec) == 0 {
		if d.quoting == quoteNone || (nullField && (d.quoting == quoteStrings || d.quoting == quoteNotNull)) {
			return nil, w.st.csvError("single empty field record must be quoted")
		}
		w.nfields--
		if err := w.appendField(nil, true); err != nil {
			return nil, err
		}
	}
	w.rec = append(w.rec, d.lineterminator.Value()...)
	return objects.Call(ts, w.write, []objects.Object{objects.NewStr(string(w.rec))}, nil)
}

// appendField adds a field (nil for None) to the record, quoting or escaping as the dialect
// requires.
func (w *writer) appendField(field *objects.Str, quoted bool) error {
	d := w.dialect
	var v string
	if field != nil {
		v = field.Value()
	}
	if v == "" && d.delimiter == ' ' && d.skipInitialSpace {
		if d.quoting == quoteNone || (field == nil && (d.quoting == quoteStrings || d.quoting == quoteNotNull)) {
			return w.st.csvError("empty field must be quoted if delimiter is a space and skipinitialspace is true")
		}
		quoted = true
	}
	// The field is escaped first, since a character needing quotes anywhere quotes it whole.
	body := make([]byte, 0, len(v)+2)
	for v != "" {
		c, n := pyfmt.DecodeRune(v)
		v = v[n:]
		if c == d.delimiter || c == d.escapechar || c == d.quotechar || c == '\n' || c == '\r' || containsRune(d.lineterminator, c) {
			escape := false
			if d.quoting == quoteNone {
				escape = true
			} else {
				if c == d.quotechar {
					if d.doublequote {
						body = pyfmt.AppendRune(body, d.quotechar)
					} else {
						escape = true
					}
				} else if c == d.escapechar {
					escape = true
				}
				if !escape {
					quoted = true
				}
			}
			if escape {
				if d.escapechar == notSet {
					return w.st.csvError("need to escape, but no escapechar set")
				}
				body = pyfmt.AppendRune(body, d.escapechar)
			}
		}
		body = pyfmt.AppendRune(body, c)
	}
	if w.nfields > 0 {
		w.rec = pyfmt.AppendRune(w.rec, d.delimiter)
	}
	if quoted {
		w.rec = pyfmt.AppendRune(w.rec, d.quotechar)
	}
	w.rec = append(w.rec, body...)
	if quoted {
		w.rec = pyfmt.AppendRune(w.rec, d.quotechar)
	}
	w.nfields++
	return nil
}

func (w *writer) writeRows(ts *objects.Thread, rows objects.Object) (objects.Object, error) {
	it, err := objects.GetIter(ts, rows)
	if err != nil {
		return nil, err
	}
	for {
		row, err := objects.Next(ts, it)
		if err != nil {
			return nil, err
		}
		if row == nil {
			return objects.None, nil
		}
		if _, err := w.writeRow(ts, row); err != nil {
			return nil, err
		}
	}
}
