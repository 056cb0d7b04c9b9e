# The bundled example: `make run` shows what Taipan makes of it.
def greet(name):
    return f"Hello, {name}!"

print(greet("Taipan"))
