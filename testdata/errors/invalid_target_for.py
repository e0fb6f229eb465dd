# error: SyntaxError: cannot assign to function call
for f() in range(3):
    pass
