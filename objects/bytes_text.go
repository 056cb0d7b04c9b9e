package objects

import "strings"

// The str-like methods that bytes and bytearray share: ASCII case mapping and predicates,
// stripping, searching, joining, replacing and splitting. They work on bytes, never on code
// points, and the results of bytearray's are bytearrays.

// sameKind returns s as a bytearray when self is one and as bytes otherwise.
func sameKind(self Object, s string) Object {
	if _, ok := self.(*ByteArray); ok {
		return NewByteArray([]byte(s))
	}
	return NewBytesString(s)
}

func selfBytes(self Object) string {
	v, _ := bytesOf(self)
	return v
}

// BytesLike returns the contents of a bytes-like object (bytes, bytearray, memoryview), or
// the TypeError for anything else.
func BytesLike(o Object) ([]byte, error) {
	v, err := bytesArg(o)
	if err != nil {
		return nil, err
	}
	return []byte(v), nil
}

// bytesArg converts an argument that must be bytes-like.
func bytesArg(o Object) (string, error) {
	if v, ok := bytesOf(o); ok {
		return v, nil
	}
	return "", Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func isASCIISpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }
func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// bytesMap builds a method that maps every byte through f, given whether the byte follows a
// cased letter (for title and capitalize).
func bytesMap(name string, f func(c byte, i int, afterCased bool) byte) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkNoArgs("bytes."+name, args, kwnames); err != nil {
			return nil, err
		}
		v := selfBytes(self)
		out := make([]byte, len(v))
		cased := false
		for i := 0; i < len(v); i++ {
			out[i] = f(v[i], i, cased)
			cased = isASCIIAlpha(v[i])
		}
		return sameKind(self, string(out)), nil
	}
}

// bytesTest builds a predicate method: true when the bytes are non-empty, every byte passes
// each, and (when some is given) at least one byte passes some.
func bytesTest(name string, each, some func(byte) bool) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkNoArgs("bytes."+name, args, kwnames); err != nil {
			return nil, err
		}
		v := selfBytes(self)
		found := some == nil
		for i := 0; i < len(v); i++ {
			if !each(v[i]) {
				return False, nil
			}
			if some != nil && some(v[i]) {
				found = true
			}
		}
		return NewBool(len(v) > 0 && found), nil
	}
}

func bytesIsTitle(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkNoArgs("bytes.istitle", args, kwnames); err != nil {
		return nil, err
	}
	v := selfBytes(self)
	cased, prevCased := false, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isASCIIUpper(c):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case isASCIILower(c):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return NewBool(cased), nil
}

// bytesStrip builds strip, lstrip and rstrip: which is 1 for the left, 2 for the right, 3 both.
func bytesStrip(name string, which int) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkPositional("bytes."+name, args, kwnames, 0, 1); err != nil {
			return nil, err
		}
		v := selfBytes(self)
		strip := isASCIISpace
		if len(args) == 1 && args[0] != None {
			chars, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			strip = func(c byte) bool { return strings.IndexByte(chars, c) >= 0 }
		}
		lo, hi := 0, len(v)
		if which&1 != 0 {
			for lo < hi && strip(v[lo]) {
				lo++
			}
		}
		if which&2 != 0 {
			for hi > lo && strip(v[hi-1]) {
				hi--
			}
		}
		return sameKind(self, v[lo:hi]), nil
	}
}

// bytesSearchArgs parses (sub[, start[, end]]) where sub is bytes-like or an int byte value,
// returning sub and the adjusted range.
func bytesSearchArgs(ts *Thread, name string, self string, args []Object, kwnames *Tuple) (string, int, int, error) {
	if err := checkPositional("bytes."+name, args, kwnames, 1, 3); err != nil {
		return "", 0, 0, err
	}
	sub, ok := bytesOf(args[0])
	if !ok {
		if _, isInt := asInt(args[0]); !isInt && args[0].Type().Slots.Index == nil {
			return "", 0, 0, Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", args[0].Type().Name)
		}
		b, err := indexValue(ts, args[0])
		if err != nil {
			return "", 0, 0, err
		}
		if b < 0 || b > 255 {
			return "", 0, 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		sub = string([]byte{byte(b)})
	}
	start, end, err := rangeArgs(ts, args[1:])
	if err != nil {
		return "", 0, 0, err
	}
	start, end = adjustRange(start, end, len(self))
	return sub, start, end, nil
}

func bytesFind(name string, dir int, raise bool) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		v := selfBytes(self)
		sub, start, end, err := bytesSearchArgs(ts, name, v, args, kwnames)
		if err != nil {
			return nil, err
		}
		i := -1
		if start <= len(v) && end-start >= len(sub) {
			if dir < 0 {
				i = strings.LastIndex(v[start:end], sub)
			} else {
				i = strings.Index(v[start:end], sub)
			}
			if i >= 0 {
				i += start
			}
		}
		if i < 0 && raise {
			return nil, Errorf(ValueErrorType, "subsection not found")
		}
		return NewInt(int64(i)), nil
	}
}

