print(int("12"))
int("12x")
