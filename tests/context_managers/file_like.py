# needs: stdlib
import io
buf = io.StringIO()
with buf as f:
    f.write("hello ")
    f.write("world")
    print(f.getvalue())
print(buf.closed)
