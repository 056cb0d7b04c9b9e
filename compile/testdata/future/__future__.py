# A stand-in for the standard library's __future__ module, which the test interpreter's
# sys.path lacks: the compiler reads the future import, the import itself only needs the name.
annotations = None
