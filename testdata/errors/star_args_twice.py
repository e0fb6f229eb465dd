# error: SyntaxError: * argument may appear only once
def f(*a, *b):
    pass
