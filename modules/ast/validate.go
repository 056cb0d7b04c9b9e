package ast

import (
	"reflect"

	"github.com/taipanpy/taipan/ast"
	"github.com/taipanpy/taipan/objects"
)

// validate checks what the Go AST's types cannot: the expression contexts of targets and
// the bodies that may not be empty, with CPython's messages (a subset of Python/ast.c's
// validator).
func validate(mod ast.Mod) error {
	var err error
	ast.Inspect(mod, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		err = validateNode(n)
		return err == nil
	})
	return err
}

// validateNode checks one node's own constraints.
func validateNode(n ast.Node) error {
	body := func(b []ast.Stmt, owner string) error {
		if len(b) == 0 {
			return objects.Errorf(objects.ValueErrorType, "empty body on %s", owner)
		}
		return nil
	}
	loads := func(es ...ast.Expr) error {
		for _, e := range es {
			if err := checkContext(e, "Load"); err != nil {
				return err
			}
		}
		return nil
	}
	switch s := n.(type) {
	case *ast.FunctionDef:
		return body(s.Body, "FunctionDef")
	case *ast.AsyncFunctionDef:
		return body(s.Body, "AsyncFunctionDef")
	case *ast.ClassDef:
		return body(s.Body, "ClassDef")
	case *ast.For:
		if err := body(s.Body, "For"); err != nil {
			return err
		}
		return checkContext(s.Target, "Store")
	case *ast.AsyncFor:
		if err := body(s.Body, "AsyncFor"); err != nil {
			return err
		}
		return checkContext(s.Target, "Store")
	case *ast.While:
		return body(s.Body, "While")
	case *ast.If:
		return body(s.Body, "If")
	case *ast.With:
		return body(s.Body, "With")
	case *ast.AsyncWith:
		return body(s.Body, "AsyncWith")
	case *ast.Try:
		return body(s.Body, "Try")
	case *ast.TryStar:
		return body(s.Body, "TryStar")
	case *ast.ExceptHandler:
		return body(s.Body, "ExceptHandler")
	case *ast.Delete:
		for _, t := range s.Targets {
			if err := checkContext(t, "Del"); err != nil {
				return err
			}
		}
	case *ast.Assign:
		for _, t := range s.Targets {
			if err := checkContext(t, "Store"); err != nil {
				return err
			}
		}
		return loads(s.Value)
	case *ast.AugAssign:
		return checkContext(s.Target, "Store")
	case *ast.AnnAssign:
		return checkContext(s.Target, "Store")
	case *ast.NamedExpr:
		return checkContext(s.Target, "Store")
	case *ast.Comprehension:
		return checkContext(s.Target, "Store")
	case *ast.WithItem:
		if s.OptionalVars != nil {
			return checkContext(s.OptionalVars, "Store")
		}
	case *ast.ExprStmt:
		return loads(s.Value)
	case *ast.Return:
		if s.Value != nil {
			return loads(s.Value)
		}
	case *ast.Call:
		return loads(append([]ast.Expr{s.Func}, s.Args...)...)
	case *ast.BinOp:
		return loads(s.Left, s.Right)
	case *ast.Attribute:
		return loads(s.Value)
	case *ast.Subscript:
		return loads(s.Value, s.Slice)
	}
	return nil
}

// checkContext checks that a target expression, and the elements of a list or tuple
// target, have the context want.
func checkContext(e ast.Expr, want string) error {
	var ctx ast.ExprContext
	var elts []ast.Expr
	switch x := e.(type) {
	case *ast.Name:
		ctx = x.Ctx
	case *ast.Attribute:
		ctx = x.Ctx
	case *ast.Subscript:
		ctx = x.Ctx
	case *ast.Starred:
		ctx = x.Ctx
		elts = []ast.Expr{x.Value}
	case *ast.List:
		ctx, elts = x.Ctx, x.Elts
	case *ast.Tuple:
		ctx, elts = x.Ctx, x.Elts
	default:
		return nil
	}
	if ctx == nil {
		return nil
	}
	if got := reflect.TypeOf(ctx).Name(); got != want {
		return objects.Errorf(objects.ValueErrorType, "expression must have %s context but has %s instead", want, got)
	}
	for _, el := range elts {
		if err := checkContext(el, want); err != nil {
			return err
		}
	}
	return nil
}
