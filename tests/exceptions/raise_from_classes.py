# raise ... from a class instantiates it; what the construction raises propagates.
class ConstructsNone(BaseException):
    @classmethod
    def __new__(*args, **kwargs):
        return None
for f in [lambda: exec("raise ConstructsNone"), lambda: exec("raise IndexError from ConstructsNone")]:
    try: f()
    except TypeError as e: print(e)
class MyException(Exception):
    def __init__(self):
        raise RuntimeError('init')
try:
    raise IndexError from MyException
except RuntimeError as e: print('RuntimeError', e)
try:
    raise IndexError from 5
except TypeError as e: print(e)
