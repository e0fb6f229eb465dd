# error: SyntaxError: Function parameters cannot be parenthesized
def f((a, b)):
    pass
