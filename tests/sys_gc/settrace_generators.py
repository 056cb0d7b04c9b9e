import sys
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__: return None
    a = arg
    if event == 'exception': a = (arg[0].__name__, str(arg[1]))
    print(event, frame.f_code.co_name, frame.f_lineno, a if not hasattr(a, '__next__') else 'gen')
    return tracer
def gen():
    yield 1
def f():
    for x in gen():
        pass
    for y in [1]:
        pass
    for z in iter(gen()):
        pass
    return list(gen())
sys.settrace(tracer)
f()
sys.settrace(None)
