try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("base caught", type(e).__name__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
