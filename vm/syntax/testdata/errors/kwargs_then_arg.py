# error: SyntaxError: arguments cannot follow var-keyword argument
def f(**kw, a):
    pass
