def g():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
it = g()
next(it)
it.close()
it.close()
print(list(it))
