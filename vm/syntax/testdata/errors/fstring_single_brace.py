# error: SyntaxError: f-string: single '}' is not allowed
x = f"}"
