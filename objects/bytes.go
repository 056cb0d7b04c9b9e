package objects

// BytesType is the type of Python bytes.
var BytesType = newType("bytes", ObjectType)

// Bytes is an immutable Python bytes value.
type Bytes struct {
	value string
	ext   *Extension
	hash  int64
	// hashed reports whether hash is valid.
	hashed bool
}

// Type returns BytesType, or the class of a bytes subclass instance.
func (b *Bytes) Type() *Type { return b.ext.classOr(BytesType) }

// NewBytes returns the bytes holding a copy of b.
func NewBytes(b []byte) *Bytes { return &Bytes{value: string(b)} }

// NewBytesString returns the bytes holding s.
func NewBytesString(s string) *Bytes { return &Bytes{value: s} }

// Value returns the bytes as a Go string.
func (b *Bytes) Value() string { return b.value }

// ByteArrayType is the type of Python bytearrays.
var ByteArrayType = newType("bytearray", ObjectType)

// ByteArray is a mutable Python bytearray.
type ByteArray struct {
	value []byte
	ext   *Extension
	// exports are the buffer exports (memoryviews) that may still be in use, which forbid
	// resizing (see buffer.go).
	exports BufferExports
}

// Type returns ByteArrayType, or the class of a bytearray subclass instance.
func (b *ByteArray) Type() *Type { return b.ext.classOr(ByteArrayType) }

// NewByteArray returns a bytearray holding a copy of b.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{value: append([]byte(nil), b...)} }

// Value returns the bytearray's current contents; they alias its storage.
func (b *ByteArray) Value() []byte { return b.value }

// Bytes returns a copy of the contents (the bytes-like interface).
func (b *Bytes) Bytes() []byte { return []byte(b.value) }

// Bytes returns a copy of the contents (the bytes-like interface).
func (b *ByteArray) Bytes() []byte { return append([]byte(nil), b.value...) }
