package objects

// WritableBuffer returns the memory of a read-write bytes-like object (a bytearray, or a
// contiguous writable memoryview) for a function that fills it, as PyObject_GetBuffer with
// PyBUF_WRITABLE; ok is false for anything else (bytes, read-only or strided views).
func WritableBuffer(o Object) (mem []byte, ok bool) {
	switch v := o.(type) {
	case *ByteArray:
		return v.value, true
	case *MemoryView:
		if v.released || v.readonly || !v.contiguous() {
			return nil, false
		}
		return v.mb.mem[v.offset : v.offset+v.nbytes()], true
	case BufferExporter:
		if mem, _, _, readonly := v.Buffer(); !readonly {
			return mem, true
		}
	}
	return nil, false
}

// IsBytesLike reports whether o is a bytes-like object: one whose memory functions taking
// bytes accept.
func IsBytesLike(o Object) bool {
	_, ok := bytesOf(o)
	return ok
}
