package io

import "github.com/taipanpy/taipan/objects"

// bytesIOBufferType is the exporter behind BytesIO.getbuffer(): memoryview's obj, lending
// the BytesIO's memory without copying it.
var bytesIOBufferType = objects.ReadyType(&objects.Type{Name: "_io._BytesIOBuffer", Flags: objects.TypeFinal})

// bytesIOBuffer lends a BytesIO's bytes to the memoryview getbuffer returns.
type bytesIOBuffer struct{ b *bytesIO }

// Type returns _io._BytesIOBuffer.
func (*bytesIOBuffer) Type() *objects.Type { return bytesIOBufferType }

// Buffer lends the BytesIO's current contents.
func (x *bytesIOBuffer) Buffer() ([]byte, string, int, bool) { return x.b.buf, "B", 1, false }

// BufferExports records the views, which forbid resizing the BytesIO.
func (x *bytesIOBuffer) BufferExports() *objects.BufferExports { return &x.b.exports }

// checkExports refuses a change of a BytesIO's memory while a view of it may be in use.
func (b *bytesIO) checkExports() error {
	if b.exports.InUse() {
		return objects.Errorf(objects.BufferErrorType, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}

// getbuffer is BytesIO.getbuffer(): a read-write view of the contents.
func getbuffer(_ *objects.Thread, b *bytesIO, _ []objects.Object) (objects.Object, error) {
	return objects.NewMemoryView(&bytesIOBuffer{b})
}
