package pyexpat

// The error codes of the parser, as expat numbers them.
const (
	errNoMemory           = 1
	errSyntax             = 2
	errNoElements         = 3
	errInvalidToken       = 4
	errUnclosedToken      = 5
	errPartialChar        = 6
	errTagMismatch        = 7
	errDuplicateAttribute = 8
	errJunkAfterDoc       = 9
	errParamEntityRef     = 10
	errUndefinedEntity    = 11
	errRecursiveEntityRef = 12
	errAsyncEntity        = 13
	errBadCharRef         = 14
	errBinaryEntityRef    = 15
	errAttrExternalEntity = 16
	errMisplacedXMLPI     = 17
	errUnknownEncoding    = 18
	errIncorrectEncoding  = 19
	errUnclosedCdata      = 20
	errNotStandalone      = 22
	errCantChangeFeature  = 26
	errUnboundPrefix      = 27
	errUndeclaringPrefix  = 28
	errXMLDecl            = 30
	errPublicID           = 32
	errAborted            = 35
	errFinished           = 36
	errReservedPrefixXML  = 38
	errReservedPrefixNS   = 39
	errReservedNSURI      = 40
)

// errorMessages are expat's descriptions of its error codes, indexed by code.
var errorMessages = [...]string{"",
	"out of memory",
	"syntax error",
	"no element found",
	"not well-formed (invalid token)",
	"unclosed token",
	"partial character",
	"mismatched tag",
	"duplicate attribute",
	"junk after document element",
	"illegal parameter entity reference",
	"undefined entity",
	"recursive entity reference",
	"asynchronous entity",
	"reference to invalid character number",
	"reference to binary entity",
	"reference to external entity in attribute",
	"XML or text declaration not at start of entity",
	"unknown encoding",
	"encoding specified in XML declaration is incorrect",
	"unclosed CDATA section",
	"error in processing external entity reference",
	"document is not standalone",
	"unexpected parser state - please send a bug report",
	"entity declared in parameter entity",
	"requested feature requires XML_DTD support in Expat",
	"cannot change setting once parsing has begun",
	"unbound prefix",
	"must not undeclare prefix",
	"incomplete markup in parameter entity",
	"XML declaration not well-formed",
	"text declaration not well-formed",
	"illegal character(s) in public id",
	"parser suspended",
	"parser not suspended",
	"parsing aborted",
	"parsing finished",
	"cannot suspend in external parameter entity",
	"reserved prefix (xml) must not be undeclared or bound to another namespace name",
	"reserved prefix (xmlns) must not be declared or undeclared",
	"prefix must not be bound to one of the reserved namespace names",
	"invalid argument",
	"a successful prior call to function XML_GetBuffer is required",
	"limit on input amplification factor (from DTD and entities) breached",
}

// errorNames are the names pyexpat.errors gives the codes, with their codes.
var errorNames = []struct {
	name string
	code int
}{
	{"XML_ERROR_ABORTED", 35},
	{"XML_ERROR_AMPLIFICATION_LIMIT_BREACH", 43},
	{"XML_ERROR_ASYNC_ENTITY", 13},
	{"XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", 16},
	{"XML_ERROR_BAD_CHAR_REF", 14},
	{"XML_ERROR_BINARY_ENTITY_REF", 15},
	{"XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", 26},
	{"XML_ERROR_DUPLICATE_ATTRIBUTE", 8},
	{"XML_ERROR_ENTITY_DECLARED_IN_PE", 24},
	{"XML_ERROR_EXTERNAL_ENTITY_HANDLING", 21},
	{"XML_ERROR_FEATURE_REQUIRES_XML_DTD", 25},
	{"XML_ERROR_FINISHED", 36},
	{"XML_ERROR_INCOMPLETE_PE", 29},
	{"XML_ERROR_INCORRECT_ENCODING", 19},
	{"XML_ERROR_INVALID_ARGUMENT", 41},
	{"XML_ERROR_INVALID_TOKEN", 4},
	{"XML_ERROR_JUNK_AFTER_DOC_ELEMENT", 9},
	{"XML_ERROR_MISPLACED_XML_PI", 17},
	{"XML_ERROR_NOT_STANDALONE", 22},
	{"XML_ERROR_NOT_SUSPENDED", 34},
	{"XML_ERROR_NO_BUFFER", 42},
	{"XML_ERROR_NO_ELEMENTS", 3},
	{"XML_ERROR_NO_MEMORY", 1},
	{"XML_ERROR_PARAM_ENTITY_REF", 10},
	{"XML_ERROR_PARTIAL_CHAR", 6},
	{"XML_ERROR_PUBLICID", 32},
	{"XML_ERROR_RECURSIVE_ENTITY_REF", 12},
	{"XML_ERROR_RESERVED_NAMESPACE_URI", 40},
	{"XML_ERROR_RESERVED_PREFIX_XML", 38},
	{"XML_ERROR_RESERVED_PREFIX_XMLNS", 39},
	{"XML_ERROR_SUSPENDED", 33},
	{"XML_ERROR_SUSPEND_PE", 37},
	{"XML_ERROR_SYNTAX", 2},
	{"XML_ERROR_TAG_MISMATCH", 7},
	{"XML_ERROR_TEXT_DECL", 31},
	{"XML_ERROR_UNBOUND_PREFIX", 27},
	{"XML_ERROR_UNCLOSED_CDATA_SECTION", 20},
	{"XML_ERROR_UNCLOSED_TOKEN", 5},
	{"XML_ERROR_UNDECLARING_PREFIX", 28},
	{"XML_ERROR_UNDEFINED_ENTITY", 11},
	{"XML_ERROR_UNEXPECTED_STATE", 23},
	{"XML_ERROR_UNKNOWN_ENCODING", 18},
	{"XML_ERROR_XML_DECL", 30},
}
