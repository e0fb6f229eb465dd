# error: SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?
x = f"{a b}"
