# compile(), exec() and eval() take source from any buffer; null bytes are a SyntaxError.
exec(memoryview(b'print(1)'))
print(eval(bytearray(b'2+3')))
co = compile(memoryview(b'text = 5'), 'name', 'exec')
ns = {}
exec(co, ns)
print(ns['text'])
for bad in [b'1\x002', '1\x002', 5]:
    try:
        eval(bad)
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__, e)
