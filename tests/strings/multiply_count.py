print("ab" * 3, 3 * "-", "x" * 0, "x" * -1 == "")
print("hello world hello".count("hello"), "aaa".count("aa"), "abc".index("c"))
"abc".index("d")
