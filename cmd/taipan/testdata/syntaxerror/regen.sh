#!/bin/sh
# Regenerates the expected stderr of each snippet with CPython 3.13. CPython reports the
# script's absolute path; {DIR} stands for this directory so the files do not depend on
# where the repository is.
cd "$(dirname "$0")"
dir=$(pwd)
for f in *.py; do
	../../../../../shared/tools/cpython313 "$f" 2>&1 >/dev/null | sed "s|$dir|{DIR}|g" > "${f%.py}.stderr"
done
