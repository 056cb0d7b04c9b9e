# needs: stdlib
from contextlib import ExitStack
class R:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self.n
    def __exit__(self, *a):
        print("close", self.n)
with ExitStack() as st:
    vals = [st.enter_context(R(i)) for i in range(3)]
    st.callback(print, "callback")
    print(vals)
