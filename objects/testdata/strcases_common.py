"""Helpers for the case lists."""


def C(recv, op, *args, **kwargs):
    return (recv, op, args, kwargs)
CASES = []
