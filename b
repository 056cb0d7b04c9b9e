{'a': 'aa', 'b': 'bb'} {'x': 1, 'y': 2} {'a': 'aa', 'b': 'bb'}
'int' object is not a mapping
'list' object is not a mapping
'int' object is not iterable
{'a': 'aa', 'b': 'bb'}
__main__.f() argument after ** must be a mapping, not list
{'a': 2, 'b': 1}