func bytesCount(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	v := selfBytes(self)
	sub, start, end, err := bytesSearchArgs(ts, "count", v, args, kwnames)
	if err != nil {
		return nil, err
	}
	if start > len(v) || end-start < len(sub) {
		return NewInt(0), nil
	}
	if sub == "" {
		return NewInt(int64(end - start + 1)), nil
	}
	return NewInt(int64(strings.Count(v[start:end], sub))), nil
}

// bytesTail builds startswith (dir 1) and endswith (dir -1).
func bytesTail(name string, dir int) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkPositional("bytes."+name, args, kwnames, 1, 3); err != nil {
			return nil, err
		}
		v := selfBytes(self)
		start, end, err := rangeArgs(ts, args[1:])
		if err != nil {
			return nil, err
		}
		start, end = adjustRange(start, end, len(v))
		var affixes []Object
		if t, ok := args[0].(*Tuple); ok {
			affixes = t.items
		} else {
			affixes = []Object{args[0]}
		}
		for _, a := range affixes {
			s, ok := bytesOf(a)
			if !ok {
				if _, isTuple := args[0].(*Tuple); isTuple {
					return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", a.Type().Name)
				}
				return nil, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, a.Type().Name)
			}
			if start > len(v) || end-start < len(s) {
				continue
			}
			if (dir > 0 && strings.HasPrefix(v[start:end], s)) || (dir < 0 && strings.HasSuffix(v[start:end], s)) {
				return True, nil
			}
		}
		return False, nil
	}
}

func bytesJoin(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("bytes.join", args, kwnames); err != nil {
		return nil, err
	}
	items, err := IterableItems(ts, args[0])
	if err != nil {
		return nil, err
	}
	sep := selfBytes(self)
	var b strings.Builder
	for i, it := range items {
		s, ok := bytesOf(it)
		if !ok {
			return nil, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, it.Type().Name)
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s)
	}
	return sameKind(self, b.String()), nil
}

func bytesReplace(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkPositional("bytes.replace", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	old, err := bytesArg(args[0])
	if err != nil {
		return nil, err
	}
	repl, err := bytesArg(args[1])
	if err != nil {
		return nil, err
	}
	n := -1
	if len(args) == 3 {
		if n, err = indexValue(ts, args[2]); err != nil {
			return nil, err
		}
	}
	return sameKind(self, strings.Replace(selfBytes(self), old, repl, n)), nil
}

// bytesSplit builds split (dir 1) and rsplit (dir -1).
func bytesSplit(name string, dir int) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		a, err := parseKwArgs(name, args, kwnames, []string{"sep", "maxsplit"}, 0, 0)
		if err != nil {
			return nil, err
		}
		max := -1
		if a[1] != nil {
			if max, err = indexValue(ts, a[1]); err != nil {
				return nil, err
			}
		}
		v := selfBytes(self)
		var parts []string
		if a[0] == nil || a[0] == None {
			parts = splitWhitespaceBytes(v, max, dir)
		} else {
			sep, err := bytesArg(a[0])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			parts = splitSepBytes(v, sep, max, dir)
		}
		out := make([]Object, len(parts))
		for i, p := range parts {
			out[i] = sameKind(self, p)
		}
		return NewList(out), nil
	}
}

// splitSepBytes splits v at sep at most max times (all when max < 0), from the right when
// dir < 0.
func splitSepBytes(v, sep string, max, dir int) []string {
	if dir < 0 {
		return rsplitSep(v, sep, max)
	}
	if max >= 0 {
		return strings.SplitN(v, sep, max+1)
	}
	return strings.Split(v, sep)
}

