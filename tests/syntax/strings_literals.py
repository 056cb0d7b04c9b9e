print('single', "double", '''triple
lines''', r"raw\n", b"bytes", f"fmt{1+1}", "tab\t|", "\x41\u0042\U00000043")
print("implicit" " concat", len("""
"""))
