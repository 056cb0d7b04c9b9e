package vm

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/taipanpy/taipan/compile"
	"github.com/taipanpy/taipan/internal/codecache"
	"github.com/taipanpy/taipan/objects"
	"github.com/taipanpy/taipan/parser"
	"github.com/taipanpy/taipan/tokenizer"
)

// The import system, as CPython's importlib implements it for the cases Taipan supports:
// built-in modules, source modules and packages found on sys.path (or a package's __path__),
// and namespace packages (PEP 420). It is written in Go so that imports work with or without
// CPython's Lib on the machine.

// ImportName implements the import statement (IMPORT_NAME, __import__): it imports name
// (relative to the importing module's package when level > 0) with each of its parent packages,
// and returns the top-level package when fromlist is empty, else the module itself after
// importing the submodules fromlist names.
func ImportName(ts *objects.Thread, frame *Frame, name *objects.Str, fromlist, level objects.Object) (objects.Object, error) {
	lvl := 0
	if l, ok := level.(*objects.Int); ok {
		if v, small := l.Int64(); small {
			lvl = int(v)
		}
	}
	return Import(ts, frame.Globals, name, fromlist, lvl)
}

// Import is __import__(name, globals, None, fromlist, level): globals locates the package of a
// relative import.
func Import(ts *objects.Thread, globals *objects.Dict, name *objects.Str, fromlist objects.Object, lvl int) (objects.Object, error) {
	abs := name.Value()
	if lvl > 0 {
		if globals == nil {
			return nil, objects.Errorf(objects.ImportErrorType, "attempted relative import with no known parent package")
		}
		base, err := relativeBase(ts, globals, lvl)
		if err != nil {
			return nil, err
		}
		abs = base
		if name.Value() != "" {
			abs = base + "." + name.Value()
		}
	}
	interp := ThreadOf(ts).Interp
	m, err := interp.importModule(ts, abs)
	if err != nil {
		return nil, err
	}
	names := fromlistNames(fromlist)
	if len(names) == 0 {
		if lvl == 0 && strings.Contains(abs, ".") {
			return interp.Modules.GetStr(objects.NewStr(abs[:strings.IndexByte(abs, '.')])), nil
		}
		return m, nil
	}
	if _, isPackage := moduleAttr(m, "__path__"); isPackage {
		if err := interp.importFromlist(ts, m, abs, names); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// fromlistNames returns the names of an import's fromlist (a tuple or list of strs, or None).
func fromlistNames(fromlist objects.Object) []string {
	var items []objects.Object
	switch t := fromlist.(type) {
	case *objects.Tuple:
		items = t.Items()
	case *objects.List:
		items = t.Items() // __import__ callers pass lists too
	default:
		return nil
	}
	var names []string
	for _, n := range items {
		if s, ok := n.(*objects.Str); ok {
			names = append(names, s.Value())
		}
	}
	return names
}

// importFromlist imports the submodules a from-import names in package pkg, skipping names
// that are already attributes; `*` stands for the package's __all__.
func (interp *Interpreter) importFromlist(ts *objects.Thread, pkg objects.Object, pkgName string, names []string) error {
	for _, n := range names {
		if n == "*" {
			if all, ok := moduleAttr(pkg, "__all__"); ok {
				items, err := objects.IterableItems(ts, all)
				if err != nil {
					return err
				}
				var sub []string
				for _, it := range items {
					if s, ok := it.(*objects.Str); ok {
						sub = append(sub, s.Value())
					}
				}
				if err := interp.importFromlist(ts, pkg, pkgName, sub); err != nil {
					return err
				}
			}
			continue
		}
		if _, ok := moduleAttr(pkg, n); ok {
			continue
		}
		if _, err := interp.importModule(ts, pkgName+"."+n); err != nil {
			// A name that is neither an attribute nor a submodule is the caller's ImportError
			// (IMPORT_FROM), not this import's.
			if isModuleNotFound(err, pkgName+"."+n) {
				continue
			}
			return err
		}
	}
	return nil
}

// relativeBase resolves the package a relative import of the given level starts from, as
// importlib's _resolve_name does, from the importing module's __package__ or __name__.
func relativeBase(ts *objects.Thread, globals *objects.Dict, level int) (string, error) {
	var pkg string
	if p, ok := globals.GetStr(objects.NewStr("__package__")).(*objects.Str); ok {
		pkg = p.Value()
	} else if n, ok := globals.GetStr(objects.NewStr("__name__")).(*objects.Str); ok {
		pkg = n.Value()
		if globals.GetStr(objects.NewStr("__path__")) == nil {
			if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
				pkg = pkg[:i]
			} else {
				pkg = ""
			}
		}
	}
	if pkg == "" {
		return "", objects.NewImportError(objects.ImportErrorType, "attempted relative import with no known parent package", "", "")
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", objects.NewImportError(objects.ImportErrorType, "attempted relative import beyond top-level package", "", "")
	}
	return strings.Join(parts[:len(parts)-(level-1)], "."), nil
}

// importModule returns module name, importing it and its parent packages as needed.
func (interp *Interpreter) importModule(ts *objects.Thread, name string) (objects.Object, error) {
	key := objects.NewStr(name)
	if m := interp.Modules.GetStr(key); m == objects.None {
		// None in sys.modules blocks the import, as importlib's _find_and_load does.
		return nil, objects.NewImportError(objects.ModuleNotFoundErrorType,
			"import of "+name+" halted; None in sys.modules", name, "")
	} else if m != nil {
		if !interp.waitInit(ts, name) {
			return m, nil
		}
		if m := interp.Modules.GetStr(key); m != nil && m != objects.None {
			return m, nil
		}
	}
	var path []string
	parentName, child := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parentName, child = name[:i], name[i+1:]
		parent, err := interp.importModule(ts, parentName)
		if err != nil {
			return nil, err
		}
		if m := interp.Modules.GetStr(key); m != nil && m != objects.None {
			return m, nil // importing the parent imported it
		}
		p, isPackage := moduleAttr(parent, "__path__")
		if !isPackage {
			return nil, objects.NewImportError(objects.ModuleNotFoundErrorType,
				"No module named '"+name+"'; '"+parentName+"' is not a package", name, "")
		}
		path = strList(ts, p)
	} else {
		if m, ok, err := interp.ImportBuiltin(ts, name); ok {
			return m, err
		}
		if m, ok, err := interp.importBootstrapAlias(ts, name); ok {
			return m, err
		}
		path = interp.sysPath(ts)
	}
	m, err := interp.loadFromPath(ts, name, child, path)
	if err != nil {
		return nil, err
	}
	if parentName != "" {
		if parent, ok := interp.Modules.GetStr(objects.NewStr(parentName)).(*objects.Module); ok {
			parent.Dict.SetStr(objects.NewStr(child), m)
		}
	}
	return m, nil
}