// splitWhitespaceBytes splits v at runs of ASCII whitespace, dropping empty pieces.
func splitWhitespaceBytes(v string, max, dir int) []string {
	var parts []string
	if dir > 0 {
		i := 0
		for {
			for i < len(v) && isASCIISpace(v[i]) {
				i++
			}
			if i == len(v) {
				return parts
			}
			if max == 0 {
				return append(parts, v[i:])
			}
			j := i
			for j < len(v) && !isASCIISpace(v[j]) {
				j++
			}
			parts = append(parts, v[i:j])
			i = j
			max--
		}
	}
	var rev []string
	j := len(v)
	for {
		for j > 0 && isASCIISpace(v[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if max == 0 {
			rev = append(rev, v[:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpace(v[i-1]) {
			i--
		}
		rev = append(rev, v[i:j])
		j = i
		max--
	}
	for i := len(rev) - 1; i >= 0; i-- {
		parts = append(parts, rev[i])
	}
	return parts
}

// bytesPartition builds partition (dir 1) and rpartition (dir -1).
func bytesPartition(name string, dir int) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkOneArg("bytes."+name, args, kwnames); err != nil {
			return nil, err
		}
		sep, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, Errorf(ValueErrorType, "empty separator")
		}
		v := selfBytes(self)
		var i int
		if dir > 0 {
			i = strings.Index(v, sep)
		} else {
			i = strings.LastIndex(v, sep)
		}
		if i < 0 {
			if dir > 0 {
				return NewTuple([]Object{sameKind(self, v), sameKind(self, ""), sameKind(self, "")}), nil
			}
			return NewTuple([]Object{sameKind(self, ""), sameKind(self, ""), sameKind(self, v)}), nil
		}
		return NewTuple([]Object{sameKind(self, v[:i]), sameKind(self, sep), sameKind(self, v[i+len(sep):])}), nil
	}
}

// bytesTextMethods are the methods above, shared by bytes and bytearray.
var bytesTextMethods = []textMethod{
	{"lower", kindNoArgs, bytesMap("lower", func(c byte, _ int, _ bool) byte { return asciiLower(c) })},
	{"upper", kindNoArgs, bytesMap("upper", func(c byte, _ int, _ bool) byte { return asciiUpper(c) })},
	{"swapcase", kindNoArgs, bytesMap("swapcase", func(c byte, _ int, _ bool) byte {
		if isASCIILower(c) {
			return asciiUpper(c)
		}
		return asciiLower(c)
	})},
	{"capitalize", kindNoArgs, bytesMap("capitalize", func(c byte, i int, _ bool) byte {
		if i == 0 {
			return asciiUpper(c)
		}
		return asciiLower(c)
	})},
	{"title", kindNoArgs, bytesMap("title", func(c byte, _ int, afterCased bool) byte {
		if afterCased {
			return asciiLower(c)
		}
		return asciiUpper(c)
	})},
	{"isdigit", kindNoArgs, bytesTest("isdigit", isASCIIDigit, nil)},
	{"isalpha", kindNoArgs, bytesTest("isalpha", isASCIIAlpha, nil)},
	{"isalnum", kindNoArgs, bytesTest("isalnum", func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) }, nil)},
	{"isspace", kindNoArgs, bytesTest("isspace", isASCIISpace, nil)},
	{"islower", kindNoArgs, bytesTest("islower", func(c byte) bool { return !isASCIIUpper(c) }, isASCIILower)},
	{"isupper", kindNoArgs, bytesTest("isupper", func(c byte) bool { return !isASCIILower(c) }, isASCIIUpper)},
	{"istitle", kindNoArgs, bytesIsTitle},
	{"strip", kindPositional, bytesStrip("strip", 3)},
	{"lstrip", kindPositional, bytesStrip("lstrip", 1)},
	{"rstrip", kindPositional, bytesStrip("rstrip", 2)},
	{"find", kindPositional, bytesFind("find", 1, false)},
	{"rfind", kindPositional, bytesFind("rfind", -1, false)},
	{"index", kindPositional, bytesFind("index", 1, true)},
	{"rindex", kindPositional, bytesFind("rindex", -1, true)},
	{"count", kindPositional, bytesCount},
	{"startswith", kindPositional, bytesTail("startswith", 1)},
	{"endswith", kindPositional, bytesTail("endswith", -1)},
	{"join", kindO, bytesJoin},
	{"replace", kindPositional, bytesReplace},
	{"split", kindKeywords, bytesSplit("split", 1)},
	{"rsplit", kindKeywords, bytesSplit("rsplit", -1)},
	{"partition", kindO, bytesPartition("partition", 1)},
	{"rpartition", kindO, bytesPartition("rpartition", -1)},
}

// bytesPad builds center, ljust and rjust: the bytes padded to width with a fill byte.
func bytesPad(name string) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkPositional("bytes."+name, args, kwnames, 1, 2); err != nil {
			return nil, err
		}
		width, err := indexValue(ts, args[0])
		if err != nil {
			return nil, err
		}
		fill := byte(' ')
		if len(args) == 2 {
			f, ok := bytesOf(args[1])
			if !ok || len(f) != 1 {
				return nil, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, args[1].Type().Name)
			}
			fill = f[0]
		}
		v := selfBytes(self)
		pad := width - len(v)
		if pad <= 0 {
			return sameKind(self, v), nil
		}
		var left int
		switch name {
		case "rjust":
			left = pad
		case "center":
			// CPython puts the odd byte on the left when the width is odd.
			left = pad/2 + (pad & width & 1)
		}
		fills := strings.Repeat(string(fill), pad)
		return sameKind(self, fills[:left]+v+fills[left:]), nil
	}
}

