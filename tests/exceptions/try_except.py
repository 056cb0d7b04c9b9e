def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        return "div0"
    except TypeError as e:
        return f"type: {e}"
    else:
        return r
    finally:
        print("finally", a, b)
print(div(6, 3), div(1, 0), div("a", 1))
