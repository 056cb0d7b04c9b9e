for s in ["abc", "ABC", "123", "a1", " ", "", "Title Case", "_x1"]:
    print(repr(s), s.isalpha(), s.isupper(), s.isdigit(), s.isalnum(), s.isspace(), s.istitle(), s.isidentifier())
