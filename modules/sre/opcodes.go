package sre

// The opcodes, AT codes and INFO flags of re._constants (MAGIC 20230612). The compiler in
// re._compiler emits them; their numbering is part of the contract with that module.
const (
	opFailure = iota
	opSuccess
	opAny
	opAnyAll
	opAssert
	opAssertNot
	opAt
	opBranch
	opCategory
	opCharset
	opBigCharset
	opGroupref
	opGrouprefExists
	opIn
	opInfo
	opJump
	opLiteral
	opMark
	opMaxUntil
	opMinUntil
	opNotLiteral
	opNegate
	opRange
	opRepeat
	opRepeatOne
	opSubpattern
	opMinRepeatOne
	opAtomicGroup
	opPossessiveRepeat
	opPossessiveRepeatOne
	opGrouprefIgnore
	opInIgnore
	opLiteralIgnore
	opNotLiteralIgnore
	opGrouprefLocIgnore
	opInLocIgnore
	opLiteralLocIgnore
	opNotLiteralLocIgnore
	opGrouprefUniIgnore
	opInUniIgnore
	opLiteralUniIgnore
	opNotLiteralUniIgnore
	opRangeUniIgnore
)

const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
)

const (
	infoPrefix  = 1
	infoLiteral = 2
	infoCharset = 4
)

const (
	// magic is re._constants.MAGIC, which re checks against _sre.MAGIC.
	magic = 20230612
	// maxRepeat is the repeat count meaning "no upper bound" (SRE_MAXREPEAT).
	maxRepeat = 1<<32 - 1
	// maxGroups is the most capturing groups a pattern may have (SRE_MAXGROUPS).
	maxGroups = 1<<30 - 1
)

// The flags of re._constants that the Pattern repr names.
const (
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagDebug      = 128
	flagASCII      = 256
)
