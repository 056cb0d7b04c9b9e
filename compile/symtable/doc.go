// Package symtable builds the symbol tables of a module, the compiler's first
// pass, as CPython 3.13's Python/symtable.c does.
//
// Build walks the AST once to record raw facts about every name in every scope
// (bound here, used here, declared global, a parameter, ...), then analyses the
// tree of scopes to decide each name's scope: local, cell, free, or global
// (explicit or implicit). Along the way it creates the scopes CPython creates:
// module, class, function and lambda bodies, comprehensions (later inlined into
// their parent unless they are generator expressions, PEP 709), the
// annotation scopes of PEP 695 (type parameters, TypeVar bounds and defaults,
// type alias values) and, under `from __future__ import annotations`,
// annotation blocks. It reports the SyntaxErrors CPython's symbol table
// reports, with CPython's messages and positions.
package symtable
