#!/bin/sh
# Regenerates the expected disassembly of each program with CPython 3.13's dis module.
cd "$(dirname "$0")"
for f in *.py; do
	../../../../../shared/tools/cpython313 -c "import dis, sys; dis.dis(compile(open(sys.argv[1]).read(), sys.argv[1], 'exec'))" "$f" > "${f%.py}.dis"
done