func bytesZfill(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkOneArg("bytes.zfill", args, kwnames); err != nil {
		return nil, err
	}
	width, err := indexValue(ts, args[0])
	if err != nil {
		return nil, err
	}
	v := selfBytes(self)
	pad := width - len(v)
	if pad <= 0 {
		return sameKind(self, v), nil
	}
	zeros := strings.Repeat("0", pad)
	if v != "" && (v[0] == '+' || v[0] == '-') {
		return sameKind(self, v[:1]+zeros+v[1:]), nil
	}
	return sameKind(self, zeros+v), nil
}

// bytesPadMethods are center, ljust, rjust and zfill.
var bytesPadMethods = []textMethod{
	{"center", kindPositional, bytesPad("center")},
	{"ljust", kindPositional, bytesPad("ljust")},
	{"rjust", kindPositional, bytesPad("rjust")},
	{"zfill", kindO, bytesZfill},
}

// bytesAffix builds removeprefix (dir 1) and removesuffix (dir -1).
func bytesAffix(name string, dir int) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkOneArg("bytes."+name, args, kwnames); err != nil {
			return nil, err
		}
		affix, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		v := selfBytes(self)
		if dir > 0 {
			v = strings.TrimPrefix(v, affix)
		} else {
			v = strings.TrimSuffix(v, affix)
		}
		return sameKind(self, v), nil
	}
}

var splitlinesArgs = ArgParser{FuncName: "splitlines", Params: []string{"keepends"}, MaxPos: 1}

// bytesSplitlines splits at \n, \r and \r\n, the only line boundaries bytes know.
func bytesSplitlines(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var a [1]Object
	if err := splitlinesArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	keep := false
	if a[0] != nil {
		k, err := indexValue(ts, a[0])
		if err != nil {
			return nil, err
		}
		keep = k != 0
	}
	v := selfBytes(self)
	var out []Object
	for i := 0; i < len(v); {
		j := i
		for j < len(v) && v[j] != '\n' && v[j] != '\r' {
			j++
		}
		eol := j
		if j < len(v) {
			if v[j] == '\r' && j+1 < len(v) && v[j+1] == '\n' {
				j += 2
			} else {
				j++
			}
		}
		if keep {
			eol = j
		}
		out = append(out, sameKind(self, v[i:eol]))
		i = j
	}
	return NewList(out), nil
}

// bytesMoreMethods are isascii, removeprefix, removesuffix, splitlines, maketrans and
// translate.
var bytesMoreMethods = []textMethod{
	{"isascii", kindNoArgs, func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		return NewBool(isASCIIOnly(selfBytes(self))), nil
	}},
	{"removeprefix", kindO, bytesAffix("removeprefix", 1)},
	{"removesuffix", kindO, bytesAffix("removesuffix", -1)},
	{"splitlines", kindKeywords, bytesSplitlines},
	{"maketrans", kindStatic, bytesMaketrans},
	{"translate", kindKeywords, bytesTranslate},
}

// bytesSharedMethods lists every method bytes and bytearray share beyond decode and hex.
func bytesSharedMethods() []textMethod {
	all := append([]textMethod(nil), bytesTextMethods...)
	all = append(all, bytesPadMethods...)
	return append(all, bytesMoreMethods...)
}

// bytesMaketrans is the static method maketrans(frm, to): the 256-byte table mapping each
// byte of frm to the byte of to at the same position.
func bytesMaketrans(ts *Thread, _ Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := checkPositional("bytes.maketrans", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	frm, err := bytesArg(args[0])
	if err != nil {
		return nil, err
	}
	to, err := bytesArg(args[1])
	if err != nil {
		return nil, err
	}
	if len(frm) != len(to) {
		return nil, Errorf(ValueErrorType, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(frm); i++ {
		table[frm[i]] = to[i]
	}
	return NewBytes(table), nil
}

var translateArgs = ArgParser{FuncName: "translate", Params: []string{"", "delete"}, PosOnly: 1, MinPos: 1, MaxPos: 2}

// bytesTranslate maps every byte through a 256-byte table (None keeps it) after dropping
// the bytes in delete.
func bytesTranslate(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var a [2]Object
	if err := translateArgs.Parse(args, kwnames, a[:]); err != nil {
		return nil, err
	}
	var table string
	if a[0] != None {
		t, err := bytesArg(a[0])
		if err != nil {
			return nil, err
		}
		if len(t) != 256 {
			return nil, Errorf(ValueErrorType, "translation table must be 256 characters long")
		}
		table = t
	}
	var del string
	if a[1] != nil {
		d, err := bytesArg(a[1])
		if err != nil {
			return nil, err
		}
		del = d
	}
	v := selfBytes(self)
	out := make([]byte, 0, len(v))
	for i := 0; i < len(v); i++ {
		c := v[i]
		if strings.IndexByte(del, c) >= 0 {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	return sameKind(self, string(out)), nil
}
