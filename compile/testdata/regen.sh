#!/bin/sh
# Regenerates the compiler's golden files with CPython 3.13. The tests read only
# the committed outputs, so CPython is needed here and nowhere else.
#
#   PYTHON=/path/to/python3.13 compile/testdata/regen.sh
set -e
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-/work/shared/tools/cpython313}
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 13), sys.version' 
PYTHONHASHSEED=0 "$PYTHON" symtable/testdata/gen_symtable.py
PYTHONHASHSEED=0 "$PYTHON" codegen/testdata/gen_codegen.py
# The expected output of each program run end to end (TestRunPrograms).
for prog in testdata/run/*.py; do
	name=$(basename "$prog" .py)
	(cd testdata/run && "$PYTHON" "$name.py" >"$name.out" 2>&1)
done
