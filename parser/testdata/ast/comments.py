# only a comment
"""docstring"""  # trailing
x = 1  # comment
