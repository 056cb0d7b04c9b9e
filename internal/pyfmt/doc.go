// Package pyfmt holds Python's text forms of primitive values, shared by the AST printer, the
// object model and the compiler: repr() of floats, complex numbers, strs and bytes,
// str.isprintable, and the encoding Taipan gives Python strs (UTF-8, with lone surrogates kept
// as their 3-byte sequences, as Python's "surrogatepass" error handler writes them).
package pyfmt
