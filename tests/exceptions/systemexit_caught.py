import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught exit", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("code", e.code)
print("still running")