// bootstrapAliases are the names under which CPython's import system itself is importable,
// frozen into CPython; zipimport and others import them. In Taipan they are importlib's own
// bootstrap modules, run from the standard library.
var bootstrapAliases = map[string]string{
	"_frozen_importlib":          "importlib._bootstrap",
	"_frozen_importlib_external": "importlib._bootstrap_external",
}

// importBootstrapAlias imports one of bootstrapAliases once importlib has set its bootstrap
// modules up. While importlib itself runs, the alias is not found, so that importlib takes
// its path for an interpreter without a frozen import system and sets them up itself.
func (interp *Interpreter) importBootstrapAlias(ts *objects.Thread, name string) (objects.Object, bool, error) {
	target, ok := bootstrapAliases[name]
	if !ok {
		return nil, false, nil
	}
	if interp.Modules.GetStr(objects.NewStr("importlib")) == nil {
		if _, err := interp.importModule(ts, "importlib"); err != nil {
			return nil, true, err
		}
	}
	m := interp.Modules.GetStr(objects.NewStr(target))
	if m == nil || interp.Modules.GetStr(objects.NewStr("importlib._bootstrap_external")) == nil {
		return nil, false, nil
	}
	interp.Modules.SetStr(objects.NewStr(name), m)
	return m, true, nil
}

// sysPath returns sys.path's str entries.
func (interp *Interpreter) sysPath(ts *objects.Thread) []string {
	sys, ok := interp.Modules.GetStr(objects.NewStr("sys")).(*objects.Module)
	if !ok {
		return nil
	}
	return strList(ts, sys.Dict.GetStr(objects.NewStr("path")))
}

// strList returns the strs of a list or other iterable of path entries, skipping others.
func strList(ts *objects.Thread, o objects.Object) []string {
	if o == nil {
		return nil
	}
	items, err := objects.IterableItems(ts, o)
	if err != nil {
		return nil
	}
	var out []string
	for _, it := range items {
		if s, ok := it.(*objects.Str); ok {
			out = append(out, s.Value())
		}
	}
	return out
}

