package objects

import "strings"

// Argument parsing for built-in functions, with the messages of CPython's Argument Clinic.

// CheckPositional checks the number of positional arguments of a function taking only
// positional ones, as Argument Clinic's _PyArg_CheckPositional does:
// "startswith expected at least 1 argument, got 0".
func CheckPositional(name string, nargs, min, max int) error {
	if nargs < min {
		qual := "at least "
		if min == max {
			qual = ""
		}
		return Errorf(TypeErrorType, "%s expected %s%d argument%s, got %d", name, qual, min, pluralS(min), nargs)
	}
	if nargs > max {
		qual := "at most "
		if min == max {
			qual = ""
		}
		return Errorf(TypeErrorType, "%s expected %s%d argument%s, got %d", name, qual, max, pluralS(max), nargs)
	}
	return nil
}

// NoKeywords rejects keyword arguments for a function named name, as _PyArg_NoKwnames:
// "name() takes no keyword arguments".
func NoKeywords(name string, kwnames *Tuple) error {
	if kwnames.Len() == 0 {
		return nil
	}
	return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ArgParser binds the positional and keyword arguments of a built-in function to its
// parameters, as Argument Clinic's _PyArg_UnpackKeywords does, with its messages. Declare
// one per function, as a package-level value:
//
//	// split(self, /, sep=None, maxsplit=-1)
//	var splitArgs = ArgParser{FuncName: "split", Params: []string{"sep", "maxsplit"}, MaxPos: 2}
//
// Parameters are, in order: PosOnly positional-only ones, then ones that may be passed
// either way, up to MaxPos, then keyword-only ones. The first MinPos are required, and so
// are the first MinKw keyword-only ones.
type ArgParser struct {
	// FuncName names the function in messages ("split").
	FuncName string
	// Params names every parameter, the positional-only ones included.
	Params []string
	// PosOnly counts the positional-only parameters.
	PosOnly int
	// MinPos counts the required positional parameters; MaxPos the parameters that can be
	// passed by position.
	MinPos, MaxPos int
	// MinKw counts the required keyword-only parameters.
	MinKw int
}

// Parse stores the argument of each parameter in out (len(out) == len(p.Params)), nil for a
// parameter not given. args holds the positional arguments followed by the values of the
// keywords named by kwnames. It does not allocate unless it fails.
func (p *ArgParser) Parse(args []Object, kwnames *Tuple, out []Object) error {
	nkw := kwnames.Len()
	nargs := len(args) - nkw
	clear(out)
	if nkw == 0 && p.MinKw == 0 && p.MinPos <= nargs && nargs <= p.MaxPos {
		copy(out, args[:nargs])
		return nil
	}
	maxArgs := len(p.Params)
	if nargs+nkw > maxArgs {
		kw := ""
		if nargs == 0 {
			kw = "keyword "
		}
		return Errorf(TypeErrorType, "%s() takes at most %d %sargument%s (%d given)", p.FuncName, maxArgs, kw, pluralS(maxArgs), nargs+nkw)
	}
	if nargs > p.MaxPos {
		if p.MaxPos == 0 {
			return Errorf(TypeErrorType, "%s() takes no positional arguments", p.FuncName)
		}
		qual := "exactly"
		if p.MinPos < p.MaxPos {
			qual = "at most"
		}
		return Errorf(TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", p.FuncName, qual, p.MaxPos, pluralS(p.MaxPos), nargs)
	}
	if minPosOnly := min(p.PosOnly, p.MinPos); nargs < minPosOnly {
		qual := "exactly"
		if minPosOnly < p.MaxPos {
			qual = "at least"
		}
		return Errorf(TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", p.FuncName, qual, minPosOnly, pluralS(minPosOnly), nargs)
	}
	copy(out, args[:nargs])
	reqLimit := p.MinPos
	if p.MinKw > 0 {
		reqLimit = p.MaxPos + p.MinKw
	}
	kwValues := args[nargs:]
	remaining := nkw
	for i := max(nargs, p.PosOnly); i < maxArgs; i++ {
		var v Object
		if remaining > 0 {
			v = findKeyword(kwnames, kwValues, p.Params[i])
		} else if i >= reqLimit {
			break
		}
		out[i] = v
		if v != nil {
			remaining--
		} else if i < p.MinPos || (p.MaxPos <= i && i < reqLimit) {
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", p.FuncName, p.Params[i], i+1)
		}
	}
	if remaining > 0 {
		for i := p.PosOnly; i < nargs; i++ {
			if findKeyword(kwnames, kwValues, p.Params[i]) != nil {
				return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", p.FuncName, p.Params[i], i+1)
			}
		}
		return p.unexpectedKeyword(kwnames)
	}
	return nil
}

// findKeyword returns the value of the keyword argument name, or nil.
func findKeyword(kwnames *Tuple, values []Object, name string) Object {
	for i, k := range kwnames.items {
		if s, ok := k.(*Str); ok && s.value == name {
			return values[i]
		}
	}
	return nil
}

// unexpectedKeyword reports the first keyword that names no keyword parameter.
func (p *ArgParser) unexpectedKeyword(kwnames *Tuple) error {
	for _, k := range kwnames.items {
		s, ok := k.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "keywords must be strings")
		}
		known := false
		for _, name := range p.Params[p.PosOnly:] {
			if name == s.value {
				known = true
				break
			}
		}
		if !known {
			if p.isPositionalOnly(s.value) {
				return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", p.FuncName, s.value)
			}
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", p.FuncName, s.value)
		}
	}
	return Errorf(TypeErrorType, "%s() got an unexpected keyword argument", p.FuncName)
}

func (p *ArgParser) isPositionalOnly(name string) bool {
	return name != "" && strings.Contains("\x00"+strings.Join(p.Params[:p.PosOnly], "\x00")+"\x00", "\x00"+name+"\x00")
}

// keywordNames returns the names in kwnames, none when it is nil.
func keywordNames(kwnames *Tuple) []Object {
	if kwnames == nil {
		return nil
	}
	return kwnames.items
}
