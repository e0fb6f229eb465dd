# error: SyntaxError: f-string: expecting '}'
x = f"{a"
