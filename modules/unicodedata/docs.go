package unicodedata

// The functions' docstrings, as CPython's.
const (
	decimalDoc = "Converts a Unicode character into its equivalent decimal value.\n\n" +
		"Returns the decimal value assigned to the character chr as integer.\n" +
		"If no such value is defined, default is returned, or, if not given,\nValueError is raised."
	digitDoc = "Converts a Unicode character into its equivalent digit value.\n\n" +
		"Returns the digit value assigned to the character chr as integer.\n" +
		"If no such value is defined, default is returned, or, if not given,\nValueError is raised."
	numericDoc = "Converts a Unicode character into its equivalent numeric value.\n\n" +
		"Returns the numeric value assigned to the character chr as float.\n" +
		"If no such value is defined, default is returned, or, if not given,\nValueError is raised."
	categoryDoc      = "Returns the general category assigned to the character chr as string."
	bidirectionalDoc = "Returns the bidirectional class assigned to the character chr as string.\n\n" +
		"If no such value is defined, an empty string is returned."
	combiningDoc = "Returns the canonical combining class assigned to the character chr as integer.\n\n" +
		"Returns 0 if no combining class is defined."
	mirroredDoc = "Returns the mirrored property assigned to the character chr as integer.\n\n" +
		"Returns 1 if the character has been identified as a \"mirrored\"\n" +
		"character in bidirectional text, 0 otherwise."
	eastAsianWidthDoc = "Returns the east asian width assigned to the character chr as string."
	decompositionDoc  = "Returns the character decomposition mapping assigned to the character chr as string.\n\n" +
		"An empty string is returned in case no such mapping is defined."
	isNormalizedDoc = "Return whether the Unicode string unistr is in the normal form 'form'.\n\n" +
		"Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."
	normalizeDoc = "Return the normal form 'form' for the Unicode string unistr.\n\n" +
		"Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."
	nameDoc = "Returns the name assigned to the character chr as a string.\n\n" +
		"If no name is defined, default is returned, or, if not given,\nValueError is raised."
	lookupDoc = "Look up character by name.\n\n" +
		"If a character with the given name is found, return the\n" +
		"corresponding character.  If not found, KeyError is raised."
)
