#!/bin/sh
# Regenerates the golden token files from CPython 3.13's tokenize module.
# Usage: tokenizer/testdata/regen.sh [path-to-cpython3.13]
# Each testdata/golden/NAME.py gets a NAME.tokens next to it; the tests
# compare the tokenizer's ExtraTokens mode against these files and never
# run CPython themselves.
set -e
PY=${1:-/work/shared/tools/cpython313}
cd "$(dirname "$0")"
for f in golden/*.py; do
	"$PY" dump_tokens.py "$f" > "${f%.py}.tokens"
done
"$PY" error_cases.py > errors.jsonl
"$PY" unicode_classes.py > unicode_classes.txt
