package codecache

import (
	"bytes"
	"encoding/binary"
	"hash/fnv"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/taipanpy/taipan/internal/generated/opcode"
	"github.com/taipanpy/taipan/objects"
)

// Tag names Taipan's cache files beside CPython's own in __pycache__.
const Tag = "taipan-313"

// magic opens every cache file: a format mark, then a hash of the instruction set the code
// was compiled for (opcode numbers and names, cache sizes, stack effects), so that after
// defs/bytecodes.def changes the instruction set no old cache is run.
var magic = func() []byte {
	h := fnv.New64a()
	h.Write([]byte(opcode.MetadataPy))
	var b []byte
	for op := 0; op <= opcode.MaxOpcode; op++ {
		b = binary.AppendVarint(b, int64(opcode.NumPopped(op, 3)))
		b = binary.AppendVarint(b, int64(opcode.NumPushed(op, 3)))
		if op < len(opcode.Caches) {
			b = append(b, opcode.Caches[op])
		}
	}
	h.Write(b)
	return binary.LittleEndian.AppendUint64([]byte("TAIPANC1"), h.Sum64())
}()

// Path returns the cache file of a source file compiled at an -O level: beside it, in
// __pycache__, as NAME.taipan-313.pyc (NAME.taipan-313.opt-1.pyc with -O).
func Path(source string, optimize int) string {
	dir, file := filepath.Split(source)
	name := strings.TrimSuffix(file, filepath.Ext(file)) + "." + Tag
	if optimize > 0 {
		name += ".opt-" + strconv.Itoa(optimize)
	}
	return filepath.Join(dir, "__pycache__", name+".pyc")
}

// header is what a cache file starts with: the magic, then the source's modification time
// (nanoseconds) and size when it was compiled.
func header(mtime, size int64) []byte {
	h := append([]byte(nil), magic...)
	h = binary.LittleEndian.AppendUint64(h, uint64(mtime))
	return binary.LittleEndian.AppendUint64(h, uint64(size))
}

// Load returns the cached code of a source file whose modification time and size are mtime
// and size, or false when there is no valid cache: none, another instruction set's, a stale
// or a damaged one.
func Load(source string, optimize int, mtime, size int64) (*objects.Code, bool) {
	data, err := os.ReadFile(Path(source, optimize))
	if err != nil {
		return nil, false
	}
	h := header(mtime, size)
	if !bytes.HasPrefix(data, h) {
		return nil, false
	}
	d := &decoder{b: data[len(h):]}
	code := d.code()
	if d.err != nil || len(d.b) != 0 {
		return nil, false
	}
	return code, true
}

// Store writes code as the cache of a source file. Like CPython, a cache that cannot be
// written (a read-only directory) is no error for the import: the caller may ignore the result.
// The file is written whole and renamed into place, so a reader never sees half of it.
func Store(source string, optimize int, mtime, size int64, code *objects.Code) error {
	e := &encoder{b: header(mtime, size)}
	if err := e.code(code); err != nil {
		return err
	}
	path := Path(source, optimize)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(e.b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
