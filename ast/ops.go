package ast

// The operator and context classes have no fields; they are zero-size values, so storing one
// in an interface does not allocate.

// Load marks an expression that is read.
type Load struct{}

// Store marks an assignment target.
type Store struct{}

// Del marks a `del` target.
type Del struct{}

// And is the `and` operator.
type And struct{}

// Or is the `or` operator.
type Or struct{}

// Add is `+`.
type Add struct{}

// Sub is `-`.
type Sub struct{}

// Mult is `*`.
type Mult struct{}

// MatMult is `@`.
type MatMult struct{}

// Div is `/`.
type Div struct{}

// ModOp is `%` (Python's class Mod; the Go name Mod is the module interface).
type ModOp struct{}

// Pow is `**`.
type Pow struct{}

// LShift is `<<`.
type LShift struct{}

// RShift is `>>`.
type RShift struct{}

// BitOr is `|`.
type BitOr struct{}

// BitXor is `^`.
type BitXor struct{}

// BitAnd is `&`.
type BitAnd struct{}

// FloorDiv is `//`.
type FloorDiv struct{}

// Invert is unary `~`.
type Invert struct{}

// Not is `not`.
type Not struct{}

// UAdd is unary `+`.
type UAdd struct{}

// USub is unary `-`.
type USub struct{}

// Eq is `==`.
type Eq struct{}

// NotEq is `!=`.
type NotEq struct{}

// Lt is `<`.
type Lt struct{}

// LtE is `<=`.
type LtE struct{}

// Gt is `>`.
type Gt struct{}

// GtE is `>=`.
type GtE struct{}

// Is is `is`.
type Is struct{}

// IsNot is `is not`.
type IsNot struct{}

// In is `in`.
type In struct{}

// NotIn is `not in`.
type NotIn struct{}

func (Load) astNode()     {}
func (Store) astNode()    {}
func (Del) astNode()      {}
func (And) astNode()      {}
func (Or) astNode()       {}
func (Add) astNode()      {}
func (Sub) astNode()      {}
func (Mult) astNode()     {}
func (MatMult) astNode()  {}
func (Div) astNode()      {}
func (ModOp) astNode()    {}
func (Pow) astNode()      {}
func (LShift) astNode()   {}
func (RShift) astNode()   {}
func (BitOr) astNode()    {}
func (BitXor) astNode()   {}
func (BitAnd) astNode()   {}
func (FloorDiv) astNode() {}
func (Invert) astNode()   {}
func (Not) astNode()      {}
func (UAdd) astNode()     {}
func (USub) astNode()     {}
func (Eq) astNode()       {}
func (NotEq) astNode()    {}
func (Lt) astNode()       {}
func (LtE) astNode()      {}
func (Gt) astNode()       {}
func (GtE) astNode()      {}
func (Is) astNode()       {}
func (IsNot) astNode()    {}
func (In) astNode()       {}
func (NotIn) astNode()    {}

func (Load) exprContext()  {}
func (Store) exprContext() {}
func (Del) exprContext()   {}

func (And) boolOp() {}
func (Or) boolOp()  {}

func (Add) operator()      {}
func (Sub) operator()      {}
func (Mult) operator()     {}
func (MatMult) operator()  {}
func (Div) operator()      {}
func (ModOp) operator()    {}
func (Pow) operator()      {}
func (LShift) operator()   {}
func (RShift) operator()   {}
func (BitOr) operator()    {}
func (BitXor) operator()   {}
func (BitAnd) operator()   {}
func (FloorDiv) operator() {}

func (Invert) unaryOp() {}
func (Not) unaryOp()    {}
func (UAdd) unaryOp()   {}
func (USub) unaryOp()   {}

func (Eq) cmpOp()    {}
func (NotEq) cmpOp() {}
func (Lt) cmpOp()    {}
func (LtE) cmpOp()   {}
func (Gt) cmpOp()    {}
func (GtE) cmpOp()   {}
func (Is) cmpOp()    {}
func (IsNot) cmpOp() {}
func (In) cmpOp()    {}
func (NotIn) cmpOp() {}
