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
