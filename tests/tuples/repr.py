print((1,), ((),), (1, (2, (3,))), ("a", 'b"'), repr(()))
t = tuple(range(3))
print(str(t), list(t), tuple(t) is t)
