# error: SyntaxError: invalid syntax
f = lambda x: int: x
