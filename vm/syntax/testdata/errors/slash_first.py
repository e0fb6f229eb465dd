# error: SyntaxError: at least one argument must precede /
def f(/, a):
    pass
