# error: SyntaxError: expected ':'
def f()
    pass