// loadFromPath finds module name (child being its last part) in the directories of path — a
// package (a directory with __init__.py), a source module (name.py), or else a namespace
// package made of the plain directories of that name — and runs it.
func (interp *Interpreter) loadFromPath(ts *objects.Thread, name, child string, path []string) (objects.Object, error) {
	var portions []string
	for _, dir := range path {
		if dir == "" {
			dir = "."
		}
		pkgDir := filepath.Join(dir, child)
		if fi, err := os.Stat(pkgDir); err == nil && fi.IsDir() {
			init := filepath.Join(pkgDir, "__init__.py")
			if isFile(init) {
				return interp.execSource(ts, name, init, []string{absPath(pkgDir)})
			}
			portions = append(portions, absPath(pkgDir))
		}
		if file := filepath.Join(dir, child+".py"); isFile(file) {
			return interp.execSource(ts, name, file, nil)
		}
	}
	if len(portions) > 0 {
		m := objects.NewModule(name)
		m.Dict.SetStr(objects.NewStr("__path__"), strsToList(portions))
		m.Dict.SetStr(objects.NewStr("__file__"), objects.None)
		m.Dict.SetStr(objects.NewStr("__package__"), objects.NewStr(name))
		interp.Modules.SetStr(objects.NewStr(name), m)
		return m, nil
	}
	return nil, objects.NewImportError(objects.ModuleNotFoundErrorType, "No module named '"+name+"'", name, "")
}

// execSource compiles and runs a module's source file as module name (a package when
// pkgPath is its __path__). The module is in sys.modules while it runs, so that circular
// imports find it, and is removed again if it fails.
func (interp *Interpreter) execSource(ts *objects.Thread, name, file string, pkgPath []string) (objects.Object, error) {
	file = absPath(file)
	code, err := interp.moduleCode(ts, file)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, objects.NewImportError(objects.ModuleNotFoundErrorType, "No module named '"+name+"'", name, "")
		}
		return nil, err
	}
	m := objects.NewModule(name)
	d := m.Dict
	pkg := name
	if pkgPath == nil {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	} else {
		d.SetStr(objects.NewStr("__path__"), strsToList(pkgPath))
	}
	d.SetStr(objects.NewStr("__file__"), objects.NewStr(file))
	d.SetStr(objects.NewStr("__package__"), objects.NewStr(pkg))
	for _, n := range []string{"__spec__", "__loader__", "__cached__"} {
		d.SetStr(objects.NewStr(n), objects.None)
	}
	// An imported module's __builtins__ is the builtins dict, as exec gives it in CPython;
	// only __main__ gets the module itself.
	d.SetStr(objects.NewStr("__builtins__"), interp.Builtins)
	key := objects.NewStr(name)
	interp.Modules.SetStr(key, m)
	_, err = func() (objects.Object, error) {
		defer interp.endInit(name, interp.beginInit(ThreadOf(ts), name))
		return ThreadOf(ts).RunModuleCode(code, d)
	}()
	if err != nil {
		interp.Modules.DelItem(ts, key)
		return nil, err
	}
	// A module may replace itself in sys.modules while it runs.
	if v := interp.Modules.GetStr(key); v != nil {
		return v, nil
	}
	return m, nil
}

// moduleCode returns the code of a module's source file: from its __pycache__ file while that
// is valid for the source's modification time and size, else compiled, the cache being written
// for next time unless the interpreter was told not to (-B).
func (interp *Interpreter) moduleCode(ts *objects.Thread, file string) (*objects.Code, error) {
	fi, err := os.Stat(file)
	if err != nil {
		return nil, err
	}
	mtime, size := fi.ModTime().UnixNano(), fi.Size()
	if code, ok := codecache.Load(file, interp.Optimize, mtime, size); ok {
		return code, nil
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	code, err := compile.Source(src, file, parser.Exec, compile.Options{Optimize: interp.Optimize, Warn: SyntaxWarner(ts, file)})
	if err != nil {
		return nil, compileError(err)
	}
	if !interp.DontWriteBytecode {
		codecache.Store(file, interp.Optimize, mtime, size, code) // a cache that cannot be written is no error
	}
	return code, nil
}

// compileError turns a compile error into the Python exception to raise: a SyntaxError
// (IndentationError, TabError) for the front end's errors.
func compileError(err error) error {
	var se *tokenizer.SyntaxError
	if !errors.As(err, &se) {
		return err
	}
	t := objects.SyntaxErrorType
	switch se.Type {
	case "IndentationError":
		t = objects.IndentationErrorType
	case "TabError":
		t = objects.TabErrorType
	}
	var text objects.Object = objects.NewStr(se.Text)
	if se.TextFromFile {
		text = fileLine(se.Filename, se.Lineno)
	}
	return objects.NewSyntaxError(t, se.Msg, se.Filename, se.Lineno, se.Offset, text, se.EndLineno, se.EndOffset)
}

// fileLine returns line n of the file named filename with its newline, as CPython's
// PyErr_ProgramTextObject reads it for a compiler error, or nil when there is no such line.
func fileLine(filename string, n int) objects.Object {
	data, err := os.ReadFile(filename)
	if err != nil || n < 1 {
		return nil
	}
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return nil
		}
		data = data[j+1:]
	}
	if len(data) == 0 {
		return nil
	}
	if j := bytes.IndexByte(data, '\n'); j >= 0 {
		data = data[:j+1]
	}
	return objects.NewStr(strings.ToValidUTF8(string(data), "\uFFFD"))
}

