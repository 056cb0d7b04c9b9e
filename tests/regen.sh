#!/bin/sh
# Regenerates the corpus's expectations with CPython 3.13: for each tests/*/NAME.py (or the
# programs named as arguments), NAME.out gets its stdout and NAME.exit its exit status and the
# last line of its stderr. Run from anywhere:
#
#   tests/regen.sh                       # every program
#   tests/regen.sh tests/ints/divmod.py  # some
#
# PYTHON names the interpreter (default: ../shared/tools/cpython313 next to the repository,
# else python3.13 on PATH); it must be CPython 3.13.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
	if [ -x "$here/../../shared/tools/cpython313" ]; then
		PYTHON="$here/../../shared/tools/cpython313"
	else
		PYTHON=python3.13
	fi
fi
case $("$PYTHON" -c 'import sys; print(sys.implementation.name, sys.version_info[:2])') in
"cpython (3, 13)") ;;
*) echo "regen.sh: $PYTHON is not CPython 3.13" >&2; exit 1 ;;
esac
if [ $# -eq 0 ]; then
	set -- "$here"/*/*.py
fi
for f in "$@"; do
	abs=$(cd "$(dirname "$f")" && pwd)/$(basename "$f")
	rel=${abs#"$here"/}
	base=${abs%.py}
	err=$(mktemp)
	status=0
	(cd "$here" && PYTHONIOENCODING=utf-8 "$PYTHON" "$rel" </dev/null) >"$base.out" 2>"$err" || status=$?
	last=$(grep -v '^[[:space:]]*$' "$err" | tail -n 1 || true)
	printf 'status: %s\nstderr: %s\n' "$status" "$last" >"$base.exit"
	rm -f "$err"
done
