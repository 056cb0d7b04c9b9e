package objects

// CellType is the type of cells.
var CellType = newType("cell", ObjectType)

// Cell holds a variable shared between a function and the functions nested in it.
type Cell struct{ v Object }

// Type returns CellType.
func (*Cell) Type() *Type { return CellType }

// NewCell returns a cell holding v (nil for an empty cell).
func NewCell(v Object) *Cell { return &Cell{v} }

// Get returns the cell's value, nil when empty.
func (c *Cell) Get() Object { return c.v }

// Set stores v in the cell; nil empties it.
func (c *Cell) Set(v Object) { c.v = v }

func init() {
	t := CellType
	t.Slots.New = func(ts *Thread, cls *Type, args []Object, kwnames *Tuple) (Object, error) {
		if err := NoKeywords("cell", kwnames); err != nil {
			return nil, err
		}
		if err := CheckPositional("cell", len(args), 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 1 {
			return NewCell(args[0]), nil
		}
		return NewCell(nil), nil
	}
	t.Slots.Repr = func(ts *Thread, o Object) (*Str, error) {
		c := o.(*Cell)
		if c.v == nil {
			return NewStr("<cell at " + addressOf(c) + ": empty>"), nil
		}
		return NewStr("<cell at " + addressOf(c) + ": " + c.v.Type().Name + " object at " + addressOf(c.v) + ">"), nil
	}
	t.Slots.RichCompare = func(ts *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*Cell)
		y, ok := b.(*Cell)
		if !ok {
			return NotImplemented, nil
		}
		// Empty cells sort before full ones; full ones compare by their contents.
		if x.v == nil || y.v == nil {
			c := 0
			switch {
			case x.v == nil && y.v != nil:
				c = -1
			case x.v != nil && y.v == nil:
				c = 1
			}
			return NewBool(op.Holds(c)), nil
		}
		return Compare(ts, x.v, y.v, op)
	}
	t.GetSets = []GetSetDef{
		{Name: "cell_contents", Get: func(ts *Thread, o Object) (Object, error) {
			if v := o.(*Cell).v; v != nil {
				return v, nil
			}
			return nil, Errorf(ValueErrorType, "Cell is empty")
		}, Set: func(ts *Thread, o, v Object) error {
			o.(*Cell).v = v
			return nil
		}},
	}
}
