package pyexpat

import (
	"math"

	"github.com/taipanpy/taipan/objects"
)

// xmlparser is a pyexpat.xmlparser: a streaming XML parser that calls Python handlers.
type xmlparser struct {
	scan
	cls *objects.Type
	st  *state

	// Input decoding.
	raw      []byte
	enc      encoding
	encKnown bool
	userEnc  bool
	encErr   int
	pyErr    error
	declErr  error // a Python error about the declared encoding, raised after XmlDeclHandler
	muted    bool  // handlers are not called
	table    [256]rune

	// Where the tokenizer is.
	state       int
	atStart     bool
	stack       []openElement
	entityDepth int // open elements outside the entity being expanded
	external    bool

	// Namespace processing.
	namespaces bool
	nsSep      string
	nsPrefixes bool
	bindings   map[string][]string

	// What the document type declaration said.
	entities        map[string]*entity
	attDefaults     map[string][]attDefault
	attTypes        map[string]map[string]bool // element -> attribute -> declared as something other than CDATA
	sawDoctype      bool
	paramEntities   map[string]bool
	paramEntityRead bool
	dtdSkipDecls    bool
	dtdExternal     bool
	standalone      int

	handlers   [numHandlers]objects.Object
	defaultIdx int

	bufferText          bool
	bufferSize          int
	charBuf             []byte
	charBufLen          int
	orderedAttributes   bool
	specifiedAttributes bool
	intern              *objects.Dict
	base                string
	hasBase             bool

	started  bool
	finished bool
	errCode  int
	errPos   position
	errFrom  position // where the call that failed began
	// errLines and errCols are how far the error is from errFrom: each later call fails
	// again that much further on, as expat counts that stretch again.
	errLines, errCols  int64
	inCallback         int
	reparseDeferral    bool
	partialBefore      int
	consumed           int64
	useForeignDTD      bool
	paramEntityParsing int
	foreignDone        bool
}

// Type returns pyexpat.xmlparser.
func (p *xmlparser) Type() *objects.Type { return p.cls }

// newParser makes a parser; encoding "" leaves the document to tell its encoding.
func (st *state) newParser(encodingName string, hasEncoding bool, nsSep string, namespaces bool, intern *objects.Dict) *xmlparser {
	p := &xmlparser{cls: st.parserCls, st: st, namespaces: namespaces, nsSep: nsSep, intern: intern,
		bindings: map[string][]string{}, entities: map[string]*entity{}, attDefaults: map[string][]attDefault{}, attTypes: map[string]map[string]bool{}, paramEntities: map[string]bool{},
		standalone: -1, bufferSize: 8192, atStart: true, reparseDeferral: true}
	p.cur = position{line: 1}
	if hasEncoding {
		p.userEnc = true
		if e, ok := lookupEncoding(encodingName); ok {
			p.enc = e
		} else {
			p.tableEncoding(encodingName)
		}
	}
	return p
}

// tableEncoding sets up a single-byte encoding Python's codecs know, as pyexpat's unknown
// encoding handler does. A codec that is missing or not single-byte is an error, raised
// when parsing starts.
func (p *xmlparser) tableEncoding(name string) {
	if p.st.ts == nil {
		p.pyErr = objects.Errorf(objects.LookupErrorType, "unknown encoding: %s", name)
		return
	}
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	res, err := objects.CallMethod(p.st.ts, objects.NewBytes(all), "decode", objects.NewStr(name), objects.NewStr("replace"))
	if err != nil {
		p.pyErr = err
		return
	}
	s, ok := res.(*objects.Str)
	if !ok {
		p.pyErr = objects.Errorf(objects.TypeErrorType, "decoder did not return a str object")
		return
	}
	rs := []rune(s.Value())
	if len(rs) != 256 {
		p.pyErr = objects.Errorf(objects.ValueErrorType, "multi-byte encodings are not supported")
		return
	}
	for i, r := range rs {
		if r == 0xFFFD {
			r = badRune
		}
		p.table[i] = r
	}
	p.enc = encTable
}

// parse feeds data to the parser, as Parse and ParseFile do.
func (p *xmlparser) parse(ts *objects.Thread, data []byte, final bool) (objects.Object, error) {
	if p.finished {
		return nil, p.setError(&xmlError{code: errFinished, pos: p.position()})
	}
	if p.errCode != 0 {
		// expat fails again with the same error, its place moved on by the stretch from
		// where the failed call began to the error, which expat counts once more.
		e := p.errPos
		if p.errLines == 0 {
			e.col += p.errCols
		} else {
			e.line += p.errLines
		}
		p.errPos = e
		return nil, p.st.expatError(p.errCode, e)
	}
	p.started = true
	prev := p.st.ts
	p.st.ts = ts
	defer func() { p.st.ts = prev }()
	if err := p.feed(data, final); err != nil {
		return nil, err
	}
	p.final = final
	if p.pyErr != nil {
		err := p.pyErr
		p.pyErr = nil
		p.errCode, p.errPos = errUnknownEncoding, p.cur
		return nil, err
	}
	deferred := !final && p.reparseDeferral && p.partialBefore > 0 && len(p.buf) < 2*p.partialBefore
	p.errFrom = p.cur
	if !deferred {
		before := p.consumed
		err := p.run(ts)
		if err == nil && final {
			err = p.finish()
		}
		if err != nil {
			if xe, ok := err.(*xmlError); ok {
				return nil, p.setError(xe)
			}
			// A handler raised: like pyexpat, the parser stops for good, after the token
			// whose handler it was, which is scanned again without handlers to find its end.
			p.muted = true
			p.step(ts)
			p.errCode, p.errPos, p.finished = errAborted, p.cur, true
			return nil, err
		}
		// Like expat, a call that could not finish the token it started on waits until
		// the input has doubled before trying again.
		p.partialBefore = 0
		if p.consumed == before {
			p.partialBefore = len(p.buf)
		}
	}
	if final {
		p.finished = true
	}
	if err := p.flush(ts); err != nil {
		return nil, err
	}
	return objects.NewInt(1), nil
}

// setError records a parse error and returns the ExpatError for it.
func (p *xmlparser) setError(e *xmlError) error {
	p.errCode, p.errPos = e.code, e.pos
	p.errLines, p.errCols = e.pos.line-p.errFrom.line, e.pos.col-p.errFrom.col
	return p.st.expatError(e.code, e.pos)
}

// expatError makes an ExpatError with its code, lineno and offset attributes.
func (st *state) expatError(code int, pos position) error {
	exc := objects.NewException(st.errorCls, objects.NewStr((&xmlError{code: code, pos: pos}).Error()))
	ts := st.ts
	if ts != nil {
		for _, kv := range []struct {
			k string
			v int64
		}{{"code", int64(code)}, {"offset", pos.col}, {"lineno", pos.line}} {
			if err := objects.SetAttr(ts, exc, objects.NewStr(kv.k), objects.NewInt(kv.v)); err != nil {
				return err
			}
		}
	}
	return exc
}

// position reports where the parser is: at the error after one.
func (p *xmlparser) position() position {
	if p.errCode != 0 {
		return p.errPos
	}
	return p.cur
}

// finishExternal is finish for a parser of an external entity, which holds content.
func (p *xmlparser) finishExternal() error {
	if len(p.buf) > 0 {
		return p.fail(errUnclosedToken, 0)
	}
	if len(p.stack) > 0 {
		return p.fail(errAsyncEntity, 0)
	}
	return nil
}

// clampInt is n as a Go int, saturating.
func clampInt(n int64) int {
	if n > math.MaxInt32 {
		return math.MaxInt32
	}
	return int(n)
}