// CompileError is the Python exception for a failure to compile source: a SyntaxError,
// IndentationError or TabError for the front end's errors, other errors as they are.
func CompileError(err error) error { return compileError(err) }

// ImportFrom implements `from module import name` (IMPORT_FROM): the attribute, or else the
// submodule of that name, or CPython's ImportError.
func ImportFrom(ts *objects.Thread, module objects.Object, name *objects.Str) (objects.Object, error) {
	v, err := objects.GetAttr(ts, module, name)
	if err == nil {
		return v, nil
	}
	if exc, ok := err.(*objects.BaseException); !ok || !exc.Type().IsSubtype(objects.AttributeErrorType) {
		return nil, err
	}
	modName := "<unknown module name>"
	if n, ok := moduleAttr(module, "__name__"); ok {
		if s, ok := n.(*objects.Str); ok {
			modName = s.Value()
		}
	}
	interp := ThreadOf(ts).Interp
	if sub := interp.Modules.GetStr(objects.NewStr(modName + "." + name.Value())); sub != nil {
		return sub, nil
	}
	location := "unknown location"
	if f, ok := moduleAttr(module, "__file__"); ok {
		if s, ok := f.(*objects.Str); ok {
			location = s.Value()
		}
	}
	return nil, objects.NewImportError(objects.ImportErrorType,
		"cannot import name '"+name.Value()+"' from '"+modName+"' ("+location+")", modName, "")
}

// importStar copies a module's public names into the importing namespace (from m import *):
// the names in __all__, or every name not starting with an underscore.
func importStar(ts *objects.Thread, frame *Frame, module objects.Object) error {
	if frame.Locals == nil {
		return objects.Errorf(objects.SystemErrorType, "no locals found during 'import *'")
	}
	m, ok := module.(*objects.Module)
	if !ok {
		return objects.Errorf(objects.TypeErrorType, "import * of a non-module is not supported")
	}
	var names []objects.Object
	if all := m.Dict.GetStr(objects.NewStr("__all__")); all != nil {
		items, err := objects.IterableItems(ts, all)
		if err != nil {
			return err
		}
		names = items
	} else {
		m.Dict.Items(func(k, _ objects.Object) bool {
			if s, ok := k.(*objects.Str); ok && !strings.HasPrefix(s.Value(), "_") {
				names = append(names, k)
			}
			return true
		})
	}
	for _, n := range names {
		s, ok := n.(*objects.Str)
		if !ok {
			return objects.Errorf(objects.TypeErrorType, "Item in %s.__all__ must be str, not %s", moduleName(m), n.Type().Name)
		}
		v, err := objects.GetAttr(ts, m, s)
		if err != nil {
			return err
		}
		if err := objects.SetItem(ts, frame.Locals, s, v); err != nil {
			return err
		}
	}
	return nil
}

func moduleName(m *objects.Module) string {
	if s, ok := m.Dict.GetStr(objects.NewStr("__name__")).(*objects.Str); ok {
		return s.Value()
	}
	return "?"
}

// moduleAttr returns a module's attribute from its namespace without running any code.
func moduleAttr(m objects.Object, name string) (objects.Object, bool) {
	mod, ok := m.(*objects.Module)
	if !ok {
		return nil, false
	}
	v := mod.Dict.GetStr(objects.NewStr(name))
	return v, v != nil
}

// isModuleNotFound reports whether err is the ModuleNotFoundError for exactly name.
func isModuleNotFound(err error, name string) bool {
	exc, ok := err.(*objects.BaseException)
	if !ok || !exc.Type().IsSubtype(objects.ModuleNotFoundErrorType) {
		return false
	}
	n, _ := exc.Attr("name").(*objects.Str)
	return n != nil && n.Value() == name
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func strsToList(ss []string) *objects.List {
	items := make([]objects.Object, len(ss))
	for i, s := range ss {
		items[i] = objects.NewStr(s)
	}
	return objects.NewList(items)
}
