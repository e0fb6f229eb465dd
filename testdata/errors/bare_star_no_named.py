# error: SyntaxError: named arguments must follow bare *
def f(a, *):
    pass
