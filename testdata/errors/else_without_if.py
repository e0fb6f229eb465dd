# error: SyntaxError: invalid syntax
x = 1
else:
    pass
