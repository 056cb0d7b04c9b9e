package objects

import "github.com/taipanpy/taipan/internal/pyfmt"

// The method tables of str, bytes and bytearray. Each entry names the Go function and its
// calling convention; strWireMethods turns them into the types' MethodDefs.

// textMethodKind is a method's calling convention.
type textMethodKind uint8

const (
	kindNoArgs textMethodKind = iota
	kindO
	kindPositional
	kindKeywords
	// kindStatic is a static method taking positional arguments; kindClass a class method
	// taking one argument.
	kindStatic
	kindClass
)

// textMethod is one method of str, bytes or bytearray.
type textMethod struct {
	name string
	kind textMethodKind
	fn   methodFunc
}

// strNoArgs adapts a method that takes no arguments.
func strNoArgs(qual string, f func(s *Str) Object) methodFunc {
	return func(ts *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := checkNoArgs(qual, args, kwnames); err != nil {
			return nil, err
		}
		return f(self.(*Str)), nil
	}
}

func strPred(name string, f func(s *Str) bool) textMethod {
	return textMethod{name, kindNoArgs, strNoArgs("str."+name, func(s *Str) Object { return NewBool(f(s)) })}
}

func strMapper(name string, f func(s *Str) *Str) textMethod {
	return textMethod{name, kindNoArgs, strNoArgs("str."+name, func(s *Str) Object { return f(s) })}
}

var strMethods = []textMethod{
	strMapper("upper", (*Str).Upper),
	strMapper("lower", (*Str).Lower),
	strMapper("casefold", (*Str).Casefold),
	strMapper("swapcase", (*Str).Swapcase),
	strMapper("capitalize", (*Str).Capitalize),
	strMapper("title", (*Str).Title),
	strPred("isalpha", func(s *Str) bool { return strPredicate(s, false, pyfmt.IsAlpha) }),
	strPred("isalnum", func(s *Str) bool { return strPredicate(s, false, pyfmt.IsAlnum) }),
	strPred("isdigit", func(s *Str) bool { return strPredicate(s, false, pyfmt.IsDigit) }),
	strPred("isdecimal", func(s *Str) bool { return strPredicate(s, false, pyfmt.IsDecimal) }),
	strPred("isnumeric", func(s *Str) bool { return strPredicate(s, false, pyfmt.IsNumeric) }),
	strPred("isspace", func(s *Str) bool { return strPredicate(s, false, pyfmt.IsSpace) }),
	strPred("isprintable", func(s *Str) bool { return strPredicate(s, true, pyfmt.IsPrintable) }),
	strPred("isascii", (*Str).IsASCIIStr),
	strPred("isidentifier", (*Str).IsIdentifier),
	strPred("isupper", (*Str).IsUpper),
	strPred("islower", (*Str).IsLower),
	strPred("istitle", (*Str).IsTitle),
	{"find", kindPositional, strFindMethod("find", 1, false)},
	{"rfind", kindPositional, strFindMethod("rfind", -1, false)},
	{"index", kindPositional, strFindMethod("index", 1, true)},
	{"rindex", kindPositional, strFindMethod("rindex", -1, true)},
	{"count", kindPositional, strCount},
	{"startswith", kindPositional, strTailMethod("startswith", -1)},
	{"endswith", kindPositional, strTailMethod("endswith", 1)},
	{"split", kindKeywords, strSplitMethod("split", false)},
	{"rsplit", kindKeywords, strSplitMethod("rsplit", true)},
	{"splitlines", kindKeywords, strSplitlines},
	{"partition", kindO, strPartitionMethod("str.partition", false)},
	{"rpartition", kindO, strPartitionMethod("str.rpartition", true)},
	{"join", kindO, strJoin},
	{"strip", kindPositional, strStripMethod("strip", 0)},
	{"lstrip", kindPositional, strStripMethod("lstrip", -1)},
	{"rstrip", kindPositional, strStripMethod("rstrip", 1)},
	{"center", kindPositional, strPadMethod("center")},
	{"ljust", kindPositional, strPadMethod("ljust")},
	{"rjust", kindPositional, strPadMethod("rjust")},
	{"zfill", kindO, strZfill},
	{"expandtabs", kindKeywords, strExpandTabs},
	{"replace", kindKeywords, strReplace},
	{"translate", kindO, strTranslate},
	{"removeprefix", kindO, strRemoveAffix("removeprefix", true)},
	{"removesuffix", kindO, strRemoveAffix("removesuffix", false)},
	{"format", kindKeywords, strFormatMethod},
	{"format_map", kindO, strFormatMap},
	{"__format__", kindPositional, strDunderFormat},
	{"encode", kindKeywords, strEncode},
	{"maketrans", kindStatic, func(ts *Thread, _ Object, args []Object, kwnames *Tuple) (Object, error) {
		return StrMaketrans(ts, args, kwnames)
	}},
}

// textMethodTables maps each text type to its methods, for lookups by name.
var textMethodTables = map[*Type]*[]textMethod{}

func init() {
	textMethodTables[StrType] = &strMethods
	textMethodTables[BytesType] = &bytesMethods
	textMethodTables[ByteArrayType] = &byteArrayMethods
	for t, ms := range textMethodTables {
		for _, m := range *ms {
			t.Methods = append(t.Methods, MethodDef{Name: m.name, Func: MethodFunc(m.fn), Flags: m.kind.flags()})
		}
	}
}

// flags returns the calling convention as MethodFlags.
func (k textMethodKind) flags() MethodFlags {
	switch k {
	case kindNoArgs:
		return MethNoArgs
	case kindO:
		return MethO
	case kindKeywords:
		return MethFastcall | MethKeywords
	case kindStatic:
		return MethFastcall | MethStatic
	case kindClass:
		return MethO | MethClass
	}
	return MethFastcall
}

// lookupTextMethod finds a method of a str, bytes or bytearray by name, or nil.
func lookupTextMethod(o Object, name string) methodFunc {
	for t := o.Type(); t != nil; t = t.Base {
		if tab := textMethodTables[t]; tab != nil {
			for _, m := range *tab {
				if m.name == name {
					return m.fn
				}
			}
		}
	}
	return nil
}
