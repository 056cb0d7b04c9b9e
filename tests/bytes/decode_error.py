print(b"ok".decode())
b"\xff\xfe".decode("utf-8")
