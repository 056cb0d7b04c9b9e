package objects

// TupleType is the type of Python tuples.
var TupleType = newType("tuple", ObjectType)

// Tuple is a Python tuple.
type Tuple struct {
	items []Object
	ext   *Extension
}

// Type returns TupleType.
func (t *Tuple) Type() *Type { return t.ext.classOr(TupleType) }

// EmptyTuple is the single empty tuple.
var EmptyTuple = &Tuple{}

// NewTuple returns a tuple holding a copy of items.
func NewTuple(items []Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{items: append([]Object(nil), items...)}
}

// Items returns the tuple's items; the caller must not modify them.
func (t *Tuple) Items() []Object { return t.items }

// ListType is the type of Python lists.
var ListType = newType("list", ObjectType)

// List is a Python list.
type List struct {
	items []Object
	ext   *Extension
}

// Type returns ListType.
func (l *List) Type() *Type { return l.ext.classOr(ListType) }

// NewList returns a list holding a copy of items.
func NewList(items []Object) *List { return &List{items: append([]Object(nil), items...)} }

// Items returns the list's current items; they alias the list's storage.
func (l *List) Items() []Object { return l.items }

// Append adds v at the end of the list.
func (l *List) Append(v Object) { l.items = append(l.items, v) }

// Len returns the number of items; a nil tuple (no keyword names) has none.
func (t *Tuple) Len() int {
	if t == nil {
		return 0
	}
	return len(t.items)
}
