#!/usr/bin/env python3
# a comment

x = 1  # trailing
    # indented comment

def f():  # after colon
    pass
# final comment
