"""Regenerate names.go from CPython 3.13: cpython313 internal/stdlibnames/gen.py > internal/stdlibnames/names.go"""
import sys

names = sorted(sys.stdlib_module_names)
print("// Code generated from CPython 3.13's sys.stdlib_module_names by internal/stdlibnames/gen.py; DO NOT EDIT.")
print()
print("package stdlibnames")
print()
print("// names are the top-level modules of the standard library.")
print("var names = []string{")
line = "\t"
for n in names:
    item = '"%s", ' % n
    if len(line) + len(item) > 100:
        print(line.rstrip())
        line = "\t"
    line += item
print(line.rstrip())
print("}")
