package objects

import "encoding/binary"

// NativeLittleEndian reports whether the machine stores numbers least significant byte
// first (sys.byteorder, float.__getformat__).
var NativeLittleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1
