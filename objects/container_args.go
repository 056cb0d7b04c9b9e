package objects

import "strings"

// Argument checks for the methods of the containers, with the messages of CPython's
// Argument Clinic and METH_O / METH_NOARGS checks. qual is the method's qualified name
// ("list.index"); Argument Clinic's count messages use the bare name.

// checkArgs checks a positional-only method taking between min and max arguments.
func checkMethodArgs(qual string, args []Object, kwnames *Tuple, min, max int) error {
	if kwnames.Len() != 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	name := qual[strings.LastIndexByte(qual, '.')+1:]
	n := len(args)
	qualifier := func(bound int) string {
		if min == max {
			return ""
		}
		if bound == min {
			return "at least "
		}
		return "at most "
	}
	switch {
	case n < min:
		return Errorf(TypeErrorType, "%s expected %s%d argument%s, got %d", name, qualifier(min), min, argPlural(min), n)
	case n > max:
		return Errorf(TypeErrorType, "%s expected %s%d argument%s, got %d", name, qualifier(max), max, argPlural(max), n)
	}
	return nil
}

// checkOneArgument is METH_O's check.
func checkOneArgument(qual string, args []Object, kwnames *Tuple) error {
	if kwnames.Len() != 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", qual, len(args))
	}
	return nil
}

// checkNoArguments is METH_NOARGS's check.
func checkNoArguments(qual string, args []Object, kwnames *Tuple) error {
	if kwnames.Len() != 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args))
	}
	return nil
}

func argPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
