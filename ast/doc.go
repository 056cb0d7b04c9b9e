// Package ast defines Taipan's abstract syntax tree: one Go type for every node class of
// Python 3.13's ast module, with the same class names, field names and field order, plus
// ast.dump's exact text form (Dump) and a generic traversal (Inspect, Walk).
//
// Sum types of the Python grammar (mod, stmt, expr, pattern, type_param, operator, ...) are Go
// interfaces; each constructor is a struct. Nodes that carry positions in CPython embed a Range
// with CPython's conventions: 1-based lines, 0-based columns counted in UTF-8 bytes.
//
// Optional fields follow one convention: a nil interface or pointer, or an empty string for an
// optional identifier or string, means Python's None. Lists are Go slices; an element of a list
// may be nil where CPython allows None there (Dict.Keys for `**d`, Arguments.KwDefaults).
//
// The Go names differ from Python's only where Go needs it: the statement Expr is ExprStmt
// (Expr is the expression interface) and the product types, lowercase in Python (arguments,
// arg, keyword, alias, withitem, match_case, comprehension), are exported here. PythonName maps
// a node back to its Python class name.
package ast
