package flowgraph

// Consts is the constant table of the code object being optimised. The
// optimiser reads constants' truth values, folds tuples of constants into new
// constants and drops the ones no instruction uses; the table's owner decides
// what a constant is.
type Consts interface {
	// Len is the number of constants.
	Len() int
	// Truth reports bool(constant i); ok is false if the value cannot be
	// known at compile time.
	Truth(i int) (truth, ok bool)
	// IsNone reports whether constant i is None.
	IsNone(i int) bool
	// Tuple returns the index of the tuple of the constants at indices
	// items, adding it if it is new (merging equal constants as CPython's
	// constant cache does).
	Tuple(items []int) int
	// Bool returns the index of True or False, adding it if new.
	Bool(b bool) int
	// Keep drops the constants whose entry in used is false, keeping the
	// others in order.
	Keep(used []bool)
}
