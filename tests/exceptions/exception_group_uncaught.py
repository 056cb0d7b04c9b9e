raise ExceptionGroup("top", [KeyError("a"), OSError("b")])
