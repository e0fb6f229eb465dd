# error: SyntaxError: expected ':'
if x == 1
    pass
